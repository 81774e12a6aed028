using System.Net;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Parties;
using DefectionTracker.Web.Features.Shared;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Parties;

[Collection(SharedAppCollection.Name)]
public class PartyPagesTests(SharedAppFixture app)
{
    [Fact]
    public async Task Labour_LostItsMajorityInFellside_FromTheCouncilHistory()
    {
        var (status, html) = await app.GetPageAsync("/parties/labour");
        var text = PageReader.Text(html);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Fellside District Council : Labour lost its majority on 14 July 2023: no overall control after the event.", text, StringComparison.Ordinal);
        Assert.Contains("Councils where it lost its majority 1", text, StringComparison.Ordinal);
        // Castlebridge: 26 -> 22 of 41 (21 needed) keeps the majority.
        Assert.DoesNotContain("Castlebridge Borough Council : Labour lost", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Labour_ListsTheEventsLostAndGained_AndCountsTheResignationOnce()
    {
        var doc = await app.GetDocumentAsync("/parties/labour");
        var text = doc.Body!.Text();

        // Ten events from Labour, one with no number (the Kirkholme walk-out); Pennington's resignation while suspended
        // moved no seat. Okafor's joining is a gain, not a loss. The total lost is asserted in Consistency/.
        // Bramwell is unverified: listed, counted apart, never added.
        Assert.Contains(" in 10 recorded events; 1 event gives no number", text, StringComparison.Ordinal);
        Assert.Contains("Unverified 1 unverified report is listed below but not added", text, StringComparison.Ordinal);
        Assert.Contains("Not counted twice 1 event in which", text, StringComparison.Ordinal);
        Assert.Contains("Councillors gained 1 in 1 recorded event", text, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("a[href='/defections/2023-12-brackenholt-okafor-joins-labour']"));
        Assert.Contains("Ruth Askew : until 14 July 2023 (resigned)", text, StringComparison.Ordinal);
        Assert.Contains("Grace Okafor : from December 2023 to now", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Labour_GrievancesMostCited_WithStatedAndAttributedCounts()
    {
        var text = (await app.GetDocumentAsync("/parties/labour")).Body!.Text();

        // Council budget cuts: the suspension (attributed), the resignation and Brackenholt (stated). Then the 2-event
        // grievances by stated count and name; Local party culture has no stated citation.
        Assert.Contains("Grievances in defections from Labour Party, most cited first", text, StringComparison.Ordinal);
        Assert.Contains(
            "Council budget cuts 3 2 1 Gaza 2 1 1 Internal democracy 2 1 1 Winter fuel payment 2 1 1 Local party culture 2 0 2 Suspension process 1 1 0",
            text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CastlebridgeIndependents_Gained6_LostNone()
    {
        var text = (await app.GetDocumentAsync("/parties/castlebridge-independents")).Body!.Text();

        Assert.Contains("Councillors gained 6 in 1 recorded event", text, StringComparison.Ordinal);
        Assert.Contains("Councillors lost 0 in 0 recorded events", text, StringComparison.Ordinal);
        Assert.Contains("None in the record: no recorded event took a majority away from Castlebridge Ind.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownParty_IsTheSites404Page()
    {
        var (status, html) = await app.GetPageAsync("/parties/no-such-party");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/parties/labour?lost=0", "lost must be 1 or more")]
    [InlineData("/parties/labour?gained=abc", "'abc' is not a valid value")]
    [InlineData("/parties/labour?left=2", "There is no page 2:")]
    [InlineData("/parties/labour?joined=2147483647", "There is no page 2147483647:")]
    public async Task PageOfAList_OutOfRange_Is400NamingTheList(string url, string message)
    {
        var (status, html) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, PageReader.Text(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShortLists_HaveNoPager_AndEveryEventIsOnThePage()
    {
        var doc = await app.GetDocumentAsync("/parties/labour");

        Assert.Empty(doc.QuerySelectorAll("nav.pagination"));
        Assert.Equal(10, doc.QuerySelectorAll("#lost ~ div table tbody tr").Length);
    }

    [Fact]
    public void PartyPageRequest_LinksMoveOneListAndKeepTheOthers()
    {
        var paging = new PartyPageRequest(Lost: 3, Gained: 1, Left: 2);

        Assert.Equal("/parties/labour?lost=4&left=2", paging.Href("labour", "lost", 4));
        Assert.Equal("/parties/labour?lost=3", paging.Href("labour", "left", 1));
        Assert.Equal("/parties/green?lost=3&gained=2&left=2", paging.Href("green", "gained", 2));
    }

    [Fact]
    public void PartyPageRequest_PastTheEnd_NamesTheListAndItsSize()
    {
        var events = Enumerable.Range(0, 150).Select(i => new PartyEventViewModel(
            $"e{i}", PartialDate.Unknown, new EventDate(PartialDate.Unknown), "Defection", null, 1, [], Verification.Confirmed,
            CouncillorsLost.Event($"e{i}", PartialDate.Unknown, 1, [1], [], Verification.Confirmed, i))).ToList();
        var vm = new PartyPageViewModel
        {
            Party = new PartyLabelViewModel("labour", "Labour Party", "Labour", "#dc241f"),
            KindText = "Party",
            Lost = events,
        };

        Assert.Empty(new PartyPageRequest(Lost: 2).PastEnd(vm));
        var problem = Assert.Single(new PartyPageRequest(Lost: 3).PastEnd(vm));
        Assert.Equal("lost", problem.Field);
        Assert.Equal("There is no page 3: 150 defections from the party, 2 pages of 100.", problem.Message);
    }
}
