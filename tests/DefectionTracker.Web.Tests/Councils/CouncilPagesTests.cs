using System.Net;
using AngleSharp.Dom;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Councils;

// Figures are the fixture's (tests/DefectionTracker.Testing/Fixtures/dataset/README.md). "Councillors lost" on the list
// is the council's own sum: seats moved away from a party (not from independents), unknown splits marked "at least".
[Collection(SharedAppCollection.Name)]
public class CouncilPagesTests(SharedAppFixture app)
{
    /// <summary>The council links of the list's table rows, in order.</summary>
    private static List<string> RowCouncils(IDocument doc) =>
        [.. doc.QuerySelectorAll("tbody th[scope=row] a[href^='/councils/']").Select(a => a.GetAttribute("href")!["/councils/".Length..])];

    private static string Row(IDocument doc, string slug) =>
        doc.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector($"th[scope=row] a[href='/councils/{slug}']") is not null).Text();

    [Fact]
    public async Task List_ShowsEveryCouncil_WithControlBeforeAndNow()
    {
        var doc = await app.GetDocumentAsync("/councils");

        Assert.Equal(["brackenholt", "castlebridge", "castlebridge-town", "east-weald", "fellside", "kirkholme", "marchbury"], RowCouncils(doc));
        // Fellside: 16 of 30 was a majority, 13 is not; 2 events; 3 lost (Blaylock's later move was from independent).
        Assert.Equal("Fellside District Council District council Labour Party majority No overall control Yes Fellside Partnership: Lib Dem, Conservative Labour lost power. 2 3 Cumbria 30", Row(doc, "fellside"));
        // Brackenholt: 40 then 37 of 63 (32 needed); 3 events; lost 1 Conservative to Reform + 5 Labour (Okafor came from independent).
        Assert.Equal("Brackenholt Metropolitan Borough Council Metropolitan borough Labour Party majority Labour Party majority No Labour majority 3 6 Yorkshire 63",
            Row(doc, "brackenholt"));
        // Kirkholme: the June 2025 walk-out moved an unknown number, so "now" is unknown and the loss is at least 1.
        Assert.Equal("Kirkholme City Council City council Labour Party majority Not known Not known Not known 5 at least 2 Yorkshire 50", Row(doc, "kirkholme"));
        Assert.Equal("Castlebridge Town Council Town council Not known Not known Not known Not recorded 1 not known Kent 16", Row(doc, "castlebridge-town"));
    }

    [Fact]
    public async Task List_SortedByDefections_PutsKirkholmeFirst()
    {
        // Kirkholme has four events (suspension, resignation, joining the Greens, the walk-out); no other council has more than three.
        var councils = RowCouncils(await app.GetDocumentAsync("/councils?sort=defections"));

        Assert.Equal("kirkholme", councils[0]);
        Assert.Equal(7, councils.Count);
    }

    [Fact]
    public async Task List_SortedByCouncillorsLost_PutsTheMostFirst_AndUnknownsLast()
    {
        // Brackenholt and Marchbury lost 6 each (ties by name), Castlebridge and East Weald 4, Fellside 3, Kirkholme at
        // least 1; Castlebridge Town's only move is unknown.
        var councils = RowCouncils(await app.GetDocumentAsync("/councils?sort=lost"));

        Assert.Equal(["brackenholt", "marchbury", "castlebridge", "east-weald", "fellside", "kirkholme", "castlebridge-town"], councils);
    }

    [Theory]
    [InlineData("/councils?changed=true", new[] { "fellside" })]
    [InlineData("/councils?party=liberal-democrats", new[] { "marchbury" })]
    [InlineData("/councils?area=Cumbria", new[] { "fellside" })]
    [InlineData("/councils?area=Kent&party=labour&sort=seats", new[] { "east-weald", "castlebridge", "castlebridge-town" })]
    [InlineData("/councils?party=conservative", new[] { "brackenholt" })]
    public async Task List_Filters_NarrowTheList(string url, string[] expected)
    {
        var doc = await app.GetDocumentAsync(url);

        Assert.Equal(expected, RowCouncils(doc));
        Assert.Contains($"{expected.Length} of 7 councils match", doc.Body!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_FiltersThatMatchNothing_SaySo()
    {
        var doc = await app.GetDocumentAsync("/councils?changed=true&area=Kent");

        Assert.Empty(RowCouncils(doc));
        Assert.Contains("No council matches these filters", doc.Body!.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/councils?sort=bogus", "There is no sort order called")]
    [InlineData("/councils?changed=maybe", "must be true or false")]
    [InlineData("/councils?party=no-such-party", "There is no party")]
    [InlineData("/councils?area=Mars", "No council in the record is in an area called")]
    public async Task List_BadParameters_AreA400PageWithAMessage(string url, string message)
    {
        var (status, html) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Empty(RowCouncils(PageReader.Parse(html)));
    }

    [Fact]
    public async Task List_SortLinks_KeepTheFilters()
    {
        var doc = await app.GetDocumentAsync("/councils?changed=true&area=Cumbria");

        Assert.NotNull(doc.QuerySelector("a[href='/councils?sort=defections&changed=true&area=Cumbria']"));
    }

    [Fact]
    public async Task Fellside_SaysPlainlyHowLabourLostItsMajority()
    {
        var text = (await app.GetDocumentAsync("/councils/fellside")).Body!.Text();

        // 16 of 30 with 16 needed; three left on 14 July 2023.
        Assert.Contains("Labour lost its majority on 14 July 2023 when 3 councillors left. No party has had a majority since.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fellside_ShowsBeforeAndNowCharts_WithMajorityLinesAndTables()
    {
        var doc = await app.GetDocumentAsync("/councils/fellside");
        var text = doc.Body!.Text();

        Assert.Equal(2, doc.QuerySelectorAll("svg.seat-chart").Length);
        Assert.Equal("Before: after the election of 4 May 2023: Labour majority", doc.Single("title#chart-before-title").TextContent);
        // "Now" is derived: the election plus the two events since, the last of them in January 2025.
        Assert.Equal("Now: January 2025: No overall control", doc.Single("title#chart-now-title").TextContent);
        Assert.Equal(2, doc.QuerySelectorAll("svg.seat-chart text").Count(t => t.TextContent == "Majority: 16 of 30"));
        Assert.Contains("Labour Party 16 0 (has a majority)", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party 13 3", text, StringComparison.Ordinal);
        Assert.Contains("Liberal Democrats 5 11", text, StringComparison.Ordinal);
        Assert.NotEmpty(doc.QuerySelectorAll("svg.seat-chart [fill='#B0182B']"));
    }

    [Fact]
    public async Task Brackenholt_ShowsBothAccounts_AndWhichSourceSaysWhat()
    {
        var text = (await app.GetDocumentAsync("/councils/brackenholt")).Body!.Text();

        // Events from the 2023 election: Lab 40 + 1 (Okafor) - 5 = 36, Ind 5 - 1 + 5 = 9; the council's list says 37 and 8.
        Assert.Contains("Where the sources disagree", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party 36 37 No: differ by 1", text, StringComparison.Ordinal);
        Assert.Contains("Independent 9 8 No: differ by 1", text, StringComparison.Ordinal);
        Assert.Contains("Stated by Brackenholt Metropolitan Borough Council", text, StringComparison.Ordinal);
        Assert.Contains("4 according to Brackenholt Metropolitan Borough Council", text, StringComparison.Ordinal);
        Assert.Contains("5 according to Yorkshire Evening Courier", text, StringComparison.Ordinal);
        Assert.Contains("Basis: the council's official list", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fellside_ListsEachDefection_WithItsOwnBeforeAndAfter()
    {
        var text = (await app.GetDocumentAsync("/councils/fellside")).Body!.Text();

        Assert.Contains("Defections at this council (2)", text, StringComparison.Ordinal);
        Assert.Contains("Arithmetic: Labour majority → no overall control.", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party 16 13", text, StringComparison.Ordinal);
        Assert.Contains("Internal democracy stated by the councillors", text, StringComparison.Ordinal);
        Assert.Contains("There has been no democracy in this group for two years: members here have had no say.", text, StringComparison.Ordinal);
        Assert.Contains("Ruth Askew", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party until 14 July 2023 (resigned)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brackenholt_LabourKeepsItsMajority_40Then37()
    {
        var text = (await app.GetDocumentAsync("/councils/brackenholt")).Body!.Text();

        Assert.Contains("Labour has kept its majority: 40 of 63 seats (after the election of 4 May 2023) and 37 now (1 March 2025, the council's official list); 32 are needed.", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party 40 0 (has a majority)", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party 37 0 (has a majority)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kirkholme_AMoveOfUnknownSizeMakesNowUnknown_AndTheZeroSeatResignationMovesNothing()
    {
        var text = (await app.GetDocumentAsync("/councils/kirkholme")).Body!.Text();

        Assert.Contains("This council's composition now is not known: a recorded defection moved a number of its seats that no source gives", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party 30 29", text, StringComparison.Ordinal); // the suspension
        Assert.Contains("No seat changed hands on this council in this event.", text, StringComparison.Ordinal); // the resignation
    }

    [Fact]
    public async Task TownCouncil_WithNoBaseline_SaysTheCompositionIsUnknown_AndDrawsNoNumbers()
    {
        var doc = await app.GetDocumentAsync("/councils/castlebridge-town");
        var text = doc.Body!.Text();

        Assert.Contains("This council's composition is not known, before or after the recorded defections", text, StringComparison.Ordinal);
        Assert.Contains("Control changed: not known", text, StringComparison.Ordinal);
        Assert.Empty(doc.QuerySelectorAll("svg.seat-chart"));
        Assert.Empty(doc.QuerySelectorAll(".seat-table"));
        Assert.Contains("Seats moved here not known", text, StringComparison.Ordinal);
        Assert.Contains("The event also touched Castlebridge Borough Council, East Weald County Council.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCouncil_IsTheSites404Page()
    {
        var (status, html) = await app.GetPageAsync("/councils/no-such-council");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }
}
