using System.Diagnostics;
using DefectionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DefectionTracker.Web.Data.Seeding;

/// <summary>
/// On host start, before the server listens. An empty database is migrated and filled from the dataset folder (validated
/// first, written in one transaction). A database that holds records is the record: it is migrated and never brought in
/// line with the dataset folder again (<c>import</c> does that on purpose). Then the search index is rebuilt if it is not
/// stamped with the database's data version. A database that cannot be written is served read-only when nothing needs
/// writing, and refused with one line saying what would have to be written when something does.
/// </summary>
public sealed class DatabaseStartup(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    IWebHostEnvironment environment,
    DatabaseAccess access,
    StepPause pause,
    TimeProvider clock,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var seedsPath = DataPaths.ResolveSeedsPath(configuration, environment.ContentRootPath);
        var databasePath = "(unknown)";
        try
        {
            await using (var probe = scopes.CreateAsyncScope())
            {
                var database = probe.ServiceProvider.GetRequiredService<DefectionsDbContext>().Database;
                var connectionString = database.GetConnectionString() ?? "";
                if (!database.IsSqlite())
                {
                    // A database server: nothing of a file to probe; its own permissions answer at the first write.
                    databasePath = DatabaseProviders.Describe(connectionString);
                }
                else
                {
                    databasePath = DatabaseAccess.PathOf(connectionString);
                }

                if (database.IsSqlite() && !access.IsReadOnly && DatabaseAccess.WhyReadOnly(connectionString) is { } because)
                {
                    access.UseReadOnly(DatabaseAccess.ReadOnlyConnectionString(connectionString), because);
                }
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DefectionsDbContext>();
            if (access.IsReadOnly)
            {
                await ServeReadOnlyAsync(scope, db, databasePath, cancellationToken);
                return;
            }

            await StartAsync(scope, db, seedsPath, cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException
            or InvalidOperationException { InnerException: System.Data.Common.DbException }
            or DbUpdateException { InnerException: System.Data.Common.DbException })
        {
            // One line naming the file and the cause, not a stack trace: the person starting the site can act on it.
            // A write that fails (a full disk) comes wrapped by EF; its cause is the SQLite or PostgreSQL error inside.
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
        if (!db.Database.IsSqlite())
        {
            // PostgreSQL checks its pages itself (and with data checksums, on every read); connecting is the check.
            return "ok";
        }

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

    /// <summary>Applies the pending migrations; at <see cref="StepPause.Migrating"/> a test can stop it after the first.</summary>
    public static async Task MigrateAsync(DefectionsDbContext db, StepPause pause, CancellationToken ct)
    {
        if (pause.IsSetFor(StepPause.Migrating) && (await db.Database.GetPendingMigrationsAsync(ct)).FirstOrDefault() is { } first)
        {
            await db.GetService<IMigrator>().MigrateAsync(first, cancellationToken: ct);
            await pause.AtAsync(StepPause.Migrating, ct);
        }

        await db.Database.MigrateAsync(ct);

        // WAL lets readers carry on while a command writes; it is a property of the database file. (PostgreSQL's MVCC
        // gives readers the same.)
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    /// <summary>How many records of each kind the database holds, summed, and its data version.</summary>
    public static async Task<(int Records, long DataVersion)> RecordCountAsync(DefectionsDbContext db, CancellationToken ct)
    {
        var records = await db.Parties.CountAsync(ct) + await db.Councils.CountAsync(ct) + await db.Sources.CountAsync(ct)
            + await db.Grievances.CountAsync(ct) + await db.Councillors.CountAsync(ct) + await db.Compositions.CountAsync(ct)
            + await db.Defections.CountAsync(ct) + await db.Quotes.CountAsync(ct) + await db.Administrations.CountAsync(ct);
        var version = await db.SeedStates.AsNoTracking().Where(s => s.Id == 1).Select(s => (long?)s.DataVersion).SingleOrDefaultAsync(ct) ?? 0;
        return (records, version);
    }

    private async Task CheckIntegrityAsync(DefectionsDbContext db, CancellationToken ct)
    {
        if (await QuickCheckAsync(db, ct) is var integrity and not "ok")
        {
            throw new StartupFailureException(
                $"Start-up stopped: the database '{DatabaseAccess.PathOf(db.Database.GetConnectionString() ?? "")}' is damaged (PRAGMA quick_check: {integrity}); restore it or delete it to rebuild from the dataset.");
        }
    }

    private async Task StartAsync(AsyncServiceScope scope, DefectionsDbContext db, string seedsPath, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        await CheckIntegrityAsync(db, cancellationToken);
        await MigrateAsync(db, pause, cancellationToken);

        var result = new SeedResult(true, 0, 0, 0);
        if (!await db.Parties.AnyAsync(cancellationToken))
        {
            // Validate the whole dataset before writing anything, so that a broken file leaves the database empty.
            RefuseSpecialFiles(seedsPath);
            var dataset = SeedLoader.Load(seedsPath, clock);
            logger.LogInformation("Database empty: dataset {SeedsPath} loaded and validated in {Elapsed} ms", seedsPath, elapsed.ElapsedMilliseconds);
            elapsed.Restart();
            result = await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync(dataset, StepPause.Seeding, cancellationToken);
            logger.LogInformation("Database filled from the dataset in {Elapsed} ms", elapsed.ElapsedMilliseconds);
        }
        else
        {
            var (records, version) = await RecordCountAsync(db, cancellationToken);
            logger.LogInformation(
                "The database is the record: {Records} records, data version {DataVersion}; the dataset folder is not read (use the import command to add from it)",
                records, version);
        }

        foreach (var listener in scope.ServiceProvider.GetServices<IDatasetListener>())
        {
            await listener.DatasetLoadedAsync(result.Changed, cancellationToken);
        }
    }

    /// <summary>Serves a read-only file when it needs nothing written: its migrations applied, records in it, the index current.</summary>
    private async Task ServeReadOnlyAsync(AsyncServiceScope scope, DefectionsDbContext db, string databasePath, CancellationToken ct)
    {
        var needs = new List<string>();
        var wal = new FileInfo(databasePath + "-wal");
        if (wal.Exists && wal.Length > 0 && !DatabaseAccess.CanWriteFolder(Path.GetDirectoryName(Path.GetFullPath(databasePath))!))
        {
            // Opened immutable, SQLite would not read the log: what it holds would be silently missing.
            throw new StartupFailureException(
                $"Start-up stopped: the database '{databasePath}' is read-only ({access.ReadOnlyBecause}) and needs writing: its write-ahead log '{wal.FullName}' holds changes to fold in. Make the folder writable for one start.");
        }

        await CheckIntegrityAsync(db, ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            needs.Add($"{pending.Count} migration(s) to apply ({string.Join(", ", pending.Select(m => m[(m.IndexOf('_') + 1)..]))})");
        }
        else if (!await db.Parties.AnyAsync(ct))
        {
            needs.Add("the dataset to fill it (it is empty)");
        }
        else
        {
            foreach (var check in scope.ServiceProvider.GetServices<IDatasetListener>().OfType<IReadOnlyCheck>())
            {
                if (await check.NeedsWritingAsync(ct) is { } what)
                {
                    needs.Add(what);
                }
            }
        }

        if (needs.Count > 0)
        {
            throw new StartupFailureException(
                $"Start-up stopped: the database '{databasePath}' is read-only ({access.ReadOnlyBecause}) and needs writing: {string.Join("; ", needs)}. Make it writable for one start, or serve an up-to-date copy.");
        }

        var (records, version) = await RecordCountAsync(db, ct);
        logger.LogWarning(
            "Serving the database '{Path}' read-only ({Because}): {Records} records, data version {DataVersion}; nothing needed writing",
            databasePath, access.ReadOnlyBecause, records, version);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Told after every start's seeding, e.g. to rebuild a search index when the data changed or the index is missing.</summary>
public interface IDatasetListener
{
    Task DatasetLoadedAsync(bool dataChanged, CancellationToken ct);

    /// <summary>After an edit is committed: what it touched. A listener that cannot follow it in part treats it as any change.</summary>
    Task RecordsChangedAsync(DataChange change, CancellationToken ct) => DatasetLoadedAsync(true, ct);

    /// <summary>
    /// Told when the record changed in the database without this instance's doing (another instance on the same
    /// database, see <see cref="Infrastructure.DataVersionWatcher"/>). By default the same as a change made here.
    /// </summary>
    Task DatasetChangedElsewhereAsync(CancellationToken ct) => DatasetLoadedAsync(true, ct);
}

/// <summary>
/// What one edit touched, for evicting no more than it must: the councils whose composition or events changed, the
/// events whose page shows them (every event at those councils), the councillors named. <see cref="Everything"/> when
/// the change may show anywhere (a party's name, a source's title, a councillor's name).
/// </summary>
public sealed record DataChange(IReadOnlySet<string> Councils, IReadOnlySet<string> Defections, IReadOnlySet<string> Councillors)
{
    public static DataChange Everything { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>()) { IsEverything = true };

    public bool IsEverything { get; private init; }
}

/// <summary>A listener that keeps something in the database (the search index) says what it would write, for a read-only start.</summary>
public interface IReadOnlyCheck
{
    /// <summary>What would need writing (e.g. "the search index (it is missing)"), or null when it is current.</summary>
    Task<string?> NeedsWritingAsync(CancellationToken ct);
}
