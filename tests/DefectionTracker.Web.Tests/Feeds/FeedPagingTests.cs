using System.Net;
using System.Xml.Linq;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DefectionTracker.Web.Tests.Feeds;

/// <summary>
/// The Atom feed holds the latest entries (50; 4 here, so the fixture's 15 events make four pages) and links its pages
/// as RFC 5005 describes: self, first, previous and next where there is one, last.
/// </summary>
[Collection(SharedAppCollection.Name)]
public class FeedPagingTests(SharedAppFixture app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string url, int pageSize = 4)
    {
        using var factory = app.Factory.WithWebHostBuilder(b => b.UseSetting("Feeds:PageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<XElement> FeedAsync(string url, int pageSize = 4)
    {
        var (status, body) = await GetAsync(url, pageSize);
        Assert.Equal(HttpStatusCode.OK, status);
        return XDocument.Parse(body).Root!;
    }

    private static Dictionary<string, string> Links(XElement feed) => feed.Elements(Atom + "link")
        .Where(l => (string?)l.Attribute("rel") != "alternate")
        .ToDictionary(l => (string)l.Attribute("rel")!, l => (string)l.Attribute("href")!);

    private static List<string> EntryIds(XElement feed) => [.. feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value)];

    [Fact]
    public async Task FirstPage_HoldsTheLatest_AndLinksFirstNextLast()
    {
        var feed = await FeedAsync("/feeds/defections.atom");

        Assert.Equal(4, feed.Elements(Atom + "entry").Count());
        Assert.Equal(new Dictionary<string, string>
        {
            ["self"] = "http://localhost/feeds/defections.atom",
            ["first"] = "http://localhost/feeds/defections.atom",
            ["next"] = "http://localhost/feeds/defections.atom?page=2",
            ["last"] = "http://localhost/feeds/defections.atom?page=4",
        }, Links(feed));
    }

    [Fact]
    public async Task Pages_TogetherHoldEveryEntryOnce_InTheOrderOfTheWholeFeed()
    {
        var whole = EntryIds(await FeedAsync("/feeds/defections.atom", pageSize: 50));
        List<string> paged = [];
        for (var page = 1; page <= 4; page++)
        {
            paged.AddRange(EntryIds(await FeedAsync($"/feeds/defections.atom?page={page}")));
        }

        Assert.Equal(16, whole.Count);
        Assert.Equal(whole, paged);
    }

    [Fact]
    public async Task LastPage_LinksPreviousAndNoNext_KeepingTheParty()
    {
        var feed = await FeedAsync("/feeds/defections.atom?party=labour&page=2", pageSize: 6);
        var links = Links(feed);

        Assert.Equal("http://localhost/feeds/defections.atom?party=labour&page=2", links["self"]);
        Assert.Equal("http://localhost/feeds/defections.atom?party=labour", links["previous"]);
        Assert.Equal("http://localhost/feeds/defections.atom?party=labour", links["first"]);
        Assert.False(links.ContainsKey("next"));
    }

    [Theory]
    [InlineData("/feeds/defections.atom?page=5")]
    [InlineData("/feeds/defections.atom?page=0")]
    [InlineData("/feeds/defections.atom?page=abc")]
    [InlineData("/feeds/defections.atom?page=2147483647")]
    public async Task BadPage_Is400_NamingPage(string url)
    {
        var (status, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("\"page\"", body, StringComparison.Ordinal);
    }
}
