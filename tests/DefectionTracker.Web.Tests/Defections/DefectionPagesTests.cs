using System.Net;
using AngleSharp.Dom;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Defections;

// Figures are the fixture's (tests/DefectionTracker.Testing/Fixtures/dataset/README.md): 15 events, 10 of them from Labour.
[Collection(SharedAppCollection.Name)]
public class DefectionPagesTests(SharedAppFixture app)
{
    private const string Brackenholt = "2025-02-10-brackenholt-five-quit-labour";

    private static List<string> RowIds(IDocument doc) =>
        [.. doc.QuerySelectorAll("h2[id^='row-'] > a[href^='/defections/']").Select(a => a.GetAttribute("href")!["/defections/".Length..])];

    private async Task<List<string>> RowIdsAsync(string url) => RowIds(await app.GetDocumentAsync(url));

    [Fact]
    public async Task List_IsNewestFirst_UndatedLast_EachRowLinkingToItsPage()
    {
        var ids = await RowIdsAsync("/defections?pageSize=100");

        Assert.Equal(16, ids.Count);
        Assert.Equal("2025-11-marchbury-two-join-reform", ids[0]);
        Assert.Equal("bramwell-unverified", ids[^1]);
        Assert.Equal("2023-07-14-fellside-three-quit-labour", ids[^2]);
        // Walsh's "8 April" (year not stated) has no date id prefix; it sits by its report (10 April 2024), tested in Truth/.
        var dated = ids.Take(15).Where(id => char.IsAsciiDigit(id[0])).Select(id => id[..7]).ToList();
        Assert.Equal(14, dated.Count);
        Assert.Equal(dated.OrderDescending(StringComparer.Ordinal), dated);
    }

    [Fact]
    public async Task List_IsPaginated_WithLinksThatKeepTheFilters()
    {
        var first = await app.GetDocumentAsync("/defections?pageSize=4");
        var last = await app.GetDocumentAsync("/defections?pageSize=4&page=4");

        // 16 events, 4 a page: four pages of 4.
        Assert.Equal(4, RowIds(first).Count);
        Assert.Equal(4, RowIds(last).Count);
        Assert.Contains("Page 1 of 4", first.Body!.Text(), StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector("a[href='/defections?pageSize=4&page=2']"));
        // Kirkholme has 5 events: two pages of 3.
        var filtered = await app.GetDocumentAsync("/defections?council=kirkholme&pageSize=3");
        Assert.NotNull(filtered.QuerySelector("a[href='/defections?council=kirkholme&pageSize=3&page=2']"));
    }

    [Theory]
    [InlineData("/defections?council=kirkholme", 5)] // suspension, resignation, joining the Greens, the walk-out, Walsh (year not stated)
    [InlineData("/defections?council=marchbury", 3)]
    [InlineData("/defections?council=east-weald", 2)] // the multi-council event counts at each of its councils
    [InlineData("/defections?party=liberal-democrats", 1)]
    [InlineData("/defections?party=labour", 10)]
    [InlineData("/defections?to=independent", 7)]
    [InlineData("/defections?to=not-stated", 1)]
    [InlineData("/defections?grievance=gaza", 2)]
    [InlineData("/defections?year=2023", 3)]
    [InlineData("/defections?year=2025&party=labour&council=kirkholme", 1)]
    public async Task List_Filters_NarrowTheList(string url, int expected)
    {
        var ids = await RowIdsAsync(url);

        Assert.Equal(expected, ids.Count);
    }

