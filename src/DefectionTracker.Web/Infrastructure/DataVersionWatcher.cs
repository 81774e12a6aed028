using System.Data.Common;
using System.Globalization;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>
/// Several instances on one database: every <see cref="DatabaseSettings.ChangePoll"/> (500 ms on PostgreSQL) this reads
/// the database's data version and the version the shared search index was built from, one small row each. When either
/// differs from what it last saw, another instance (or this one, or the import command) changed the record, so the
/// <see cref="IDatasetListener"/>s are told (<see cref="IDatasetListener.DatasetChangedElsewhereAsync"/>): the output
/// cache is evicted and no page older than the change is served after the next poll. The instance that made a change
/// rebuilds the search index itself; the others only drop what they cached, once for the record's change and once more
/// when the rebuilt index is committed.
/// </summary>
public sealed class DataVersionWatcher(IServiceScopeFactory scopes, DatabaseSettings settings, ILogger<DataVersionWatcher> logger) : BackgroundService
{
    // Quoted identifiers read the same on SQLite and PostgreSQL. The index's state row is written by SearchIndex.
    private const string StampSql = """
        SELECT (SELECT "DataVersion" FROM "SeedStates" WHERE "Id" = 1), (SELECT data_version FROM search_index_state LIMIT 1)
        """;

    /// <summary>The versions last seen: (data, search index); null before the first read.</summary>
    public (long Data, long Index)? LastSeen { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.ChangePoll <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.ChangePoll);
        LastSeen = await ReadAsync(stoppingToken);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = await ReadAsync(stoppingToken);
                if (now is null || now == LastSeen)
                {
                    continue;
                }

                var before = LastSeen;
                LastSeen = now;
                if (before is not null)
                {
                    logger.LogInformation("The record changed in the database (data version {Before} -> {Now}, search index {IndexBefore} -> {IndexNow}); telling the listeners",
                        before.Value.Data, now.Value.Data, before.Value.Index, now.Value.Index);
                    await NotifyAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task NotifyAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var listener in scope.ServiceProvider.GetServices<IDatasetListener>())
            {
                await listener.DatasetChangedElsewhereAsync(ct);
            }
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            logger.LogWarning(e, "A listener failed after a change elsewhere; the next change tries again");
        }
    }

    private async Task<(long Data, long Index)?> ReadAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DefectionsDbContext>();
            await db.Database.OpenConnectionAsync(ct);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = StampSql;
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                return (0, 0);
            }

            static long Read(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);
            return (Read(reader, 0), Read(reader, 1));
        }
        catch (Exception e) when (e is DbException or InvalidOperationException && !ct.IsCancellationRequested)
        {
            // The index's tables are being replaced, or the server is briefly away: the next poll reads again.
            logger.LogDebug(e, "Could not read the data version; trying again at the next poll");
            return null;
        }
    }
}
