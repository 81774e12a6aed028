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
        var databasePath = db.Database.GetDbConnection().DataSource;
        try
        {
            RefuseSpecialFiles(seedsPath);
            await StartAsync(scope, db, seedsPath, cancellationToken);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException
            or InvalidOperationException { InnerException: Microsoft.Data.Sqlite.SqliteException }
            or DbUpdateException { InnerException: Microsoft.Data.Sqlite.SqliteException })
        {
            // One line naming the file and the cause, not a stack trace: the person starting the site can act on it.
            // A write that fails (a full disk) comes wrapped by EF; its cause is the SQLite error inside.
            var cause = (e is InvalidOperationException or DbUpdateException ? e.InnerException?.Message : null) ?? e.Message;
            throw new StartupFailureException($"Start-up stopped: the database '{databasePath}' (dataset '{seedsPath}') could not be used: {cause}", e);
        }
    }

    /// <summary>
    /// A FIFO or device among the seed files would hang start-up on its first read. Each reports a size of 0, which no
    /// valid seed file has, so an empty entry is refused before anything reads it.
    /// </summary>
    public static void RefuseSpecialFiles(string seedsPath)
    {
        if (!Directory.Exists(seedsPath))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFileSystemEntries(seedsPath, "*.json"))
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length == 0)
            {
                throw new StartupFailureException(
                    $"Start-up stopped: the dataset file '{path}' is empty or not a regular file (a FIFO or a device); it was not read.");
            }
        }
    }

    /// <summary><c>PRAGMA quick_check</c>: "ok", or the first problem SQLite found in the file's pages.</summary>
    public static async Task<string> QuickCheckAsync(DefectionsDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check(1)";
            return await command.ExecuteScalarAsync(ct) as string ?? "no answer";
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private async Task StartAsync(AsyncServiceScope scope, DefectionsDbContext db, string seedsPath, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        if (await QuickCheckAsync(db, cancellationToken) is var integrity and not "ok")
        {
            throw new StartupFailureException(
                $"Start-up stopped: the database '{db.Database.GetDbConnection().DataSource}' is damaged (PRAGMA quick_check: {integrity}); restore it or delete it to rebuild from the dataset.");
        }

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
