using System.Net;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Councillors;

[Collection(SharedAppCollection.Name)]
public partial class CouncillorPagesTests(SharedAppFixture app)
{
    [Fact]
    public async Task Radulovic_ShowsSeatAffiliationsInOrder_TheDefection_AndHisQuote()
    {
        var (status, html) = await app.GetPageAsync("/councillors/milan-radulovic");
        var text = PageReader.Text(html);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Milan Radulovic</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Broxtowe Borough Council , ward: not known; dates not recorded", text, StringComparison.Ordinal);
        var labour = text.IndexOf("Labour Party until 2 January 2025 (resigned)", StringComparison.Ordinal);
        var independents = text.IndexOf("Broxtowe Independents from 2 January 2025 to now", StringComparison.Ordinal);
        Assert.True(labour >= 0 && independents > labour, "Labour until 2 January 2025, then Broxtowe Independents");
        Assert.Contains("href=\"/defections/2025-01-02-broxtowe-twenty-quit-labour\"", html, StringComparison.Ordinal);
        Assert.Contains("I cannot support and will not support another centrist government", text, StringComparison.Ordinal);
        Assert.Contains("id=\"source-seed-000-guardian-broxtowe\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Iqbal_AffiliationsFollowTheOrderTheyHappened()
    {
        var (_, html) = await app.GetPageAsync("/councillors/mohammed-iqbal");
        var text = PageReader.Text(html);

        var independent = text.IndexOf("Independent until December 2023 (readmitted to another party)", StringComparison.Ordinal);
        var labour = text.IndexOf("Labour Party from December 2023 until April 2024 (resigned)", StringComparison.Ordinal);
        var group = text.IndexOf("Independent Group (Pendle) from April 2024 to now", StringComparison.Ordinal);
        Assert.True(independent >= 0 && labour > independent && group > labour, text);
    }

    [Fact]
    public async Task Humberstone_HasNoSeatInTheRecord_AndSaysSo()
    {
        var (status, html) = await app.GetPageAsync("/councillors/mason-humberstone");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No seat on a council in this record", html, StringComparison.Ordinal);
        Assert.Contains("until a date not known (joined another party)", PageReader.Text(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCouncillor_IsTheSites404Page()
    {
        var (status, html) = await app.GetPageAsync("/councillors/no-such-person");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }


}
