using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>
/// /health is unhealthy when the database file has damaged pages (<c>PRAGMA quick_check</c>), not only when it cannot be
/// opened: a corrupt file used to answer "Healthy" while the pages answered 500. The check reads the whole file, so its
/// answer is kept for a minute: a monitor polling /health (or anyone else) cannot make it the site's main work.
/// </summary>
public sealed class DatabaseIntegrityCheck(IServiceScopeFactory scopes, TimeProvider clock, DatabaseAccess? access = null) : IHealthCheck, IDisposable
{
    /// <summary>What /health adds after "Healthy" when the site serves a read-only database.</summary>
    public const string ReadOnly = "serving a read-only database";

    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _one = new(1, 1);
    private (DateTimeOffset At, HealthCheckResult Result)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            // Connecting and the integrity check run here, one after the other: two checks on one connection at once
            // collide in SQLite ("unable to delete/modify user-function due to active statements").
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DefectionsDbContext>();
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("the database cannot be opened");
            }

            if (_last is { } last && clock.GetUtcNow() - last.At < KeepFor)
            {
                return last.Result;
            }

            HealthCheckResult result;
            try
            {
                var answer = await DatabaseStartup.QuickCheckAsync(db, cancellationToken);
                result = answer != "ok" ? HealthCheckResult.Unhealthy($"PRAGMA quick_check: {answer}")
                    : access?.ReadOnlyBecause is { } because ? HealthCheckResult.Healthy($"{ReadOnly} ({because})")
                    : HealthCheckResult.Healthy();
            }
            catch (System.Data.Common.DbException e)
            {
                result = HealthCheckResult.Unhealthy($"PRAGMA quick_check failed: {e.Message}");
            }

            _last = (clock.GetUtcNow(), result);
            return result;
        }
        finally
        {
            _one.Release();
        }
    }

    public void Dispose() => _one.Dispose();
}
