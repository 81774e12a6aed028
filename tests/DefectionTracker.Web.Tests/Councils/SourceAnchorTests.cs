using System.Net;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Councils;

/// <summary>Every fact names its source: each inline source link must land on an entry in the page's source list.</summary>
[Collection(SharedAppCollection.Name)]
public partial class SourceAnchorTests(SharedAppFixture app)
{
    [Theory]
    [InlineData("/councils/fellside")]
    [InlineData("/councils/brackenholt")]
    [InlineData("/councils/kirkholme")]
    [InlineData("/councils/marchbury")]
    [InlineData("/councils/castlebridge")]
    [InlineData("/councils/east-weald")]
    [InlineData("/councils/castlebridge-town")]
    [InlineData("/defections/2024-06-castlebridge-six-quit-labour")]
    [InlineData("/defections/2025-02-10-brackenholt-five-quit-labour")]
    [InlineData("/defections/2024-09-12-kirkholme-pennington-resigns")]
    [InlineData("/defections/bramwell-unverified")]
    [InlineData("/councillors/david-pennington")]
    [InlineData("/councillors/mark-ellery")]
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