    [Fact]
    public async Task List_FiltersThatMatchNothing_SaySo()
    {
        var doc = await app.GetDocumentAsync("/defections?council=fellside&grievance=gaza");

        Assert.Empty(RowIds(doc));
        Assert.Contains("No defection matches these filters", doc.Body!.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/defections?page=0")]
    [InlineData("/defections?page=abc")]
    [InlineData("/defections?pageSize=0")]
    [InlineData("/defections?pageSize=101")]
    [InlineData("/defections?page=99")]
    [InlineData("/defections?year=1800")]
    [InlineData("/defections?year=twenty")]
    [InlineData("/defections?council=no-such-council")]
    [InlineData("/defections?party=no-such-party")]
    [InlineData("/defections?to=no-such-party")]
    [InlineData("/defections?grievance=no-such-grievance")]
    public async Task List_BadValues_AreA400PageWithAMessage(string url)
    {
        var (status, html) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("The list could not be shown", html, StringComparison.Ordinal);
        Assert.Empty(RowIds(PageReader.Parse(html)));
    }

    [Fact]
    public async Task List_RowsSayWhetherControlFlipped_AndWhenSourcesDisagree()
    {
        var fellside = (await app.GetDocumentAsync("/defections?council=fellside")).Body!.Text();
        var brackenholt = (await app.GetDocumentAsync("/defections?council=brackenholt")).Body!.Text();

        // Fellside: the July 2023 resignations took Labour from 16 to 13 of 30; Blaylock's move in 2025 changed nothing.
        Assert.Contains("Control of Fellside District Council: flipped.", fellside, StringComparison.Ordinal);
        Assert.Contains("Control of Fellside District Council: did not change.", fellside, StringComparison.Ordinal);
        Assert.Contains("(sources disagree: 5 or 4)", brackenholt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brackenholt_PageShowsDateCouncilFromToAndTheCompositionJustBeforeAndAfter()
    {
        var doc = await app.GetDocumentAsync("/defections/" + Brackenholt);
        var text = doc.Body!.Text();

        Assert.Equal("Labour Party to Independent: Brackenholt Metropolitan Borough Council, 10 February 2025", doc.Single("h1").TextContent);
        Assert.Contains("Brackenholt Metropolitan Borough Council : 5 seats moved", text, StringComparison.Ordinal);
        Assert.Contains("Flipped control: No: control did not change", text, StringComparison.Ordinal);
        Assert.Equal(2, doc.QuerySelectorAll("svg.seat-chart").Length);
        // Before: 40 + Okafor = 41 (Labour), 5 - Okafor = 4 (Ind); after: 36 and 9. 32 needed, so 0 and 23 to go.
        Assert.Contains("Labour Party 41 0 (has a majority)", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party 36 0 (has a majority)", text, StringComparison.Ordinal);
        Assert.Contains("Independent 9 23", text, StringComparison.Ordinal);
        Assert.Contains("Hannah Mistry (4 not named in the sources)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brackenholt_PageKeepsEveryReportedCountWithItsSource_AndTheLaterOfficialList()
    {
        var text = (await app.GetDocumentAsync("/defections/" + Brackenholt)).Body!.Text();

        Assert.Contains("5 according to Yorkshire Evening Courier", text, StringComparison.Ordinal);
        Assert.Contains("5 according to Radio Brackenholt", text, StringComparison.Ordinal);
        Assert.Contains("4 according to Brackenholt Metropolitan Borough Council (the council's list shows four more independents, not five)", text, StringComparison.Ordinal);
        Assert.Contains("A later count disagrees", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party 36 37 No: differ by 1", text, StringComparison.Ordinal);
        Assert.Contains("Stated by Brackenholt Metropolitan Borough Council", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fellside_PageMarksGrievancesStatedAndAttributed_QuotesWithSpeakerAndSource_AndVerification()
    {
        var doc = await app.GetDocumentAsync("/defections/2023-07-14-fellside-three-quit-labour");
        var text = doc.Body!.Text();

        Assert.Contains("Internal democracy stated by the councillors", text, StringComparison.Ordinal);
        Assert.Contains("Local party culture attributed by the press", text, StringComparison.Ordinal);
        Assert.Contains("Ruth Askew , Former Labour group leader, Fellside · source: Fellside Gazette", text, StringComparison.Ordinal);
        Assert.Contains("Confirmed: two or more independent sources agree", text, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("li#source-fellside-gazette-three-quit"));
        Assert.NotNull(doc.QuerySelector("a[href='#source-north-west-today-fellside']"));
    }

    [Fact]
    public async Task Castlebridge_PageSaysTheTownCouncilSplitIsUnknown()
    {
        var text = (await app.GetDocumentAsync("/defections/2024-06-castlebridge-six-quit-labour")).Body!.Text();

        Assert.Contains("Castlebridge Borough Council : 4 seats moved", text, StringComparison.Ordinal);
        Assert.Contains("Castlebridge Town Council : how many of its seats moved is not known", text, StringComparison.Ordinal);
        Assert.Contains("East Weald County Council : 2 seats moved", text, StringComparison.Ordinal);
        Assert.Contains("June 2024 (the sources give the month, not the day)", text, StringComparison.Ordinal);
        Assert.Contains("Winter fuel payment stated by the councillors", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Walkout_PageLabelsTheUnknownDestinationAndCount()
    {
        var text = (await app.GetDocumentAsync("/defections/2025-06-kirkholme-several-quit-labour")).Body!.Text();

        Assert.Contains("To Not stated in the sources", text, StringComparison.Ordinal);
        Assert.Contains("How many Not known", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnverifiedReport_SaysCouncilDateAndCouncillorsAreUnknown_KeepsItsClaimedCount()
    {
        var doc = await app.GetDocumentAsync("/defections/bramwell-unverified");
        var text = doc.Body!.Text();

        Assert.Contains("Unverified report.", text, StringComparison.Ordinal);
        Assert.Contains("The council is not known.", text, StringComparison.Ordinal);
        Assert.Contains("The date is not known.", text, StringComparison.Ordinal);
        Assert.Contains("No councillor is named.", text, StringComparison.Ordinal);
        Assert.Contains("Unverified: the event itself could not be pinned down", text, StringComparison.Ordinal);
        Assert.Contains("Date Not known", text, StringComparison.Ordinal);
        Assert.Contains("How many 2 councillors", text, StringComparison.Ordinal);
        Assert.Empty(doc.QuerySelectorAll("svg.seat-chart"));
    }

    [Fact]
    public async Task UnknownDefection_IsTheSites404Page()
    {
        var (status, html) = await app.GetPageAsync("/defections/no-such-defection");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }
}
