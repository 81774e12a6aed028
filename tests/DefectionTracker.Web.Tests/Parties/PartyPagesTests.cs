using System.Net;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Parties;

[Collection(SharedAppCollection.Name)]
public partial class PartyPagesTests(SharedAppFixture app)
{
    [Fact]
    public async Task Labour_LostItsMajorityInBroxtowe_FromTheCouncilHistory()
    {
        var (status, html) = await app.GetPageAsync("/parties/labour");
        var text = PageReader.Text(html);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Broxtowe Borough Council : Labour lost its majority on 2 January 2025: no overall control after the event.", text, StringComparison.Ordinal);
        Assert.Contains("Councils where it lost its majority 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nottingham City Council : Labour lost", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Labour_CountsCouncillorsLostAndGained_AndListsTheEvents()
    {
        var (_, html) = await app.GetPageAsync("/parties/labour");
        var text = PageReader.Text(html);

        // 1 + 11 + 1 + 1 + 20 + 20 + 3 + 1 + 5 from Labour, Humberstone with no number; Quddoos's and Matsiko's
        // resignations while suspended moved no seat and are not counted twice. Briggs joined Labour.
        Assert.Contains("Councillors lost 63 in 12 recorded events", text, StringComparison.Ordinal);
        Assert.Contains("Unverified 1 unverified report is listed below but not added", text, StringComparison.Ordinal);
        Assert.Contains("Not counted twice 2 events", text, StringComparison.Ordinal);
        Assert.Contains("Councillors gained 1 in 1 recorded event", text, StringComparison.Ordinal);
        Assert.Contains("href=\"/defections/2023-09-burnley-briggs-joins-labour\"", html, StringComparison.Ordinal);
        Assert.Contains("Milan Radulovic : until 2 January 2025 (resigned)", text, StringComparison.Ordinal);
        Assert.Contains("Charlie Briggs : from September 2023 to now", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Labour_GrievancesMostCited_WithStatedAndAttributedCounts()
    {
        var (_, html) = await app.GetPageAsync("/parties/labour");
        var text = PageReader.Text(html);

        Assert.Contains("Grievances in defections from Labour Party, most cited first", text, StringComparison.Ordinal);
        Assert.Contains("Gaza 5 3 2", text, StringComparison.Ordinal);
        var gaza = text.IndexOf("Gaza 5", StringComparison.Ordinal);
        var bus = text.IndexOf("Bus fare increase 1", StringComparison.Ordinal);
        Assert.True(gaza >= 0 && bus > gaza);
    }

    [Fact]
    public async Task BroxtoweIndependents_Gained20_LostNone()
    {
        var (_, html) = await app.GetPageAsync("/parties/broxtowe-independents");
        var text = PageReader.Text(html);

        Assert.Contains("Councillors gained 20 in 1 recorded event", text, StringComparison.Ordinal);
        Assert.Contains("Councillors lost 0 in 0 recorded events", text, StringComparison.Ordinal);
        Assert.Contains("None in the record: no recorded event took a majority away from Broxtowe Ind.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownParty_IsTheSites404Page()
    {
        var (status, html) = await app.GetPageAsync("/parties/no-such-party");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }


}
