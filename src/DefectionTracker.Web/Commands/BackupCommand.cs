using DefectionTracker.Web.Data;
using DefectionTracker.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Commands;

/// <summary>
/// <c>backup --out FILE</c>: SQLite's online backup of the database into a new file, consistent while the site runs
/// (the copy is one read transaction). The copy is a single file (no write-ahead log), checked with
/// <c>PRAGMA quick_check</c>. Restoring is: stop the site, copy the file over the database (removing its -wal and -shm
/// files), start. On PostgreSQL it writes nothing and says to use <c>pg_dump</c>.
/// </summary>
public sealed class BackupCommand : IAppCommand
{
    public string Name => "backup";

    public string Usage => "backup --out FILE    copy the database, consistently while the site runs, into the new file FILE";

    public async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, CancellationToken ct)
    {
        var to = Path.GetFullPath(CommandOptions.Parse(args, ["--out"])["--out"]);
        if (services.GetRequiredService<DatabaseSettings>().IsPostgres)
        {
            // A server database is backed up with the server's own tool, which is consistent while the site runs.
            var where = DatabaseProviders.Describe(services.GetRequiredService<DatabaseAccess>().ConnectionString);
            await Console.Error.WriteLineAsync(
                $"backup: the database is PostgreSQL ({where}); back it up with pg_dump, e.g. 'pg_dump --format=custom --file={to} " +
                "\"host=... dbname=... user=...\"', and restore with pg_restore into an empty database. Nothing was written.");
            return 1;
        }

        var path = CommandDatabase.OpenForReading(services);
        if (File.Exists(to))
        {
            await Console.Error.WriteLineAsync($"backup: '{to}' already exists; a backup never overwrites a file, choose a new name");
            return 1;
        }

        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DefectionsDbContext>();
            if (await CommandDatabase.NotReadyAsync(db, path, ct) is { } problem)
            {
                await Console.Error.WriteLineAsync($"backup: {problem}; nothing was written");
                return 1;
            }

            var source = (SqliteConnection)db.Database.GetDbConnection();
            await source.OpenAsync(ct);
            await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = to, Pooling = false }.ToString()))
            {
                await target.OpenAsync(ct);
                source.BackupDatabase(target);
                await using var single = target.CreateCommand();
                single.CommandText = "PRAGMA journal_mode=DELETE;";
                await single.ExecuteNonQueryAsync(ct);
            }

            await source.CloseAsync();
            await using var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = to, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
            await check.OpenAsync(ct);
            await using var quick = check.CreateCommand();
            quick.CommandText = "PRAGMA quick_check(1)";
            if (await quick.ExecuteScalarAsync(ct) as string is not "ok" and var answer)
            {
                await Console.Error.WriteLineAsync($"backup: the copy '{to}' failed its check (PRAGMA quick_check: {answer}); do not rely on it");
                return 1;
            }

            await using var versionCommand = check.CreateCommand();
            versionCommand.CommandText = "SELECT DataVersion FROM SeedStates WHERE Id = 1";
            var version = await versionCommand.ExecuteScalarAsync(ct) ?? 0;
            await Console.Out.WriteLineAsync(
                $"Backed up '{path}' to '{to}' ({new FileInfo(to).Length} bytes, data version {version}). To restore: stop the site, copy it over the database, delete the database's -wal and -shm files, start.");
            return 0;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"backup: '{path}' to '{to}' failed: {e.Message}");
            return 1;
        }
    }
}
