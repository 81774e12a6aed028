using System.Xml.Linq;
using AngleSharp.Dom;
using DefectionTracker.Testing;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Truth;

/// <summary>
/// A date as the sources give it (no year, a bound, derived) reads the same wherever the event is listed: the
/// defection page, the timeline, the council and party pages, the home page and the Atom feed's entry titles
/// (<see cref="EventDate.ToDisplayWithBasis"/>), and an event whose date is partly known is never "date unknown".
/// </summary>
[Collection(SharedAppCollection.Name)]
public class EventDateWordingTests(SharedAppFixture app)
{
    private const string Walsh = "kirkholme-walsh-leaves-greens-year-not-stated";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void ToDisplayWithBasis_SaysHowADerivedDateWasWorkedOut_AndIsTheDateAloneOtherwise()
    {
        var derived = new EventDate(PartialDate.Day(2025, 2, 10), Derived: true, Basis: "'on Monday' in the Dales Weekly of 11 February 2025");

        Assert.Equal("10 February 2025 (derived: 'on Monday' in the Dales Weekly of 11 February 2025)", derived.ToDisplayWithBasis());
        Assert.Equal("10 February 2025", derived.ToDisplay());
        Assert.Equal("on or before 8 April 2024", new EventDate(PartialDate.Unknown, NotAfter: PartialDate.Day(2024, 4, 8)).ToDisplayWithBasis());
        Assert.True(new EventDate(PartialDate.Unknown, new MonthDay(4, 8)).SaysWhen);
        Assert.False(new EventDate(PartialDate.Unknown, FirstReported: PartialDate.Day(2024, 4, 10)).SaysWhen);
    }

    [Theory]
    [InlineData(Walsh, "green", "kirkholme", "8 April (year not stated; reported 10 April 2024)")]
    [InlineData("2025-06-kirkholme-several-quit-labour", "labour", "kirkholme", "June 2025 (on or after 2 June 2025)")]
    [InlineData("2025-02-10-brackenholt-five-quit-labour", "labour", "brackenholt",
        "10 February 2025 (derived: 'on Monday' in the Dales Weekly of 11 February 2025)")]
    public async Task EveryListing_ShowsTheDate_InTheDefectionPagesWording(string id, string party, string council, string expected)
    {
        var defection = await app.GetDocumentAsync($"/defections/{id}");
        Assert.Contains(expected, defection.QuerySelector(".event-date")!.TextContent, StringComparison.Ordinal);

        var timeline = await app.GetDocumentAsync($"/timeline?party={party}");
        AssertDate(expected, timeline.QuerySelector($"#event-{id} .event-date"), "timeline");

        var councilPage = await app.GetDocumentAsync($"/councils/{council}");
        AssertDate(expected, councilPage.QuerySelector($"#def-{id}"), "council page");

        var partyPage = await app.GetDocumentAsync($"/parties/{party}");
        AssertDate(expected, RowLinking(partyPage, id), "party page");

        var home = await app.GetDocumentAsync("/");
        AssertDate(expected, RowLinking(home, id), "home page");

        var feed = XDocument.Parse(await app.CreateClient().GetStringAsync(new Uri("/feeds/defections.atom", UriKind.Relative)));
        var entry = feed.Root!.Elements(Atom + "entry")
            .Single(e => e.Element(Atom + "link")!.Attribute("href")!.Value.EndsWith($"/defections/{id}", StringComparison.Ordinal));
        Assert.StartsWith($"{char.ToUpperInvariant(expected[0])}{expected[1..]}: ", entry.Element(Atom + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartlyKnownDate_IsNeverShownAsUnknown_OnTheListings()
    {
        // Walsh's year is not stated: she is listed with the events of no known date, but her "8 April" is shown.
        var rows = new[]
        {
            (await app.GetDocumentAsync("/timeline?party=green")).QuerySelector($"#event-{Walsh} th"),
            RowLinking(await app.GetDocumentAsync("/"), Walsh)?.QuerySelector("th"),
            RowLinking(await app.GetDocumentAsync("/parties/green"), Walsh)?.QuerySelector("th"),
            (await app.GetDocumentAsync("/councils/kirkholme")).QuerySelector($"#def-{Walsh}"),
            (await app.GetDocumentAsync("/councillors/nia-walsh")).QuerySelector($"a[href='/defections/{Walsh}']"),
        };

        Assert.All(rows, row =>
        {
            Assert.NotNull(row);
            Assert.DoesNotContain("unknown", row.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("date not known", row.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("8 April (year not stated", row.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task UndatedReport_IsStillSaidToBeNotKnown()
    {
        var home = RowLinking(await app.GetDocumentAsync("/"), "bramwell-unverified")!;
        var timeline = (await app.GetDocumentAsync("/timeline")).QuerySelector("#event-bramwell-unverified .event-date")!;

        Assert.Equal("date not known", home.QuerySelector(".date-cell .unknown")!.TextContent);
        Assert.Equal("date not known", timeline.QuerySelector(".unknown")!.TextContent);
    }

    [Fact]
    public async Task GrievancePage_CitationWithTwoSources_ListsBoth_AsTheDefectionPageDoes()
    {
        var doc = await app.GetDocumentAsync("/grievances/leadership-direction");
        var item = doc.QuerySelector($"#defection-{Walsh}")!;
        var cited = item.QuerySelector(".source-intro")!;

        Assert.StartsWith("Sources for linking this defection", cited.TextContent.Trim(), StringComparison.Ordinal);
        var publishers = cited.QuerySelectorAll(".source-ref").Select(s => s.TextContent).ToList();
        Assert.Equal(2, publishers.Count);
        Assert.Contains(publishers, p => p.Contains("Kirkholme Evening Post", StringComparison.Ordinal));
        Assert.Contains(publishers, p => p.Contains("Radio Kirkholme", StringComparison.Ordinal));
        Assert.Contains("; ", cited.TextContent, StringComparison.Ordinal);
        Assert.Contains("8 April (year not stated; reported 10 April 2024)", item.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);

        // The defection page cites the same two for the same reason.
        var defection = await app.GetDocumentAsync($"/defections/{Walsh}");
        var reason = defection.QuerySelectorAll(".grievance-list li").Single(li => li.QuerySelector("a[href='/grievances/leadership-direction']") is not null);
        Assert.Equal(2, reason.QuerySelectorAll(".cite a").Length);
        // No space between the bracket and the first source: "(Kirkholme Evening Post; Radio Kirkholme)".
        Assert.Equal("(Kirkholme Evening Post; Radio Kirkholme)", reason.QuerySelector(".cite")!.TextContent.Trim());
    }

    private static IElement? RowLinking(IDocument doc, string id) =>
        doc.QuerySelectorAll("tr").FirstOrDefault(r => r.QuerySelector($"a[href='/defections/{id}']") is not null);

    private static void AssertDate(string expected, IElement? row, string where)
    {
        Assert.True(row is not null, $"no row for the event on the {where}");
        Assert.Contains(expected, row.TextContent, StringComparison.Ordinal);
    }
}
