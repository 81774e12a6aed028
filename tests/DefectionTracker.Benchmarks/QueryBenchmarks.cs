using BenchmarkDotNet.Attributes;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Features.Search;
using DefectionTracker.Web.Features.Shared;
using DefectionTracker.Web.Features.Timeline;
using DefectionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DefectionTracker.Benchmarks;

/// <summary>
/// The timeline and search queries over a generated dataset at national and 10x scale, in a SQLite file seeded by the
/// app's own seeder and search index. The dataset and database are kept in the temp folder between runs (the seeder
/// skips an unchanged dataset), so only the first run pays for seeding.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class QueryBenchmarks
{
    private DefectionsDbContext _db = null!;

    // The app's singleton: read once, as after the warm-up.
    private readonly SearchSnapshots _snapshots = new();

    [Params("national", "10x")]
    public string Scale { get; set; } = "national";

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var folder = BenchmarkData.Folder(Scale);

        _db = new DefectionsDbContext(new DbContextOptionsBuilder<DefectionsDbContext>()
            .UseSqlite($"Data Source={folder}.db").Options);
        await _db.Database.MigrateAsync();
        var stored = await _db.SeedStates.Where(s => s.Id == 1).Select(s => s.ContentHash).SingleOrDefaultAsync();
        if (stored != SeedLoader.ComputeHash(folder))
        {
            await new DatabaseSeeder(_db, StepPause.None, NullLogger<DatabaseSeeder>.Instance).SeedAsync(SeedLoader.Load(folder));
            await new SearchIndex(_db, StepPause.None, NullLogger<SearchIndex>.Instance).RebuildAsync(CancellationToken.None);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _db.Dispose();
        _snapshots.Dispose();
    }

    [Benchmark]
    public Task<TimelineResult> TimelineLabour() =>
        new TimelineQuery(_db, new CouncilHistoryQuery(_db, new CouncilHistoryStore()), new PartyLabelsQuery(_db), new DataMemo()).GetAsync("labour", TimelineFilter.None, CancellationToken.None);

    [Benchmark]
    public Task<SearchViewModel> SearchGaza() =>
        new SearchQuery(_db, new SearchVocabulary(_db), _snapshots).SearchAsync(new SearchRequest("gaza", null, null, null, null), CancellationToken.None);

    [Benchmark]
    public Task<SearchViewModel> SearchWinterFuelIn2024() =>
        new SearchQuery(_db, new SearchVocabulary(_db), _snapshots).SearchAsync(new SearchRequest("winter fuel", null, null, null, 2024), CancellationToken.None);
}
