using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Features.Search;
using DefectionTracker.Web.Infrastructure;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Search;

/// <summary>The index is kept in step with the data: stamped with the data version, rebuilt when a write changes it, and on start when missing or stale.</summary>
public class SearchIndexTests
{
    private static string SharedMemory() => $"Data Source=search-index-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";

    private static bool Rebuilt(AppFactory factory) =>
        factory.Logs.Entries.Any(e => e.Category == typeof(SearchIndex).FullName && e.Message.StartsWith("Search index rebuilt", StringComparison.Ordinal));

    private static async Task<int> TotalAsync(AppFactory factory, string q)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task FirstStart_BuildsTheIndex_WithARowPerRecord()
    {
        using var factory = new AppFactory();
        _ = factory.Services;

        Assert.True(Rebuilt(factory));
        await using var db = factory.CreateDbContext();
        var expected = await db.Quotes.CountAsync() + await db.Defections.CountAsync() + await db.Councillors.CountAsync()
            + await db.Councils.CountAsync() + await db.Parties.CountAsync() + await db.Grievances.CountAsync() + await db.Sources.CountAsync();
        var indexed = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM search_index").SingleAsync();
        Assert.Equal(expected, indexed);
        var kinds = await db.Database.SqlQueryRaw<string>("SELECT DISTINCT kind AS Value FROM search_index").ToListAsync();
        Assert.Equal(["council", "councillor", "defection", "grievance", "party", "quote", "source"], kinds.Order());
    }

    [Fact]
    public async Task SecondStart_WithNoChange_LeavesTheIndexAlone()
    {
        var connection = SharedMemory();
        using var first = new AppFactory(connectionString: connection);
        _ = first.Services;

        using var second = new AppFactory(connectionString: connection);
        _ = second.Services;

        Assert.True(Rebuilt(first));
        Assert.False(Rebuilt(second));
        Assert.True(await TotalAsync(second, "gaza") > 0);
    }

    [Theory]
    [InlineData("DROP TABLE search_index", "it is missing")]
    [InlineData("DELETE FROM search_index", "it is empty")]
    [InlineData("UPDATE search_index_state SET schema_version = 0", "its layout is version 0")]
    public async Task Start_WhenTheIndexIsMissingEmptyOrOld_RebuildsIt(string damage, string reason)
    {
        var connection = SharedMemory();
        using var first = new AppFactory(connectionString: connection);
        _ = first.Services;
        await using (var db = first.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync(damage);
        }

        using var second = new AppFactory(connectionString: connection);
        _ = second.Services;

        Assert.Contains(second.Logs.Entries, e => e.Message.Contains(reason, StringComparison.Ordinal));
        Assert.True(Rebuilt(second));
        Assert.True(await TotalAsync(second, "gaza") > 0);
    }

    [Fact]
    public async Task ChangedDatasetFolder_IsNotReadOnRestart_TheDatabaseIsTheRecord()
    {
        var connection = SharedMemory();
        using var seeds = TestPaths.CopySeeds();
        using var first = new AppFactory(seeds.Path, connection);
        Assert.Equal(0, await TotalAsync(first, "xylophone"));

        seeds.EditJson("quotes.json", records => records[0]!["text"] = "We left over the xylophone tax.");
        using var second = new AppFactory(seeds.Path, connection);
        _ = second.Services;

        Assert.False(Rebuilt(second));
        Assert.Contains(second.Logs.Entries, e => e.Message.StartsWith("The database is the record", StringComparison.Ordinal));
        Assert.Equal(0, await TotalAsync(second, "xylophone"));
    }

