using System.Text.Json;
using System.Xml.Linq;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Consistency;

/// <summary>
/// Newest first is one rule: the HTML list, the JSON list, the Atom feed and the home page's latest events put the
/// events in the same order, including the fixture's same-month pair (1 May 2024, a day; May 2024, a month).
/// </summary>
[Collection(SharedAppCollection.Name)]
public class DefectionOrderAgreesTests(SharedAppFixture app)
{
    private const string Day = "2024-05-01-marchbury-holt-leaves-labour";
    private const string Month = "2024-05-marchbury-lib-dems-form-group";

    private async Task<List<string>> HtmlListAsync() =>
        [.. (await app.GetDocumentAsync("/defections?pageSize=100")).QuerySelectorAll("h2[id^='row-'] > a[href^='/defections/']")
            .Select(a => a.GetAttribute("href")!["/defections/".Length..])];

    private async Task<List<string>> ApiListAsync()
    {
        using var client = app.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/defections?pageSize=500"));
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }

    private async Task<List<string>> FeedAsync()
    {
        using var client = app.CreateClient();
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await client.GetStringAsync("/feeds/defections.atom"));
        return [.. feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value.Split('/')[^1])];
    }

    [Fact]
    public async Task HtmlList_AndAtomFeed_ListTheEventsInTheSameOrder_WithTheSameMonthPairInIt()
    {
        var html = await HtmlListAsync();

        Assert.Equal(16, html.Count);
        Assert.Contains(Day, html);
        Assert.Contains(Month, html);
        Assert.Equal(html, await FeedAsync());
    }

    [Fact]
    public async Task HtmlList_AndJsonList_ListTheEventsInTheSameOrder()
    {
        var html = await HtmlListAsync();
        var api = await ApiListAsync();

        Assert.Equal(16, api.Count);
        Assert.Equal(html, api);
    }
}
