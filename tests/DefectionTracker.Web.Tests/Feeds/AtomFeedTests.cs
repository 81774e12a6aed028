using System.Net;
using System.Xml.Linq;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Feeds;

[Collection(SharedAppCollection.Name)]
public class AtomFeedTests(SharedAppFixture app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<XDocument> GetFeedAsync(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static DateTimeOffset Updated(XElement element) =>
        DateTimeOffset.Parse(element.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task AllDefections_IsValidAtom_WithEveryRequiredElement()
    {
        var feed = (await GetFeedAsync("/feeds/defections.atom")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("tag:defectiontracker,2025:feeds/defections", feed.Element(Atom + "id")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")!.Value));
        Assert.Equal("DefectionTracker", feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        var self = feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.Equal("http://localhost/feeds/defections.atom", (string?)self.Attribute("href"));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", feed.Element(Atom + "updated")!.Value);

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(16, entries.Count); // the fixture's 16 events
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        foreach (var entry in entries)
        {
            var id = entry.Element(Atom + "id")!.Value;
            Assert.StartsWith("tag:defectiontracker,2025:defection/", id, StringComparison.Ordinal);
            var defectionId = id["tag:defectiontracker,2025:defection/".Length..];
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")!.Value));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "summary")!.Value));
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", entry.Element(Atom + "updated")!.Value);
            var link = Assert.Single(entry.Elements(Atom + "link"));
            Assert.Equal("alternate", (string?)link.Attribute("rel"));
            Assert.Equal($"http://localhost/defections/{defectionId}", (string?)link.Attribute("href"));
        }

        Assert.Equal(entries.Max(Updated), Updated(feed));
    }

    [Fact]
    public async Task AllDefections_NewestFirst_UndatedLast_WithTheFixedTimestamp()
    {
        var entries = (await GetFeedAsync("/feeds/defections.atom")).Root!.Elements(Atom + "entry").ToList();

        var ids = entries.Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal("tag:defectiontracker,2025:defection/2025-11-marchbury-two-join-reform", ids[0]);
        Assert.Equal("tag:defectiontracker,2025:defection/2025-06-kirkholme-several-quit-labour", ids[1]);
        Assert.Equal("tag:defectiontracker,2025:defection/bramwell-unverified", ids[^1]);
        Assert.Equal("1970-01-01T00:00:00Z", entries[^1].Element(Atom + "updated")!.Value);
        var dated = entries.Take(entries.Count - 1).Select(Updated).ToList();
        Assert.Equal(dated.OrderDescending(), dated);
    }

    [Fact]
    public async Task Entry_TitleAndUpdated_KeepTheDateAtItsPrecision()
    {
        var entries = (await GetFeedAsync("/feeds/defections.atom?party=labour")).Root!.Elements(Atom + "entry").ToList();

        var castlebridge = entries.Single(e => e.Element(Atom + "id")!.Value.EndsWith("/2024-06-castlebridge-six-quit-labour", StringComparison.Ordinal));
        Assert.StartsWith("June 2024: 6 councillors left Labour to form Castlebridge Independents", castlebridge.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal("2024-06-01T00:00:00Z", castlebridge.Element(Atom + "updated")!.Value);
        Assert.Contains(castlebridge.Elements(Atom + "category"), c => (string?)c.Attribute("term") == "winter-fuel-payment");
    }

    [Fact]
    public async Task PartyFeed_HoldsOnlyThatPartysLosses()
    {
        var feed = (await GetFeedAsync("/feeds/defections.atom?party=labour")).Root!;

        Assert.Equal("tag:defectiontracker,2025:feeds/defections/party/labour", feed.Element(Atom + "id")!.Value);
        Assert.Contains("Labour Party", feed.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        var self = feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.Equal("http://localhost/feeds/defections.atom?party=labour", (string?)self.Attribute("href"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(10, entries.Count); // the fixture's 10 Labour events, the unverified report included
        Assert.DoesNotContain(entries, e => e.Element(Atom + "id")!.Value.EndsWith("quddoos-joins-green", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PartyFeed_UnknownParty_Is404()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/feeds/defections.atom?party=no-such-party");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
