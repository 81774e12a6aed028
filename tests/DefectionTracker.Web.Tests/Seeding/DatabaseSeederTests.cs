using System.Text.Json.Nodes;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Infrastructure;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Seeding;

public class DatabaseSeederTests
{
    private static async Task<SeedResult> ImportAsync(AppFactory factory, string folder)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DatabaseSeeder>();
        return await seeder.SeedAsync(SeedLoader.Load(folder), StepPause.Importing, CancellationToken.None);
    }

    private static async Task<long> DataVersionAsync(AppFactory factory)
    {
        await using var db = factory.CreateDbContext();
        return await db.SeedStates.Select(s => s.DataVersion).SingleAsync();
    }

    [Fact]
    public async Task Migrations_ApplyToAnEmptyDatabase_AllOfThem()
    {
        using var factory = new AppFactory();
        _ = factory.Services; // starts the app: migrate and seed

        await using var db = factory.CreateDbContext();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.True(await db.Defections.AnyAsync());
    }

    [Fact]
    public async Task Import_OfTheDatasetTheDatabaseHolds_WritesNothing_AndKeepsTheDataVersion()
    {
        using var factory = new AppFactory();
        _ = factory.Services;
        Assert.Equal(1, await DataVersionAsync(factory));

        var again = await ImportAsync(factory, TestPaths.Fixture);

        Assert.True(again.Skipped);
        Assert.Equal((0, 0, 0), (again.Inserted, again.Updated, again.Deleted));
        Assert.Equal(1, await DataVersionAsync(factory));
    }

    [Fact]
    public async Task Import_OfAnEditedDataset_InsertsAndUpdatesByStableId_KeepsWhatItDoesNotHold_AndBumpsTheVersion()
    {
        using var seeds = TestPaths.CopySeeds();
        using var factory = new AppFactory(seeds.Path);
        _ = factory.Services;
        await using var before = factory.CreateDbContext();
        var defectionCount = await before.Defections.CountAsync();
        var quoteCount = await before.Quotes.CountAsync();

        string changedId = "", removedQuoteId = "";
        seeds.EditJson("defections.json", records =>
        {
            changedId = (string)records[0]!["id"]!;
            records[0]!["summary"] = "An edited summary.";
        });
        seeds.EditJson("quotes.json", records =>
        {
            removedQuoteId = (string)records[^1]!["id"]!;
            records.RemoveAt(records.Count - 1);
        });
        seeds.EditJson("sources.json", records => records.Add(new JsonObject
        {
            ["id"] = "test-added-source",
            ["publisher"] = "Test Gazette",
            ["title"] = "A test headline",
            ["headlineInferred"] = false,
            ["readVia"] = "original",
            ["originalUrl"] = "https://example.org/test",
            ["mirrorUrl"] = null,
            ["published"] = new JsonObject { ["date"] = "2025-02", ["precision"] = "month" },
            ["seedArticle"] = null,
            ["notes"] = null,
        }));

        var result = await ImportAsync(factory, seeds.Path);

        Assert.Equal((1, 1, 0), (result.Inserted, result.Updated, result.Deleted));
        Assert.Equal(2, await DataVersionAsync(factory));
        await using var after = factory.CreateDbContext();
        Assert.Equal("An edited summary.", (await after.Defections.SingleAsync(d => d.Id == changedId)).Summary);

        // The database is the record: a quote the folder no longer holds is kept, not removed.
        Assert.True(await after.Quotes.AnyAsync(q => q.Id == removedQuoteId));
        Assert.Equal(quoteCount, await after.Quotes.CountAsync());
        Assert.Equal(defectionCount, await after.Defections.CountAsync());
        Assert.Equal("Test Gazette", (await after.Sources.SingleAsync(s => s.Id == "test-added-source")).Publisher);
    }

    [Fact]
    public async Task ChildRows_ChangedInTheDataset_AreReplaced()
    {
        using var seeds = TestPaths.CopySeeds();
        using var factory = new AppFactory(seeds.Path);
        _ = factory.Services;
        string id = "";
        seeds.EditJson("defections.json", records =>
        {
            var record = records.First(r => r!["councils"]!.AsArray().Count > 0)!;
            id = (string)record["id"]!;
            record["councils"]![0]!["seatsChanged"] = null;
        });

        await ImportAsync(factory, seeds.Path);

        await using var db = factory.CreateDbContext();
        var councils = await db.DefectionCouncils.Where(c => c.DefectionId == id).ToListAsync();
        Assert.Contains(councils, c => c.SeatsChanged is null);
    }

    [Fact]
    public async Task BrokenDataset_StopsTheFirstStart_AndLeavesTheDatabaseEmpty()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("quotes.json", records => records[0]!["defection"] = "no-such-defection");
        var connection = $"Data Source=seeder-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";

        using var first = new AppFactory(seeds.Path, connection);
        Assert.ThrowsAny<Exception>(() => first.Services);

        var stopped = Assert.Single(first.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Critical);
        Assert.Contains("quotes.json: record '", stopped.Message);
        Assert.Contains("field 'defection': unknown defection 'no-such-defection'", stopped.Message);
        await using var check = first.CreateDbContext();
        Assert.False(await check.Parties.AnyAsync());
    }

    [Fact]
    public async Task LaterStart_WithAnEditedOrBrokenDatasetFolder_DoesNotReadIt_TheDatabaseIsTheRecord()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dt-{Guid.NewGuid():N}.db");
        try
        {
            int defections;
            using (var first = new AppFactory(connectionString: $"Data Source={file}"))
            {
                _ = first.Services;
                await using var db = first.CreateDbContext();
                defections = await db.Defections.CountAsync();
            }

            using var seeds = TestPaths.CopySeeds();
            seeds.EditJson("defections.json", records => records.Clear());
            seeds.EditJson("quotes.json", records => records[0]!["defection"] = "no-such-defection");

            using var second = new AppFactory(seeds.Path, $"Data Source={file}");
            _ = second.Services;

            var line = Assert.Single(second.Logs.Entries, e => e.Message.StartsWith("The database is the record", StringComparison.Ordinal));
            Assert.Contains("data version 1", line.Message, StringComparison.Ordinal);
            await using var check = second.CreateDbContext();
            Assert.Equal(defections, await check.Defections.CountAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
