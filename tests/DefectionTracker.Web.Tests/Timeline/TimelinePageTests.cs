using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Timeline;

// Figures are the fixture's (tests/DefectionTracker.Testing/Fixtures/dataset/README.md): Labour lost councillors in 10
// events, 9 of them dated; the running total is 20 (3 + 1 + 1 + 6 + 0 + 2 + 5 + unknown + 2).
[Collection(SharedAppCollection.Name)]
public partial class TimelinePageTests(SharedAppFixture app)
{
    /// <summary>The defection ids of the rows in the page's event tables, in page order.</summary>
    private static List<string> RowIds(IDocument doc) => [.. doc.QuerySelectorAll("tr[id^='event-']").Select(tr => tr.Id!["event-".Length..])];

    private static List<string> RowIds(string html) => RowIds(PageReader.Parse(html));

    private static IElement Row(IDocument doc, string id) => doc.Single($"tr#event-{id}");

    /// <summary>The text of a row's cell, by its column name (the cell's data-label).</summary>
    private static string Cell(IElement row, string column) => row.Single($"td[data-label='{column}']").Text();

    [Fact]
    public async Task Timeline_Default_IsLabour_InDateOrder_AsTheFixtureSays()
    {
        var doc = await app.GetDocumentAsync("/timeline");

        Assert.Equal("Councillors leaving Labour Party: timeline", doc.Single("h1").TextContent);
        // The same-month pair sits apart here (only the day-precision one is Labour's); oldest first, undated last.
        Assert.Equal(
        [
            "2023-07-14-fellside-three-quit-labour", "2024-02-kirkholme-pennington-suspended", "2024-05-01-marchbury-holt-leaves-labour",
            "2024-06-castlebridge-six-quit-labour", "2024-09-12-kirkholme-pennington-resigns", "2024-11-east-weald-two-join-greens",
            "2025-02-10-brackenholt-five-quit-labour", "2025-06-kirkholme-several-quit-labour", "2025-11-marchbury-two-join-reform",
            "bramwell-unverified",
        ], RowIds(doc));
    }

    [Fact]
    public async Task Timeline_ShowsDatesAtTheirPrecision_NeverAMadeUpDay()
    {
        var doc = await app.GetDocumentAsync("/timeline");
        var times = doc.QuerySelectorAll("tr[id^='event-'] time").Select(t => (t.GetAttribute("datetime"), t.TextContent)).ToList();

        Assert.Contains(("2023-07-14", "14 July 2023"), times);
        Assert.Contains(("2024-06", "June 2024"), times);
        Assert.Contains(("2024-05-01", "1 May 2024"), times);
        Assert.Contains(("2024-02", "February 2024"), times);
        Assert.DoesNotContain(times, t => t.TextContent is "1 June 2024" or "1 February 2024");
    }

    [Fact]
    public async Task Timeline_Fellside_IsAControlLoss_AndBrackenholtShowsBothCounts()
    {
        var doc = await app.GetDocumentAsync("/timeline");

        // Fellside: 16 of 30 was exactly a majority; three leaving made it no overall control.
        var fellside = Row(doc, "2023-07-14-fellside-three-quit-labour");
        Assert.Contains("control-lost", fellside.ClassList);
        Assert.Equal("Yes Labour majority → no overall control", Cell(fellside, "Lost control?"));
        Assert.Equal("3", Cell(fellside, "Councillors lost"));
        Assert.NotNull(fellside.QuerySelector("a[href='/defections/2023-07-14-fellside-three-quit-labour']"));
        Assert.Contains("Internal democracy", fellside.Text(), StringComparison.Ordinal);

        // Brackenholt: 41 -> 36 of 63 keeps the majority; the council's list says 4, not 5.
        var brackenholt = Row(doc, "2025-02-10-brackenholt-five-quit-labour");
        Assert.Equal("No Labour majority → Labour majority", Cell(brackenholt, "Lost control?"));
        Assert.Equal("5 4 per Brackenholt Metropolitan Borough Council", Cell(brackenholt, "Councillors lost"));
        Assert.Equal("5", brackenholt.Single("span.count").TextContent);
    }

