using System.Data.Common;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Infrastructure;

namespace DefectionTracker.Web.Commands;

/// <summary>
/// <c>import --from DIR</c>: validates the dataset folder with the same loader as the first start, then inserts or
/// updates its records by stable id in one transaction; records the folder does not hold are kept. A broken folder
/// changes nothing. The data version goes up and the search index is rebuilt.
/// </summary>
public sealed class ImportCommand : IAppCommand
{
    public string Name => "import";

    public string Usage => "import --from DIR    validate the dataset folder DIR, then insert or update its records by id (records not in DIR are kept)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, CancellationToken ct)
    {
        var from = Path.GetFullPath(CommandOptions.Parse(args, ["--from"])["--from"]);
        var access = services.GetRequiredService<DatabaseAccess>();
        var path = DatabaseAccess.PathOf(access.ConnectionString);
        if (DatabaseAccess.WhyReadOnly(access.ConnectionString) is { } why)
        {
            await Console.Error.WriteLineAsync($"import: the database '{path}' is read-only ({why}); nothing was imported");
            return 1;
        }

        SeedDataset dataset;
        try
        {
            DatabaseStartup.RefuseSpecialFiles(from);
            dataset = SeedLoader.Load(from, services.GetRequiredService<TimeProvider>());
        }
        catch (SeedValidationException e)
        {
            foreach (var error in e.Errors)
            {
                await Console.Error.WriteLineAsync($"import: {error}");
            }

            await Console.Error.WriteLineAsync($"import: '{from}' was not imported; the database was not changed");
            return 1;
        }
        catch (StartupFailureException e)
        {
            await Console.Error.WriteLineAsync($"import: {e.Message.Replace("Start-up stopped: ", "", StringComparison.Ordinal)}; the database was not changed");
            return 1;
        }

        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DefectionsDbContext>();
            await DatabaseStartup.MigrateAsync(db, services.GetRequiredService<StepPause>(), ct);
            var result = await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync(dataset, StepPause.Importing, ct);
            foreach (var listener in scope.ServiceProvider.GetServices<IDatasetListener>())
            {
                await listener.DatasetLoadedAsync(result.Changed, ct);
            }

            var (records, version) = await DatabaseStartup.RecordCountAsync(db, ct);
            await Console.Out.WriteLineAsync(result.Changed
                ? $"Imported '{from}' into '{path}': {result.Inserted} rows inserted, {result.Updated} updated, {result.Deleted} child rows replaced; records not in the folder were kept. The database holds {records} records, data version {version}."
                : $"Nothing to import from '{from}': the database '{path}' already holds every record as it is there ({records} records, data version {version}).");
            return 0;
        }
        catch (Exception e) when (e is DbException || e.InnerException is DbException)
        {
            // EF wraps a failed save (a full disk, a locked file) in DbUpdateException: one line, the cause, no trace.
            var cause = e as DbException ?? (DbException)e.InnerException!;
            await Console.Error.WriteLineAsync($"import: the database '{path}' could not be written: {cause.Message}; nothing was imported");
            return 1;
        }
    }
}
