using System.Net;
using System.Text.Json;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Grievances;

/// <summary>
/// /grievances/{slug} pages its defections (and their quotes); the figures and the councils stay over all of them.
/// internal-democracy has two events: Castlebridge (June 2024) and Fellside (July 2023), each with quotes.
/// </summary>
[Collection(SharedAppCollection.Name)]
public class GrievancePagingTests(SharedAppFixture app)
{
    private const string Url = "/grievances/internal-democracy";

    [Fact]
    public async Task PageOfOne_ShowsOneDefectionAndItsQuotes_FiguresAndCouncilsOverBoth()
    {
        var whole = await app.GetDocumentAsync(Url);
        var first = await app.GetDocumentAsync(Url + "?pageSize=1");
        var second = await app.GetDocumentAsync(Url + "?pageSize=1&page=2");

        Assert.Equal(2, whole.QuerySelectorAll("li.grievance-defection").Length);
        Assert.Equal(["defection-2024-06-castlebridge-six-quit-labour"], first.QuerySelectorAll("li.grievance-defection").Select(l => l.Id));
        Assert.Equal(["defection-2023-07-14-fellside-three-quit-labour"], second.QuerySelectorAll("li.grievance-defection").Select(l => l.Id));
        foreach (var page in new[] { first, second })
        {
            Assert.Equal(whole.QuerySelector(".grievance-figures")!.TextContent, page.QuerySelector(".grievance-figures")!.TextContent);
            Assert.Equal(whole.QuerySelector("table.grievance-councils")!.OuterHtml, page.QuerySelector("table.grievance-councils")!.OuterHtml);
        }

        Assert.All(first.QuerySelectorAll(".grievance-quotes .quote-context a"),
            a => Assert.Equal("/defections/2024-06-castlebridge-six-quit-labour", a.GetAttribute("href")));
        Assert.All(second.QuerySelectorAll(".grievance-quotes .quote-context a"),
            a => Assert.Equal("/defections/2023-07-14-fellside-three-quit-labour", a.GetAttribute("href")));
        Assert.Equal(whole.QuerySelectorAll(".grievance-quotes > li").Length,
            first.QuerySelectorAll(".grievance-quotes > li").Length + second.QuerySelectorAll(".grievance-quotes > li").Length);
        Assert.Contains("Page 1 of 2", first.QuerySelector("nav.pagination")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Url + "?pageSize=1&page=2#defections-heading", first.QuerySelector("nav.pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Null(whole.QuerySelector("nav.pagination"));
    }

    [Theory]
    [InlineData(Url + "?pageSize=1&page=3", "There is no page 3: 2 defections, 2 pages of 1.")]
    [InlineData(Url + "?page=0", "page must be 1 or more")]
    [InlineData(Url + "?pageSize=1000", "pageSize must be between 1 and 100")]
    public async Task BadPage_Is400_NamingTheProblem(string url, string problem)
    {
        var (status, html) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(problem, PageReader.Parse(html).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_CountsEveryDefection_NotAPage()
    {
        using var client = app.CreateClient();
        var root = JsonDocument.Parse(await client.GetStringAsync("/api/grievances/internal-democracy")).RootElement;

        Assert.Equal(2, root.GetProperty("defectionCount").GetInt32());
        Assert.Equal(2, root.GetProperty("statedCount").GetInt32() + root.GetProperty("attributedCount").GetInt32());
    }
}
