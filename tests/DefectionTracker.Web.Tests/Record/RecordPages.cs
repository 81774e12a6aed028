using System.Text.Json.Nodes;

namespace DefectionTracker.Web.Tests.Record;

/// <summary>What a reader gets from a database: pages, APIs, search and the feed, for comparing two databases.</summary>
public static class RecordPages
{
    public static readonly string[] Urls =
    [
        "/", "/timeline", "/councils", "/councils/fellside", "/parties/labour", "/defections", "/sources", "/grievances",
        "/search?q=labour", "/api/search?q=gaza", "/api/search?q=xylophone", "/api/defections", "/api/summary", "/api/timeline",
        "/feeds/defections.atom",
    ];

    /// <summary>Each URL's status and body, from a clean in-process start over <paramref name="connectionString"/> (or the fixture in memory).</summary>
    public static async Task<Dictionary<string, string>> ReadAsync(string? connectionString = null, string? seeds = null)
    {
        using var factory = new AppFactory(seeds, connectionString);
        using var client = factory.CreateClient();
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var url in Urls)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            pages[url] = $"{(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}";
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return pages;
    }

    public static void AssertSame(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        foreach (var url in Urls)
        {
            Assert.True(expected[url] == actual[url], $"{url} differs:\nexpected {Cut(expected[url])}\nactual   {Cut(actual[url])}");
        }
    }

    /// <summary>The fixture with one quote's text changed, so that search shows whether the change is there.</summary>
    public static TempSeeds EditedFixture()
    {
        var seeds = TestPaths.CopySeeds();
        seeds.EditJson("quotes.json", records => records[0]!["text"] = "We left over the xylophone tax.");
        return seeds;
    }

    public static int SearchTotal(IReadOnlyDictionary<string, string> pages, string url) =>
        (int)JsonNode.Parse(pages[url][(pages[url].IndexOf('\n') + 1)..])!["total"]!;

    private static string Cut(string text) => text.Length > 400 ? text[..400] + "…" : text;
}
