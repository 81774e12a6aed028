using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Commands;

/// <summary>
/// <c>export --out DIR</c>: writes the database as a dataset folder in the seeds/ format (see <see cref="DatasetExporter"/>).
/// It only reads: a read-only database exports too.
/// </summary>
public sealed class ExportCommand : IAppCommand
{
    public string Name => "export";

    public string Usage => "export --out DIR     write the database as a dataset folder in the seeds/ format (one file per kind of record)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, CancellationToken ct)
    {
        var to = Path.GetFullPath(CommandOptions.Parse(args, ["--out"])["--out"]);
        var path = CommandDatabase.OpenForReading(services);
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DefectionsDbContext>();
            if (await CommandDatabase.NotReadyAsync(db, path, ct) is { } problem)
            {
                await Console.Error.WriteLineAsync($"export: {problem}; nothing was written");
                return 1;
            }

            var counts = await scope.ServiceProvider.GetRequiredService<DatasetExporter>().ExportAsync(to, ct);
            await Console.Out.WriteLineAsync(
                $"Exported '{path}' to '{to}': {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))}.");
            return 0;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"export: '{path}' to '{to}' failed: {e.Message}");
            return 1;
        }
    }
}

/// <summary>What the reading commands share: the database opened read-only where it cannot be written, and checked first.</summary>
internal static class CommandDatabase
{
    /// <summary>Switches to a read-only connection when the file cannot be written; returns the file's path.</summary>
    public static string OpenForReading(IServiceProvider services)
    {
        var access = services.GetRequiredService<DatabaseAccess>();
        if (services.GetRequiredService<DatabaseSettings>().IsPostgres)
        {
            return DatabaseProviders.Describe(access.ConnectionString);
        }

        if (!access.IsReadOnly && DatabaseAccess.WhyReadOnly(access.ConnectionString) is { } because)
        {
            access.UseReadOnly(DatabaseAccess.ReadOnlyConnectionString(access.ConnectionString), because);
        }

        return DatabaseAccess.PathOf(access.ConnectionString);
    }

    /// <summary>Why the database cannot be read as a record (missing, unmigrated), or null.</summary>
    public static async Task<string?> NotReadyAsync(DefectionsDbContext db, string path, CancellationToken ct)
    {
        if (db.Database.IsSqlite() && !File.Exists(path))
        {
            return $"the database '{path}' does not exist";
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        return pending.Count > 0
            ? $"the database '{path}' lacks {pending.Count} migration(s); start the site once (or run import) to apply them"
            : null;
    }
}
