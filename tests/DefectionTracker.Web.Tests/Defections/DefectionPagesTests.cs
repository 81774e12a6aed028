using System.Net;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Defections;

[Collection(SharedAppCollection.Name)]
public partial class DefectionPagesTests(SharedAppFixture app)
{
    private const string Broxtowe = "2025-01-02-broxtowe-twenty-quit-labour";

    private static List<string> RowIds(string html) => [.. RowLink().Matches(html).Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task List_IsNewestFirst_UndatedLast_EachRowLinkingToItsPage()
    {
        var ids = RowIds(await app.GetOkPageAsync("/defections?pageSize=100"));

        Assert.Equal(17, ids.Count);
        Assert.StartsWith("2025-10-30-", ids[0], StringComparison.Ordinal);
        Assert.Equal("humberstone-unverified", ids[^1]);
        Assert.Equal("2023-08-broxtowe-carrs-leave-lib-dems", ids[^2]);
        var dated = ids.Take(16).Select(id => id[..7]).ToList();
        Assert.Equal(dated.OrderDescending(StringComparer.Ordinal), dated);
    }

    [Fact]
    public async Task List_IsPaginated_WithLinksThatKeepTheFilters()
    {
        var first = await app.GetOkPageAsync("/defections?pageSize=5");
        var last = await app.GetOkPageAsync("/defections?pageSize=5&page=4");

        Assert.Equal(5, RowIds(first).Count);
        Assert.Equal(2, RowIds(last).Count);
        Assert.Contains("Page 1 of 4", PageReader.Text(first), StringComparison.Ordinal);
        Assert.Contains("href=\"/defections?pageSize=5&amp;page=2\"", first, StringComparison.Ordinal);
        var filtered = await app.GetOkPageAsync("/defections?council=nottingham&pageSize=3");
        Assert.Contains("href=\"/defections?council=nottingham&amp;pageSize=3&amp;page=2\"", filtered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/defections?council=broxtowe", 3)]
    [InlineData("/defections?council=nottingham", 8)]
    [InlineData("/defections?party=liberal-democrats", 1)]
    [InlineData("/defections?party=labour", 12)]
    [InlineData("/defections?to=independent", 7)]
    [InlineData("/defections?to=not-stated", 1)]
    [InlineData("/defections?grievance=gaza", 5)]
    [InlineData("/defections?year=2023", 6)]
    [InlineData("/defections?year=2025&party=labour&council=nottingham", 3)]
    public async Task List_Filters_NarrowTheList(string url, int expected)
    {
        var ids = RowIds(await app.GetOkPageAsync(url));

        Assert.Equal(expected, ids.Count);
    }

    [Fact]
    public async Task List_FiltersThatMatchNothing_SaySo()
    {
        var html = await app.GetOkPageAsync("/defections?council=bolsover&grievance=gaza");

        Assert.Empty(RowIds(html));
        Assert.Contains("No defection matches these filters", html, StringComparison.Ordinal);
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
        Assert.Empty(RowIds(html));
    }

    [Fact]
    public async Task List_RowsSayWhetherControlFlipped_AndWhenSourcesDisagree()
    {
        var text = PageReader.Text(await app.GetOkPageAsync("/defections?council=broxtowe"));

        Assert.Contains("Control of Broxtowe Borough Council: flipped.", text, StringComparison.Ordinal);
        Assert.Contains("(sources disagree: 20 or 18)", text, StringComparison.Ordinal);
        Assert.Contains("Control of Broxtowe Borough Council: did not change.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broxtowe_PageShowsDateCouncilsFromToAndTheCompositionJustBeforeAndAfter()
    {
        var html = await app.GetOkPageAsync("/defections/" + Broxtowe);
        var text = PageReader.Text(html);

        Assert.Contains("<h1>Labour Party to Broxtowe Independents: Broxtowe Borough Council, 2 January 2025</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Broxtowe Borough Council : 20 seats moved", text, StringComparison.Ordinal);
        Assert.Contains("Flipped control: Yes: control changed (from Labour majority to no overall control)", text, StringComparison.Ordinal);
        Assert.Equal(2, SeatCharts().Count(html));
        Assert.Contains("Labour Party 26 0 (has a majority)", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party 6 17", text, StringComparison.Ordinal);
        Assert.Contains("Broxtowe Independents 20 3", text, StringComparison.Ordinal);
        Assert.Contains("Milan Radulovic , Ross Bofinger (18 not named in the sources)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broxtowe_PageKeepsEveryReportedCountWithItsSource_AndTheLaterOfficialList()
    {
        var text = PageReader.Text(await app.GetOkPageAsync("/defections/" + Broxtowe));

        Assert.Contains("20 according to The Guardian (probable; unconfirmed)", text, StringComparison.Ordinal);
        Assert.Contains("20 according to BBC News", text, StringComparison.Ordinal);
        Assert.Contains("18 according to Broxtowe Borough Council (council's official list since 17 January 2025", text, StringComparison.Ordinal);
        Assert.Contains("A later count disagrees", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party 6 8 No: differ by 2", text, StringComparison.Ordinal);
        Assert.Contains("Stated by Broxtowe Borough Council", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broxtowe_PageMarksGrievancesStated_QuotesWithSpeakerAndSource_AndVerification()
    {
        var html = await app.GetOkPageAsync("/defections/" + Broxtowe);
        var text = PageReader.Text(html);

        Assert.Contains("Winter fuel payment cut stated by the councillors", text, StringComparison.Ordinal);
        Assert.Contains("Milan Radulovic , Leader of Broxtowe Borough Council · source: The Guardian", text, StringComparison.Ordinal);
        Assert.Contains("Confirmed: two or more independent sources agree", text, StringComparison.Ordinal);
        Assert.Contains("id=\"source-broxtowe-political-structure\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#source-easterneye-broxtowe-twenty\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pendle_PageSaysTheTownCouncilSplitIsUnknown()
    {
        var text = PageReader.Text(await app.GetOkPageAsync("/defections/2024-04-pendle-nelson-brierfield-twenty"));

        Assert.Contains("Nelson Town Council : how many of its seats moved is not known", text, StringComparison.Ordinal);
        Assert.Contains("April 2024 (the sources give the month, not the day)", text, StringComparison.Ordinal);
        Assert.Contains("gaza attributed by the press", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Internal party democracy and free speech stated by the councillors", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sollis_PageLabelsTheUnknownDestination()
    {
        var text = PageReader.Text(await app.GetOkPageAsync("/defections/2023-11-burnley-sollis-leaves-labour"));

        Assert.Contains("To Not stated in the sources", text, StringComparison.Ordinal);
        Assert.Contains("Affiliation not known 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Humberstone_SaysCouncilDateCouncillorsAndCountAreUnknown_AndUnverified()
    {
        var html = await app.GetOkPageAsync("/defections/humberstone-unverified");
        var text = PageReader.Text(html);

        Assert.Contains("Unverified report.", text, StringComparison.Ordinal);
        Assert.Contains("The council is not known.", text, StringComparison.Ordinal);
        Assert.Contains("The date is not known.", text, StringComparison.Ordinal);
        Assert.Contains("No councillor is named.", text, StringComparison.Ordinal);
        Assert.Contains("The number of councillors is not known.", text, StringComparison.Ordinal);
        Assert.Contains("Unverified: the event itself could not be pinned down", text, StringComparison.Ordinal);
        Assert.Contains("Date Not known", text, StringComparison.Ordinal);
        Assert.Contains("How many Not known", text, StringComparison.Ordinal);
        Assert.Equal(0, SeatCharts().Count(html));
    }

    [Fact]
    public async Task UnknownDefection_IsTheSites404Page()
    {
        var (status, html) = await app.GetPageAsync("/defections/no-such-defection");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }



    [GeneratedRegex("<h2 id=\"row-[^\"]+\"><a href=\"/defections/([a-z0-9-]+)\">")]
    private static partial Regex RowLink();

    [GeneratedRegex("<svg class=\"seat-chart\"")]
    private static partial Regex SeatCharts();
}