    [Fact]
    public async Task Timeline_RunningTotal_CountsPenningtonOnce_AndSaysSo()
    {
        var doc = await app.GetDocumentAsync("/timeline");
        var text = doc.Body!.Text();

        var resigns = Row(doc, "2024-09-12-kirkholme-pennington-resigns");
        Assert.Contains("Already counted", resigns.Text(), StringComparison.Ordinal);
        Assert.NotNull(resigns.QuerySelector("a[href='/defections/2024-02-kirkholme-pennington-suspended']"));
        // 3 (Fellside) + 1 (the suspension) + 1 (Holt) + 6 (Castlebridge) = 11, and the resignation adds nothing.
        Assert.Equal("11", Cell(resigns, "Running total"));
        Assert.Equal("20", Cell(Row(doc, "2025-11-marchbury-two-join-reform"), "Running total"));
        Assert.Contains("20 councillors counted", text, StringComparison.Ordinal);
        Assert.Contains("1 resignation by councillors already counted", text, StringComparison.Ordinal);
        Assert.Contains("counted once, at the suspension", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_UnknownDateAndCount_ListedApart_AndNotAdded()
    {
        var html = await app.GetOkPageAsync("/timeline");
        var doc = PageReader.Parse(html);

        // The undated unverified report is in the table after the "undated" heading, shown with its claimed 2 but not added.
        var heading = doc.Single("#undated-heading");
        var bramwell = Row(doc, "bramwell-unverified");
        Assert.True(heading.CompareDocumentPosition(bramwell).HasFlag(DocumentPositions.Following));
        Assert.Contains("date not known", bramwell.Text(), StringComparison.Ordinal);
        Assert.Contains("Unverified", bramwell.Text(), StringComparison.Ordinal);
        Assert.Contains("not-added", bramwell.ClassList);
        Assert.Equal("2 Not on the line", Cell(bramwell, "Councillors lost") + " " + Cell(bramwell, "Running total"));
        // The Kirkholme walk-out ("several") is the one event with no number.
        Assert.Contains("1 event with an unknown number of councillors", doc.Body!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_Chart_IsAnAccessibleServerRenderedSvg()
    {
        var html = await app.GetOkPageAsync("/timeline");

        Assert.Contains("<svg class=\"timeline-chart timeline-chart-wide\"", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"timeline-chart-wide-title\" aria-describedby=\"timeline-chart-wide-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"timeline-chart-wide-title\">Councillors who left Labour Party: running total</title>", html, StringComparison.Ordinal);
        Assert.Contains("first day of its known period", html, StringComparison.Ordinal);
        Assert.Contains("Diamonds mark events after which Labour Party lost control of a council: Fellside District Council, 14 July 2023", html, StringComparison.Ordinal);
        Assert.Contains("marker marker-controllost", html, StringComparison.Ordinal);
        Assert.Contains("Councillors lost, running total", html, StringComparison.Ordinal);
        // The axis spans July 2023 to November 2025, so it is marked by year.
        Assert.Contains(PageReader.Parse(html).QuerySelectorAll("svg.timeline-chart text"), t => t.TextContent == "2024");
        Assert.Contains("<svg class=\"timeline-quarters\"", html, StringComparison.Ordinal);
        Assert.Contains("Q2 2024 (April to June 2024): 7", html, StringComparison.Ordinal); // Holt 1 + Castlebridge 6
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_LinksItsAtomFeeds_InTheHead()
    {
        var head = (await app.GetDocumentAsync("/timeline?party=liberal-democrats")).Head!;

        var feeds = head.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").ToList();
        Assert.Contains(feeds, l => l.GetAttribute("title") == "Councillors leaving Liberal Democrats (Atom)"
            && l.GetAttribute("href") == "/feeds/defections.atom?party=liberal-democrats");
        Assert.Contains(feeds, l => l.GetAttribute("href") == "/feeds/defections.atom");
    }

    [Fact]
    public async Task Timeline_AnotherParty_ShowsItsLosses()
    {
        var html = await app.GetOkPageAsync("/timeline?party=liberal-democrats");

        Assert.Equal(["2024-05-marchbury-lib-dems-form-group"], RowIds(html));
        Assert.Contains("<time datetime=\"2024-05\">May 2024</time>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"liberal-democrats\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("area=Kent", new[] { "2024-06-castlebridge-six-quit-labour", "2024-11-east-weald-two-join-greens" })]
    [InlineData("destination=unknown", new[] { "2025-06-kirkholme-several-quit-labour" })]
    [InlineData("destination=local-group", new[] { "2024-06-castlebridge-six-quit-labour" })]
    [InlineData("grievance=gaza", new[] { "2024-05-01-marchbury-holt-leaves-labour", "2024-11-east-weald-two-join-greens" })]
    [InlineData("to=2023", new[] { "2023-07-14-fellside-three-quit-labour" })]
    [InlineData("from=2024-06-15&to=2024-06", new[] { "2024-06-castlebridge-six-quit-labour" })] // June 2024 may be after the 15th
    [InlineData("from=2025-01-02&area=yorkshire", new[] { "2025-02-10-brackenholt-five-quit-labour", "2025-06-kirkholme-several-quit-labour" })]
    public async Task Timeline_Filters_NarrowTheList(string query, string[] expected)
    {
        var html = await app.GetOkPageAsync("/timeline?" + query);

        Assert.Equal(expected, RowIds(html));
        Assert.Contains($"Showing <strong>{expected.Length}</strong> of 10 events", html, StringComparison.Ordinal);
        Assert.Contains("Clear the filters", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_DateRange_SaysUndatedEventsAreLeftOut()
    {
        var html = await app.GetOkPageAsync("/timeline?from=2025");

        // Brackenholt (February), Kirkholme (June), Marchbury (November); the unverified report has no date.
        Assert.Equal(3, RowIds(html).Count);
        Assert.Contains("1 event whose date is unknown is left out", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2025\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_FilteredRunningTotal_StartsFromTheShownEvents()
    {
        var doc = await app.GetDocumentAsync("/timeline?area=Kent");

        Assert.Equal("6", Cell(Row(doc, "2024-06-castlebridge-six-quit-labour"), "Running total"));
        Assert.Equal("8", Cell(Row(doc, "2024-11-east-weald-two-join-greens"), "Running total"));
        Assert.Contains("8 councillors counted", doc.Body!.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("destination=another-party&area=Cumbria")]
    [InlineData("area=Cumbria&grievance=gaza")]
    [InlineData("from=2024-05-02&to=2024-05")] // Labour's only May 2024 event is dated 1 May, a day: before the 2nd
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

        Assert.Contains(options, o => o.Slug == "labour" && o.Count == 10);
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
