using System.Net;
using System.Text.Json;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Frame;

/// <summary>/sources and /api/sources a page at a time: the fixture's 30 sources at pageSize=10 make three pages.</summary>
[Collection(SharedAppCollection.Name)]
public class SourcesPagingTests(SharedAppFixture app)
{
    private async Task<List<string>> EntryIdsAsync(string url) =>
        [.. (await app.GetDocumentAsync(url)).QuerySelectorAll("li[id^='source-']").Select(li => li.Id!)];

    [Fact]
    public async Task Pages_TogetherListEverySourceOnce_InTheUnpagedOrder()
    {
        var all = await EntryIdsAsync("/sources");
        List<string> paged =
        [
            .. await EntryIdsAsync("/sources?pageSize=10"),
            .. await EntryIdsAsync("/sources?pageSize=10&page=2"),
            .. await EntryIdsAsync("/sources?pageSize=10&page=3"),
        ];

        Assert.Equal(30, all.Count);
        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task MiddlePage_SaysWhereItIs_AndLinksToItsNeighbours_KeepingTheOrder()
    {
        var page = await app.GetDocumentAsync("/sources?sort=date&pageSize=10&page=2");

        var pager = page.QuerySelector("nav.pagination")!;
        Assert.Contains("Page 2 of 3", pager.TextContent, StringComparison.Ordinal);
        Assert.Equal("/sources?sort=date&pageSize=10#list", pager.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/sources?sort=date&pageSize=10&page=3#list", pager.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Contains("Sources 11 to 20 of 30", page.QuerySelector(".page-position")!.TextContent, StringComparison.Ordinal);

        // The totals at the top are over every source, not this page's ten.
        Assert.Contains("lists all 30 sources", page.QuerySelector(".lede")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnePage_HasNoPager()
    {
        var page = await app.GetDocumentAsync("/sources");

        Assert.Null(page.QuerySelector("nav.pagination"));
    }

    [Theory]
    [InlineData("/sources?page=4&pageSize=10", "There is no page 4: 30 sources, 3 pages of 10.")]
    [InlineData("/sources?page=0", "page must be 1 or more")]
    [InlineData("/sources?pageSize=101", "pageSize must be between 1 and 100")]
    [InlineData("/sources?page=2147483647", "There is no page 2147483647")]
    [InlineData("/sources?page=abc", "is not a valid value")]
    public async Task BadPage_Is400_NamingTheProblem(string url, string problem)
    {
        var (status, html) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(problem, PageReader.Parse(html).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Page_CarriesTotalsAndLinks()
    {
        using var client = app.CreateClient();
        var root = JsonDocument.Parse(await client.GetStringAsync("/api/sources?pageSize=10&page=2")).RootElement;

        Assert.Equal(10, root.GetProperty("items").GetArrayLength());
        Assert.Equal(2, root.GetProperty("page").GetInt32());
        Assert.Equal(10, root.GetProperty("pageSize").GetInt32());
        Assert.Equal(30, root.GetProperty("total").GetInt32());
        Assert.Equal(3, root.GetProperty("pageCount").GetInt32());
        var links = root.GetProperty("links");
        Assert.Equal("/api/sources?pageSize=10&page=2", links.GetProperty("self").GetString());
        Assert.Equal("/api/sources?pageSize=10", links.GetProperty("first").GetString());
        Assert.Equal("/api/sources?pageSize=10", links.GetProperty("prev").GetString());
        Assert.Equal("/api/sources?pageSize=10&page=3", links.GetProperty("next").GetString());
        Assert.Equal("/api/sources?pageSize=10&page=3", links.GetProperty("last").GetString());
    }

    [Fact]
    public async Task Api_LastPage_HasNoNext_AndAPagePastTheEndIsEmpty()
    {
        using var client = app.CreateClient();
        var last = JsonDocument.Parse(await client.GetStringAsync("/api/sources?pageSize=10&page=3")).RootElement;
        var past = JsonDocument.Parse(await client.GetStringAsync("/api/sources?pageSize=10&page=2147483647")).RootElement;

        Assert.Equal(10, last.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("links").GetProperty("next").ValueKind);
        Assert.Equal(0, past.GetProperty("items").GetArrayLength());
        Assert.Equal(30, past.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/sources?pageSize=0", "pageSize")]
    [InlineData("/api/sources?page=-1", "page")]
    public async Task Api_BadPaging_IsAProblemNamingTheField(string url, string field)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task SourceLink_RedirectsToItsEntryOnThePageThatHoldsIt()
    {
        var all = await EntryIdsAsync("/sources");
        using var client = app.CreateClient();

        var response = await client.GetAsync("/sources/" + all[^1]["source-".Length..]);
        var unknown = await client.GetAsync("/sources/no-such-source");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sources#" + all[^1], response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
