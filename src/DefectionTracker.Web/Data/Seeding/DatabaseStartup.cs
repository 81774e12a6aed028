using DefectionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Data.Seeding;

/// <summary>
/// On host start, before the server listens: validates the dataset first (so that a broken file leaves the database
/// untouched), then applies the migrations and brings the data in line with the dataset.
/// </summary>
public sealed class DatabaseStartup(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    IWebHostEnvironment environment,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var seedsPath = DataPaths.ResolveSeedsPath(configuration, environment.ContentRootPath);
        logger.LogInformation("Loading the dataset from {SeedsPath}", seedsPath);
        var dataset = SeedLoader.Load(seedsPath);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DefectionsDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        var result = await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync(dataset, ct: cancellationToken);
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