    [Fact]
    public async Task Import_OfAChangedDataset_BumpsTheDataVersion_AndTheIndexFollowsIt()
    {
        var connection = SharedMemory();
        using var seeds = TestPaths.CopySeeds();
        using var first = new AppFactory(seeds.Path, connection);
        Assert.Equal(0, await TotalAsync(first, "xylophone"));
        var snapshots = first.Services.GetRequiredService<SearchSnapshots>();
        var before = snapshots.Latest!.Stamp;
        seeds.EditJson("quotes.json", records => records[0]!["text"] = "We left over the xylophone tax.");

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>()
                .SeedAsync(SeedLoader.Load(seeds.Path), StepPause.Importing, CancellationToken.None);
            Assert.Equal(2, result.DataVersion);
            var index = scope.ServiceProvider.GetServices<IDatasetListener>().OfType<SearchIndex>().Single();
            Assert.Equal("it was built from data version 1, the database holds version 2", await index.StateAsync(CancellationToken.None));
            await index.DatasetLoadedAsync(result.Changed, CancellationToken.None);
            Assert.Null(await index.StateAsync(CancellationToken.None));
        }

        Assert.Equal(1, await TotalAsync(first, "xylophone"));

        // The search read the rebuilt index's snapshot, not the one it kept from the first build.
        Assert.NotEqual(before, snapshots.Latest!.Stamp);
        Assert.StartsWith("2:", snapshots.Latest.Stamp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("council")]
    [InlineData("labour")]
    [InlineData("group")]
    public async Task FacetCounts_AreThoseOfTheMatches_CountedInTheIndexItself(string word)
    {
        using var factory = new AppFactory();
        using var client = factory.CreateClient();
        var body = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/search?q=" + word, UriKind.Relative))).RootElement;

        // The words name no grievance, so the matches are the text matches alone (the last word also as a prefix).
        await using var db = factory.CreateDbContext();
        var expected = await db.Database.SqlQueryRaw<FacetCount>(
                "SELECT f.facet AS Facet, f.value AS Value, count(*) AS Count FROM search_facet f WHERE f.doc IN " +
                "(SELECT rowid FROM search_index WHERE search_index MATCH {0}) GROUP BY f.facet, f.value", $"{word}*")
            .ToListAsync();
        var total = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM search_index WHERE search_index MATCH {0}", $"{word}*").SingleAsync();

        Assert.True(total > 0);
        Assert.Equal(total, body.GetProperty("total").GetInt32());
        var listed = 0;
        foreach (var facet in body.GetProperty("facets").EnumerateObject())
        {
            foreach (var value in facet.Value.EnumerateArray())
            {
                var row = expected.Single(e => e.Facet == facet.Name && e.Value == value.GetProperty("value").GetString());
                Assert.Equal(row.Count, value.GetProperty("count").GetInt32());
                listed++;
            }
        }

        Assert.True(listed > 0);
    }

    private sealed record FacetCount(string Facet, string Value, int Count);

    [Fact]
    public async Task Rebuild_StripsTheHighlightMarkers_FromStoredText()
    {
        var connection = SharedMemory();
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("quotes.json", records => records[0]!["text"] = "A \u0002planted\u0003 marker and a <b>tag</b>.");
        using var factory = new AppFactory(seeds.Path, connection);

        using var client = factory.CreateClient();
        var body = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/search?q=planted", UriKind.Relative)))!;
        var snippet = (string)body["results"]![0]!["snippet"]!;

        Assert.Equal("A <mark>planted</mark> marker and a &lt;b&gt;tag&lt;/b&gt;.", snippet);
    }

    [Fact]
    public void Schema_UsesPorterStemming_AndKeepsTheIndexOutOfTheEfModel()
    {
        using var factory = new AppFactory();
        _ = factory.Services;
        using var db = factory.CreateDbContext();

        var sql = db.Database.SqlQueryRaw<string>("SELECT sql AS Value FROM sqlite_master WHERE name = 'search_index'").Single();
        Assert.Contains("tokenize = 'porter unicode61", sql, StringComparison.Ordinal);
        Assert.DoesNotContain(db.Model.GetEntityTypes(), t => t.GetTableName()?.StartsWith("search_", StringComparison.Ordinal) == true);
        Assert.IsType<SqliteConnection>(db.Database.GetDbConnection());
    }
}
