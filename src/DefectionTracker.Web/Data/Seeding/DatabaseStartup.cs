using System.Diagnostics;
using DefectionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Data.Seeding;

/// <summary>
/// On host start, before the server listens: applies the migrations, then, when the dataset differs from the one the
/// database holds, validates all of it and brings the data in line with it.
/// </summary>
public sealed class DatabaseStartup(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    IWebHostEnvironment environment,
    TimeProvider clock,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var seedsPath = DataPaths.ResolveSeedsPath(configuration, environment.ContentRootPath);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DefectionsDbContext>();
        var elapsed = Stopwatch.StartNew();
        await db.Database.MigrateAsync(cancellationToken);

        // WAL lets readers carry on while a later start writes; it is a property of the database file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        var stored = await db.SeedStates.AsNoTracking().Where(s => s.Id == 1).Select(s => s.ContentHash).SingleOrDefaultAsync(cancellationToken);
        var result = new SeedResult(true, 0, 0, 0);
        if (stored is not null && stored == SeedLoader.ComputeHash(seedsPath))
        {
            logger.LogInformation("Dataset {SeedsPath} unchanged ({Hash}); nothing to write", seedsPath, stored[..12]);
        }
        else
        {
            // Validate the whole dataset before writing anything, so that a broken file leaves the data as it was.
            var dataset = SeedLoader.Load(seedsPath, clock);
            logger.LogInformation("Dataset {SeedsPath} loaded and validated in {Elapsed} ms", seedsPath, elapsed.ElapsedMilliseconds);
            elapsed.Restart();
            result = await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync(dataset, ct: cancellationToken);
            logger.LogInformation("Database seeded in {Elapsed} ms", elapsed.ElapsedMilliseconds);
        }

        foreach (var listener in scope.ServiceProvider.GetServices<IDatasetListener>())
        {
            await listener.DatasetLoadedAsync(result.Changed, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Told after every start's seeding, e.g. to rebuild a search index when the data changed or the index is missing.</summary>
public interface IDatasetListener
{
    Task DatasetLoadedAsync(bool dataChanged, CancellationToken ct);
}
