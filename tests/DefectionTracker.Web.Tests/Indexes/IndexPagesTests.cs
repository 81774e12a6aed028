using System.Net;
using DefectionTracker.Web.Features.OpenData;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Indexes;

/// <summary>/councillors and /parties, and HEAD on every address this work added.</summary>
[Collection(SharedAppCollection.Name)]
public class IndexPagesTests(SharedAppFixture app)
{
    private static List<string> RowNames(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("#list tbody th[scope=row]").Select(th => th.TextContent.Trim())];

    [Fact]
    public async Task Councillors_ByName_ListsEveryNamedCouncillor_EachLinkingToTheirPage()
    {
        var page = await app.GetDocumentAsync("/councillors");

        // The fixture's 14 councillors, alphabetically.
        var names = RowNames(page);
        Assert.Equal(14, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal("Amir Sadiq", names[0]);
        Assert.Equal("/councillors/david-pennington", page.QuerySelectorAll("#list tbody th a").Single(a => a.TextContent == "David Pennington").GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("nav.site-nav a[href='/councillors']"));
    }

    [Fact]
    public async Task Councillors_ByDefections_PutsTheMostNamedFirst()
    {
        var page = await app.GetDocumentAsync("/councillors?sort=defections");

        // Pennington: suspended, resigned, joined the Greens (3 events); Blaylock 2.
        var rows = page.QuerySelectorAll("#list tbody tr").Select(tr => (Name: tr.QuerySelector("th")!.TextContent.Trim(), Count: tr.QuerySelector("td.num")!.TextContent.Trim())).ToList();
        Assert.Equal(("David Pennington", "3"), rows[0]);
        Assert.Equal(("Tom Blaylock", "2"), rows[1]);
        Assert.Equal("by defections", page.Single(".sort-links strong").TextContent);
    }

    [Fact]
    public async Task Parties_ByName_AndByDefections_LinkEachPartyToItsPage()
    {
        var byName = await app.GetDocumentAsync("/parties");
        var byDefections = await app.GetDocumentAsync("/parties?sort=defections");

        Assert.Equal(8, RowNames(byName).Count);
        Assert.Equal("Castlebridge Independents", RowNames(byName)[0]);
        // Labour lost councillors in 10 of the fixture's events, independents in 3.
        Assert.Equal(["Labour Party", "Independent"], RowNames(byDefections).Take(2));
        var labour = byDefections.QuerySelectorAll("#list tbody tr")[0];
        Assert.Equal("10", labour.QuerySelectorAll("td.num")[0].TextContent.Trim());
        Assert.Equal("1", labour.QuerySelectorAll("td.num")[1].TextContent.Trim());
        Assert.Equal("/parties/labour", labour.QuerySelector("th a")!.GetAttribute("href"));
        Assert.NotNull(byName.QuerySelector("nav.site-nav a[href='/parties']"));
    }

    [Fact]
    public async Task Councillors_Paged_HasThePagerAndKeepsTheSort()
    {
        var page = await app.GetDocumentAsync("/councillors?sort=defections&pageSize=5&page=2");

        Assert.Equal(5, RowNames(page).Count);
        Assert.Equal("Page 2 of 3", page.Single("nav.pagination span").TextContent.Trim());
        Assert.Equal("/councillors?sort=defections&pageSize=5#list", page.Single("nav.pagination a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/councillors?sort=defections&pageSize=5&page=3#list", page.Single("nav.pagination a[rel=next]").GetAttribute("href"));
    }

    [Theory]
    [InlineData("/councillors?sort=age", "sort")]
    [InlineData("/parties?sort=colour", "sort")]
    [InlineData("/parties?page=9", "There is no page 9")]
    [InlineData("/councillors?pageSize=0", "pageSize")]
    public async Task IndexPage_BadRequest_Is400SayingWhatIsWrong(string url, string expected)
    {
        var (status, html) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, PageReader.Text(html), StringComparison.Ordinal);
    }

    public static TheoryData<string> NewAndDownloadUrls()
    {
        var urls = new TheoryData<string>
        {
            "/councillors", "/councillors?sort=defections", "/parties", "/parties?sort=defections",
            "/councils/fellside/seats.svg?when=before", "/councils/fellside/seats.svg?when=after", "/timeline.svg",
            "/timeline.svg?from=2024", "/embed/councils/fellside", "/timeline?from=2024-07-04",
            "/data", "/data/dataset.zip", "/data/popolo.json",
        };
        foreach (var table in CsvTables.All)
        {
            urls.Add($"/data/{table.Name}.csv");
        }

        return urls;
    }

    [Theory]
    [MemberData(nameof(NewAndDownloadUrls))]
    public async Task Head_OnEveryNewAddressAndDownload_Is200WithNoBody_AndTheGetsContentType(string url)
    {
        using var client = app.CreateClient();

        var get = await client.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Head, url);
        var head = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
    }
}
