using System.Net;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Councils;

[Collection(SharedAppCollection.Name)]
public partial class CouncilPagesTests(SharedAppFixture app)
{
    /// <summary>The council links of the list's table rows, in order.</summary>
    private static List<string> RowCouncils(string html) =>
        [.. RowLink().Matches(html).Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task List_ShowsEveryCouncil_WithControlBeforeAndNow()
    {
        var html = await app.GetOkPageAsync("/councils");

        Assert.Equal(["bolsover", "brierfield-town", "broxtowe", "burnley", "nelson-town", "nottingham", "pendle"], RowCouncils(html));
        Assert.Equal("Broxtowe Borough Council Borough council Labour Party majority No overall control Yes 3 22 Nottinghamshire 44",
            PageReader.Text(Row(html, "broxtowe")).Trim());
        Assert.Equal("Nottingham City Council Unitary authority Labour Party majority Labour Party majority No 8 8 Nottinghamshire 55",
            PageReader.Text(Row(html, "nottingham")).Trim());
        Assert.Equal("Burnley Borough Council Borough council No overall control No overall control No 3 12 Lancashire 45",
            PageReader.Text(Row(html, "burnley")).Trim());
        Assert.Equal("Nelson Town Council Town council Not known Not known Not known 1 not known Lancashire 24",
            PageReader.Text(Row(html, "nelson-town")).Trim());
    }

    [Fact]
    public async Task List_SortedByDefections_PutsNottinghamFirst()
    {
        var councils = RowCouncils(await app.GetOkPageAsync("/councils?sort=defections"));

        Assert.Equal("nottingham", councils[0]);
        Assert.Equal(7, councils.Count);
    }

    [Fact]
    public async Task List_SortedByCouncillorsLost_PutsBroxtoweFirst_AndUnknownsLast()
    {
        var councils = RowCouncils(await app.GetOkPageAsync("/councils?sort=lost"));

        Assert.Equal("broxtowe", councils[0]);
        Assert.Equal(["brierfield-town", "nelson-town"], councils[^2..]);
    }

    [Theory]
    [InlineData("/councils?changed=true", new[] { "broxtowe" })]
    [InlineData("/councils?party=liberal-democrats", new[] { "broxtowe" })]
    [InlineData("/councils?area=Derbyshire", new[] { "bolsover" })]
    [InlineData("/councils?area=Lancashire&party=labour&sort=seats", new[] { "burnley", "pendle", "nelson-town", "brierfield-town" })]
    [InlineData("/councils?party=burnley-padiham-independents", new[] { "burnley" })]
    public async Task List_Filters_NarrowTheList(string url, string[] expected)
    {
        var html = await app.GetOkPageAsync(url);

        Assert.Equal(expected, RowCouncils(html));
        Assert.Contains($"{expected.Length} of 7 councils match", PageReader.Text(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_FiltersThatMatchNothing_SaySo()
    {
        var html = await app.GetOkPageAsync("/councils?changed=true&area=Derbyshire");

        Assert.Empty(RowCouncils(html));
        Assert.Contains("No council matches these filters", html, StringComparison.Ordinal);
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
        Assert.Empty(RowCouncils(html));
    }

    [Fact]
    public async Task List_SortLinks_KeepTheFilters()
    {
        var html = await app.GetOkPageAsync("/councils?changed=true&area=Nottinghamshire");

        Assert.Contains("href=\"/councils?sort=defections&amp;changed=true&amp;area=Nottinghamshire\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broxtowe_SaysPlainlyHowLabourLostItsMajority_WithBothCounts()
    {
        var text = PageReader.Text(await app.GetOkPageAsync("/councils/broxtowe"));

        Assert.Contains(
            "Labour lost its majority on 2 January 2025 when 20 councillors left (18 according to the council's list). No party has had a majority since.",
            text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broxtowe_ShowsBeforeAndNowCharts_WithMajorityLinesAndTables()
    {
        var html = await app.GetOkPageAsync("/councils/broxtowe");
        var text = PageReader.Text(html);

        Assert.Equal(2, SeatCharts().Count(html));
        Assert.Contains("<title id=\"chart-before-title\">Before: after the election of 4 May 2023: Labour majority</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-now-title\">Now: 17 January 2025: No overall control</title>", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "Majority: 23 of 44"));
        Assert.Contains("Labour Party 26 0 (has a majority)", text, StringComparison.Ordinal);
        Assert.Contains("Broxtowe Independents 18 5", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party 8 15", text, StringComparison.Ordinal);
        Assert.Contains("fill=\"#B0182B\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broxtowe_ShowsBothAccounts_AndWhichSourceSaysWhat()
    {
        var text = PageReader.Text(await app.GetOkPageAsync("/councils/broxtowe"));

        Assert.Contains("Where the sources disagree", text, StringComparison.Ordinal);
        Assert.Contains("Broxtowe Independents 20 18 No: differ by 2", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party 6 8 No: differ by 2", text, StringComparison.Ordinal);
        Assert.Contains("Stated by Broxtowe Borough Council", text, StringComparison.Ordinal);
        Assert.Contains("18 according to Broxtowe Borough Council", text, StringComparison.Ordinal);
        Assert.Contains("20 according to Eastern Eye", text, StringComparison.Ordinal);
        Assert.Contains("Basis: the council's official list", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broxtowe_ListsEachDefection_WithItsOwnBeforeAndAfter()
    {
        var text = PageReader.Text(await app.GetOkPageAsync("/councils/broxtowe"));

        Assert.Contains("Defections at this council (3)", text, StringComparison.Ordinal);
        Assert.Contains("Control just before: Labour majority ; just after: No overall control . Flipped control: Yes: control changed", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party 26 6", text, StringComparison.Ordinal);
        Assert.Contains("Winter fuel payment cut stated by the councillors", text, StringComparison.Ordinal);
        Assert.Contains("I cannot support and will not support another centrist government", text, StringComparison.Ordinal);
        Assert.Contains("Milan Radulovic", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party until 2 January 2025 (resigned)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nottingham_LabourKeepsItsMajority_51Then43()
    {
        var text = PageReader.Text(await app.GetOkPageAsync("/councils/nottingham"));

        Assert.Contains("Labour has kept its majority: 51 of 55 seats (after the election of 4 May 2023) and 43 now (30 October 2025, press report); 28 are needed.", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party 51 0 (has a majority)", text, StringComparison.Ordinal);
        Assert.Contains("Labour Party 43 0 (has a majority)", text, StringComparison.Ordinal);
        Assert.Contains("Nottingham Independents 3 4 No: differ by 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Burnley_NoOverallControlBeforeAndNow_AndAnUnknownDestinationIsLabelled()
    {
        var text = PageReader.Text(await app.GetOkPageAsync("/councils/burnley"));

        Assert.Contains("No party has had a majority: no overall control (after the election of 4 May 2023) and still now (2024, press report).", text, StringComparison.Ordinal);
        Assert.Contains("Affiliation not known 0 1", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nelson-town")]
    [InlineData("brierfield-town")]
    public async Task TownCouncils_WithNoBaseline_SayTheCompositionIsUnknown_AndDrawNoNumbers(string slug)
    {
        var html = await app.GetOkPageAsync("/councils/" + slug);
        var text = PageReader.Text(html);

        Assert.Contains("This council's composition is not known, before or after the recorded defections", text, StringComparison.Ordinal);
        Assert.Contains("Control changed: not known", text, StringComparison.Ordinal);
        Assert.Equal(0, SeatCharts().Count(html));
        Assert.DoesNotContain("seat-table", html, StringComparison.Ordinal);
        Assert.Contains("Seats moved here not known", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pendle_TheUnexplainedSeatIsShownAsSuch()
    {
        var text = PageReader.Text(await app.GetOkPageAsync("/councils/pendle"));

        Assert.Contains("Not accounted for by the source 0 1 No: differ by 1", text, StringComparison.Ordinal);
        Assert.Contains("Now: after the election of 2 May 2024", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCouncil_IsTheSites404Page()
    {
        var (status, html) = await app.GetPageAsync("/councils/no-such-council");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    private static string Row(string html, string slug)
    {
        var start = html.IndexOf($"<a href=\"/councils/{slug}\">", StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }



    [GeneratedRegex("<th scope=\"row\"><a href=\"/councils/([a-z0-9-]+)\">")]
    private static partial Regex RowLink();

    [GeneratedRegex("<svg class=\"seat-chart\"")]
    private static partial Regex SeatCharts();
}
