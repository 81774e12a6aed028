using System.Net;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Councils;

/// <summary>Every fact names its source: each inline source link must land on an entry in the page's source list.</summary>
[Collection(SharedAppCollection.Name)]
public partial class SourceAnchorTests(SharedAppFixture app)
{
    [Theory]
    [InlineData("/councils/broxtowe")]
    [InlineData("/councils/nottingham")]
    [InlineData("/councils/burnley")]
    [InlineData("/councils/pendle")]
    [InlineData("/councils/bolsover")]
    [InlineData("/councils/nelson-town")]
    [InlineData("/defections/2025-01-02-broxtowe-twenty-quit-labour")]
    [InlineData("/defections/2024-04-pendle-nelson-brierfield-twenty")]
    [InlineData("/defections/2025-10-30-nottingham-peoples-alliance-formed")]
    [InlineData("/defections/humberstone-unverified")]
    [InlineData("/councillors/milan-radulovic")]
    [InlineData("/councillors/aj-matsiko")]
    public async Task EverySourceLink_LandsOnAnEntryInThePagesSourceList_AndEachEntryIsListedOnce(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var targets = SourceLinks().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        var entries = SourceEntries().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.Contains(t, entries));
        Assert.Equal(entries.Count, entries.Distinct().Count());
    }

    [GeneratedRegex("href=\"#source-([a-z0-9-]+)\"")]
    private static partial Regex SourceLinks();

    [GeneratedRegex("<li id=\"source-([a-z0-9-]+)\">")]
    private static partial Regex SourceEntries();
}
