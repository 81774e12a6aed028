using System.Net;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Timeline;

[Collection(SharedAppCollection.Name)]
public partial class TimelinePageTests(SharedAppFixture app)
{
    /// <summary>The defection ids of the rows in the page's event tables, in page order.</summary>
    private static List<string> RowIds(string html) => [.. EventRow().Matches(html).Select(m => m.Groups[1].Value)];

    private static string Row(string html, string id)
    {
        var start = html.IndexOf($"<tr id=\"event-{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for {id}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    /// <summary>The text of a row's cell, by its column name (the cell's data-label), tags stripped.</summary>
    private static string Cell(string row, string column)
    {
        var start = row.IndexOf($"<td data-label=\"{column}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {column} cell");
        var cell = row[start..row.IndexOf("</td>", start, StringComparison.Ordinal)];
        return System.Net.WebUtility.HtmlDecode(Whitespace().Replace(Tag().Replace(cell, " "), " ")).Trim();
    }

    [GeneratedRegex("<tr id=\"event-([a-z0-9-]+)\"")]
    private static partial Regex EventRow();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public async Task Timeline_Default_IsLabour_InDateOrder_AsTheSeedDataSays()
    {
        var html = await app.GetOkPageAsync("/timeline");

        Assert.Contains("<h1>Councillors leaving Labour Party: timeline</h1>", html, StringComparison.Ordinal);
        var ids = RowIds(html);
        string[] expected =
        [
            "2023-10-18-nottingham-farhat", "2023-11-05-burnley-eleven-quit-labour", "2024-04-pendle-nelson-brierfield-twenty",
            "2025-01-02-broxtowe-twenty-quit-labour", "2025-03-bolsover-three-quit-labour", "2025-10-30-nottingham-peoples-alliance-formed",
        ];
        var positions = expected.Select(id => ids.IndexOf(id)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(12, ids.Count);
        Assert.Equal("humberstone-unverified", ids[^1]);
        Assert.DoesNotContain("2025-03-03-nottingham-quddoos-joins-green", ids);
        Assert.DoesNotContain("2023-08-broxtowe-carrs-leave-lib-dems", ids);
    }

    [Fact]
    public async Task Timeline_ShowsDatesAtTheirPrecision_NeverAMadeUpDay()
    {
        var html = await app.GetOkPageAsync("/timeline");

        Assert.Contains("<time datetime=\"2023-10-18\">18 October 2023</time>", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2024-04\">April 2024</time>", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2025-03\">March 2025</time>", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2023-11-05\">5 November 2023</time>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("1 April 2024</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_Broxtowe_IsAControlLoss_WithBothCounts()
    {
        var html = await app.GetOkPageAsync("/timeline");

        var broxtowe = Row(html, "2025-01-02-broxtowe-twenty-quit-labour");
        Assert.Contains("control-lost", broxtowe, StringComparison.Ordinal);
        Assert.Contains("Yes", broxtowe, StringComparison.Ordinal);
        Assert.Equal("Yes Labour majority → no overall control", Cell(broxtowe, "Lost control?"));
        Assert.Equal("20 18 per Broxtowe Borough Council", Cell(broxtowe, "Councillors lost"));
        Assert.Contains("18 per Broxtowe Borough Council", broxtowe, StringComparison.Ordinal);
        Assert.Contains("<span class=\"count\">20</span>", broxtowe, StringComparison.Ordinal);
        Assert.Contains("href=\"/defections/2025-01-02-broxtowe-twenty-quit-labour\"", broxtowe, StringComparison.Ordinal);
        Assert.Contains("Broxtowe Independents", broxtowe, StringComparison.Ordinal);
        Assert.Contains("Winter fuel payment cut", broxtowe, StringComparison.Ordinal);

        var farhat = Row(html, "2023-10-18-nottingham-farhat");
        Assert.Equal("No Labour majority → Labour majority", Cell(farhat, "Lost control?"));
        Assert.Contains("Gaza", farhat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_RunningTotal_CountsQuddoosAndMatsikoOnce_AndSaysSo()
    {
        var html = await app.GetOkPageAsync("/timeline");

        var resigns = Row(html, "2024-11-28-nottingham-quddoos-resigns");
        Assert.Contains("Already counted", resigns, StringComparison.Ordinal);
        Assert.Contains("href=\"/defections/2024-03-nottingham-quddoos-suspended\"", resigns, StringComparison.Ordinal);
        Assert.Contains("Already counted", Row(html, "2025-04-28-nottingham-matsiko-resigns"), StringComparison.Ordinal);
        // 1 + 1 + 11 + 1 + 20 + 20 + 3 + 1 + 5: each person once, the two resignations add nothing
        Assert.Equal("63", Cell(Row(html, "2025-10-30-nottingham-peoples-alliance-formed"), "Running total"));
        Assert.Equal("34", Cell(resigns, "Running total"));
        Assert.Contains("<strong>63</strong> councillors counted", html, StringComparison.Ordinal);
        Assert.Contains("<strong>2</strong> resignations by councillors already counted", html, StringComparison.Ordinal);
        Assert.Contains("counted once, at the suspension", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_UnknownDateAndCount_ListedApart_AndCounted()
    {
        var html = await app.GetOkPageAsync("/timeline");

        var undated = html.IndexOf("id=\"undated-heading\"", StringComparison.Ordinal);
        Assert.True(undated > 0);
        Assert.True(html.IndexOf("event-humberstone-unverified", StringComparison.Ordinal) > undated);
        var humberstone = Row(html, "humberstone-unverified");
        Assert.Contains("Date unknown", humberstone, StringComparison.Ordinal);
        Assert.Contains("Unverified", humberstone, StringComparison.Ordinal);
        Assert.Contains("not added to the total", humberstone, StringComparison.Ordinal);
        Assert.Contains("<strong>1</strong> event with an unknown number of councillors", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_Chart_IsAnAccessibleServerRenderedSvg()
    {
        var html = await app.GetOkPageAsync("/timeline");

        Assert.Contains("<svg class=\"timeline-chart timeline-chart-wide\"", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"timeline-chart-wide-title\" aria-describedby=\"timeline-chart-wide-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"timeline-chart-wide-title\">Councillors who left Labour Party: running total</title>", html, StringComparison.Ordinal);
        Assert.Contains("first day of its known period", html, StringComparison.Ordinal);
        Assert.Contains("Diamonds mark events after which Labour Party lost control of a council: Broxtowe Borough Council, 2 January 2025", html, StringComparison.Ordinal);
        Assert.Contains("marker marker-controllost", html, StringComparison.Ordinal);
        Assert.Contains("Councillors lost, running total", html, StringComparison.Ordinal);
        Assert.Contains("Oct 2023", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"timeline-quarters\"", html, StringComparison.Ordinal);
        Assert.Contains("Q2 2024 (April to June 2024): 20", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_LinksItsAtomFeeds_InTheHead()
    {
        var html = await app.GetOkPageAsync("/timeline?party=liberal-democrats");

        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Councillors leaving Liberal Democrats (Atom)\" href=\"/feeds/defections.atom?party=liberal-democrats\" />", head, StringComparison.Ordinal);
        Assert.Contains("href=\"/feeds/defections.atom\"", head, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_AnotherParty_ShowsItsLosses()
    {
        var html = await app.GetOkPageAsync("/timeline?party=liberal-democrats");

        Assert.Equal(["2023-08-broxtowe-carrs-leave-lib-dems"], RowIds(html));
        Assert.Contains("<time datetime=\"2023-08\">August 2023</time>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"liberal-democrats\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("area=Lancashire", new[] { "2023-11-burnley-sollis-leaves-labour", "2023-11-05-burnley-eleven-quit-labour", "2024-04-pendle-nelson-brierfield-twenty" })]
    [InlineData("destination=unknown", new[] { "2023-11-burnley-sollis-leaves-labour" })]
    [InlineData("destination=local-group", new[] { "2023-11-05-burnley-eleven-quit-labour", "2024-04-pendle-nelson-brierfield-twenty", "2025-01-02-broxtowe-twenty-quit-labour", "2025-10-30-nottingham-peoples-alliance-formed" })]
    [InlineData("grievance=gaza", new[] { "2023-10-18-nottingham-farhat", "2023-11-05-burnley-eleven-quit-labour", "2024-04-pendle-nelson-brierfield-twenty", "2024-11-28-nottingham-quddoos-resigns", "humberstone-unverified" })]
    [InlineData("to=2023", new[] { "2023-10-18-nottingham-farhat", "2023-11-burnley-sollis-leaves-labour", "2023-11-05-burnley-eleven-quit-labour" })]
    [InlineData("from=2024-04-15&to=2024-04", new[] { "2024-04-pendle-nelson-brierfield-twenty" })]
    [InlineData("from=2025-04-02&area=nottinghamshire", new[] { "2025-04-nottingham-matsiko-suspended", "2025-04-28-nottingham-matsiko-resigns", "2025-10-30-nottingham-peoples-alliance-formed" })]
    public async Task Timeline_Filters_NarrowTheList(string query, string[] expected)
    {
        var html = await app.GetOkPageAsync("/timeline?" + query);

        Assert.Equal(expected, RowIds(html));
        Assert.Contains($"Showing <strong>{expected.Length}</strong> of 12 events", html, StringComparison.Ordinal);
        Assert.Contains("Clear the filters", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_DateRange_SaysUndatedEventsAreLeftOut()
    {
        var html = await app.GetOkPageAsync("/timeline?from=2025");

        Assert.Equal(5, RowIds(html).Count);
        Assert.Contains("1 event whose date is unknown is left out", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2025\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_FilteredRunningTotal_StartsFromTheShownEvents()
    {
        var html = await app.GetOkPageAsync("/timeline?area=Lancashire");

        Assert.Equal("32", Cell(Row(html, "2024-04-pendle-nelson-brierfield-twenty"), "Running total"));
        Assert.Contains("<strong>32</strong> councillors counted", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("destination=another-party")]
    [InlineData("area=Derbyshire&grievance=gaza")]
    public async Task Timeline_FilterMatchingNothing_SaysSo(string query)
    {
        var html = await app.GetOkPageAsync("/timeline?" + query);

        Assert.Empty(RowIds(html));
        Assert.Contains("No events match these filters", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg class=\"timeline-chart", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2024-13", "&#x27;2024-13&#x27; is not a date")]
    [InlineData("to=yesterday", "use YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("from=2025&to=2024", "the range ends")]
    [InlineData("destination=moon", "is not a destination")]
    [InlineData("grievance=not-a-grievance", "is not a grievance in the record")]
    [InlineData("area=Atlantis", "is not an area of any council")]
    public async Task Timeline_BadFilter_Is400WithAClearMessage(string query, string message)
    {
        var (status, html) = await app.GetPageAsync("/timeline?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<h1>The timeline's filters could not be used</h1>", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_UnknownParty_IsTheSite404Page()
    {
        var (status, html) = await app.GetPageAsync("/timeline?party=no-such-party");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_EveryPartyOffered_Renders_WithItsEventCount()
    {
        var html = await app.GetOkPageAsync("/timeline");
        var options = PartyOption().Matches(html).Select(m => (Slug: m.Groups[1].Value, Count: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();

        Assert.Contains(options, o => o.Slug == "labour" && o.Count == 12);
        Assert.Contains(options, o => o.Slug == "independent");
        foreach (var (slug, count) in options)
        {
            Assert.Equal(count, RowIds(await app.GetOkPageAsync("/timeline?party=" + slug)).Count);
        }
    }

    [GeneratedRegex(@"<option value=""([a-z0-9-]+)""[^>]*>[^<]*\((\d+) events?\)</option>")]
    private static partial Regex PartyOption();

    [Fact]
    public async Task Timeline_DocumentsTheOrderingRule()
    {
        var html = await app.GetOkPageAsync("/timeline");

        Assert.Contains("id=\"ordering\">How events are ordered</h3>", html, StringComparison.Ordinal);
        Assert.Contains("the more precise comes first", html, StringComparison.Ordinal);
        Assert.Contains("1970-01-01T00:00:00Z", html, StringComparison.Ordinal);
    }
}
