using System.Net;
using AngleSharp.Dom;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Councils;

// The fixture's register (Fixtures/dataset/README.md, "The council register"): 13 councils, 6 of them recorded, so
// 7 with nothing recorded; Fold Valley replaced Westfold and Eastfold on 1 April 2023.
[Collection(SharedAppCollection.Name)]
public class RegisterPagesTests(SharedAppFixture app)
{
    private static List<string> Unrecorded(IDocument doc) =>
        [.. doc.QuerySelectorAll("#unrecorded-councils tbody th a").Select(a => a.GetAttribute("href")!["/councils/".Length..])];

    [Fact]
    public async Task List_ByDefault_ListsOnlyTheRecordsCouncils_AndOffersTheRest()
    {
        var doc = await app.GetDocumentAsync("/councils");

        Assert.Null(doc.QuerySelector("#unrecorded-councils"));
        Assert.Equal("Show all 13 councils in the UK register", doc.Single("#show-all-councils").Text());
    }

    [Fact]
    public async Task List_WithAll_AddsEveryRegisterCouncilNotRecorded()
    {
        var doc = await app.GetDocumentAsync("/councils?all=true");

        Assert.Equal(["cwm-isaf", "eastfold", "fold-valley", "hallow-vale", "marchbury-district", "northby", "westfold"], Unrecorded(doc).Order(StringComparer.Ordinal));
        Assert.All(doc.QuerySelectorAll("#unrecorded-councils tbody tr"), tr => Assert.Contains("no composition recorded", tr.Text()));
        // The recorded councils are still listed above, all seven.
        Assert.Equal(7, doc.QuerySelectorAll("table:not(#unrecorded-councils) tbody tr").Length);
        Assert.Contains("all=true", doc.Single("th a[href*='sort=seats']").GetAttribute("href"));
    }

    [Fact]
    public async Task RegisterOnlyCouncil_Page_SaysNoCompositionRecorded_AndLinksPredecessors()
    {
        var doc = await app.GetDocumentAsync("/councils/fold-valley");

        Assert.Equal("Fold Valley Council", doc.Single("h1").Text());
        Assert.StartsWith("No composition recorded", doc.Single("#no-composition").Text());
        Assert.Equal(["/councils/eastfold", "/councils/westfold"],
            doc.QuerySelectorAll(".predecessors a").Select(a => a.GetAttribute("href")!));
        Assert.Contains("mySociety", doc.Single(".register-facts").Text());
    }

    [Fact]
    public async Task AbolishedCouncil_Page_LinksItsSuccessor()
    {
        var doc = await app.GetDocumentAsync("/councils/westfold");

        Assert.Equal("/councils/fold-valley", doc.Single(".successors a").GetAttribute("href"));
        Assert.Contains("31 March 2023", doc.Single(".register-facts").Text());
    }

    [Fact]
    public async Task RecordedCouncil_Page_ShowsItsRegisterFacts_WithItsPredecessor()
    {
        var doc = await app.GetDocumentAsync("/councils/marchbury");

        Assert.Equal("/councils/marchbury-district", doc.Single(".predecessors a").GetAttribute("href"));
        Assert.Contains("formerly E07000903", doc.Single(".register-facts").Text());
    }

    [Fact]
    public async Task UnknownCouncil_IsStillNotFound()
    {
        var (status, _) = await app.GetPageAsync("/councils/no-such-council");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Sources_CreditsMySocietyForTheRegister()
    {
        var doc = await app.GetDocumentAsync("/sources");

        Assert.Contains("mySociety", doc.Single("#register-credit").Text());
        Assert.Contains("CC-BY-4.0", doc.Single("#register-credit").Text());
    }
}
