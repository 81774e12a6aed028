using System.Text.Json.Nodes;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Seeding;

public class DatabaseSeederTests
{
    private static async Task<SeedResult> SeedAsync(AppFactory factory, string folder, bool force = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DatabaseSeeder>();
        return await seeder.SeedAsync(SeedLoader.Load(folder), force);
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
    public async Task SecondStart_WithNoChange_WritesNothing()
    {
        using var factory = new AppFactory();
        _ = factory.Services;

        var again = await SeedAsync(factory, TestPaths.Fixture);
        var forcedDiff = await SeedAsync(factory, TestPaths.Fixture, force: true);

        Assert.True(again.Skipped);
        Assert.False(forcedDiff.Skipped);
        Assert.Equal((0, 0, 0), (forcedDiff.Inserted, forcedDiff.Updated, forcedDiff.Deleted));
    }

    [Fact]
    public async Task EditedDataset_IsAppliedByStableId_InsertUpdateRemove()
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

        var result = await SeedAsync(factory, seeds.Path);

        Assert.Equal((1, 1, 1), (result.Inserted, result.Updated, result.Deleted));
        await using var after = factory.CreateDbContext();
        Assert.Equal("An edited summary.", (await after.Defections.SingleAsync(d => d.Id == changedId)).Summary);
        Assert.False(await after.Quotes.AnyAsync(q => q.Id == removedQuoteId));
        Assert.Equal(quoteCount - 1, await after.Quotes.CountAsync());
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

        await SeedAsync(factory, seeds.Path);

        await using var db = factory.CreateDbContext();
        var councils = await db.DefectionCouncils.Where(c => c.DefectionId == id).ToListAsync();
        Assert.Contains(councils, c => c.SeatsChanged is null);
    }

    [Fact]
    public async Task BrokenDataset_StopsStartup_AndLeavesTheDatabaseAsItWas()
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
            Assert.ThrowsAny<Exception>(() => second.Services);
            var stopped = Assert.Single(second.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Critical);
            Assert.Contains("quotes.json: record '", stopped.Message);
            Assert.Contains("field 'defection': unknown defection 'no-such-defection'", stopped.Message);

            await using var check = new DefectionsDbContext(
                new DbContextOptionsBuilder<DefectionsDbContext>().UseSqlite($"Data Source={file}").Options);
            Assert.Equal(defections, await check.Defections.CountAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
