using System.Net;
using System.Xml.Linq;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Feeds;

[Collection(SharedAppCollection.Name)]
public class FeedFilterTests(SharedAppFixture app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<XElement> FeedAsync(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    private static List<string> Ids(XElement feed) =>
        [.. feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value["tag:defectiontracker,2025:defection/".Length..]).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task CouncilFilter_KeepsOnlyThatCouncilsEvents_IncludingOnesAtSeveralCouncils()
    {
        var feed = await FeedAsync("/feeds/defections.atom?council=east-weald");

        Assert.Equal(["2024-06-castlebridge-six-quit-labour", "2024-11-east-weald-two-join-greens"], Ids(feed));
        Assert.Equal("tag:defectiontracker,2025:feeds/defections/council/east-weald", feed.Element(Atom + "id")!.Value);
        Assert.Contains("East Weald", feed.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        var self = feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.Equal("http://localhost/feeds/defections.atom?council=east-weald", (string?)self.Attribute("href"));
    }

    [Fact]
    public async Task GrievanceFilter_KeepsOnlyEventsCitingIt()
    {
        var feed = await FeedAsync("/feeds/defections.atom?grievance=winter-fuel-payment");

        Assert.Equal(["2024-06-castlebridge-six-quit-labour", "2025-11-marchbury-two-join-reform"], Ids(feed));
        Assert.All(feed.Elements(Atom + "entry"), e => Assert.Contains(e.Elements(Atom + "category"), c => (string?)c.Attribute("term") == "winter-fuel-payment"));
    }

    [Fact]
    public async Task Filters_Combine()
    {
        var feed = await FeedAsync("/feeds/defections.atom?council=kirkholme&party=labour&grievance=council-budget-cuts");

        Assert.Equal(["2024-02-kirkholme-pennington-suspended", "2024-09-12-kirkholme-pennington-resigns"], Ids(feed));
        var self = feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.Equal("http://localhost/feeds/defections.atom?council=kirkholme&party=labour&grievance=council-budget-cuts", (string?)self.Attribute("href"));
    }

    [Theory]
    [InlineData("/feeds/defections.atom?council=atlantis")]
    [InlineData("/feeds/defections.atom?party=no-such-party")]
    [InlineData("/feeds/defections.atom?grievance=gazza")]
    [InlineData("/feeds/defections.atom?council=kirkholme&grievance=gazza")]
    public async Task UnknownFilterValue_IsNotFound_NeverIgnored(string url)
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Entries_CarryPublishedAndUpdated_AtTheEventsDateWhenNeverCorrected()
    {
        var entries = (await FeedAsync("/feeds/defections.atom?party=labour")).Elements(Atom + "entry").ToList();

        Assert.All(entries, e =>
        {
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", e.Element(Atom + "published")!.Value);
            Assert.Equal(e.Element(Atom + "published")!.Value, e.Element(Atom + "updated")!.Value);
        });
    }

    [Theory]
    [InlineData("/councils/east-weald", "/feeds/defections.atom?council=east-weald")]
    [InlineData("/parties/labour", "/feeds/defections.atom?party=labour")]
    [InlineData("/grievances/gaza", "/feeds/defections.atom?grievance=gaza")]
    public async Task Page_LinksItsFeed_InTheHeadAndOnThePage(string page, string feed)
    {
        var document = await app.GetDocumentAsync(page);

        Assert.Contains(document.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']"), l => l.GetAttribute("href") == feed);
        Assert.Contains(document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == feed);
        Assert.Equal(HttpStatusCode.OK, (await app.GetPageAsync(feed)).Status);
    }

    [Fact]
    public async Task Feed_AnsweredWithAnETag_IsNotModifiedWhenAskedAgain()
    {
        using var client = app.CreateClient();
        var first = await client.GetAsync("/feeds/defections.atom?council=kirkholme");
        Assert.NotNull(first.Headers.ETag);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/feeds/defections.atom?council=kirkholme");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }
}
