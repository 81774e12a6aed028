using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>
/// Each council's <see cref="CouncilHistory"/>: composition before and now, each event's before and after, and where
/// later snapshots disagree with the events. Built from the council's snapshots and dated seat changes once per change
/// of the data, and kept in <see cref="CouncilHistoryStore"/> until the data changes again.
/// </summary>
public sealed class CouncilHistoryQuery(DefectionsDbContext db, CouncilHistoryStore store)
{
    /// <summary>Histories for the given councils (those that exist), or for every council when <paramref name="councilSlugs"/> is null.</summary>
    public async Task<IReadOnlyDictionary<string, CouncilHistory>> LoadAsync(IReadOnlyCollection<string>? councilSlugs, CancellationToken ct)
    {
        var generation = store.Generation;
        if (councilSlugs is null)
        {
            if (store.All is { } all)
            {
                return all;
            }

            // After an edit only the councils it touched are missing: the rest are kept.
            var slugs = await db.Councils.AsNoTracking().Select(c => c.Slug).ToListAsync(ct);
            var unbuilt = slugs.Where(s => store.Find(s) is null).ToList();
            var every = unbuilt.Count == slugs.Count ? await BuildAsync(null, ct) : await BuildAsync(unbuilt, ct);
            foreach (var slug in slugs.Except(unbuilt))
            {
                if (store.Find(slug) is { } kept)
                {
                    every[slug] = kept;
                }
            }

            store.Add(generation, every, complete: every.Count == slugs.Count);
            return every;
        }

        var found = new Dictionary<string, CouncilHistory>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var slug in councilSlugs.Distinct(StringComparer.Ordinal))
        {
            if (store.Find(slug) is { } history)
            {
                found[slug] = history;
            }
            else
            {
                missing.Add(slug);
            }
        }

        if (missing.Count > 0)
        {
            var built = await BuildAsync(missing, ct);
            store.Add(generation, built, complete: false);
            foreach (var (slug, history) in built)
            {
                found[slug] = history;
            }
        }

        return found;
    }

    private async Task<Dictionary<string, CouncilHistory>> BuildAsync(IReadOnlyCollection<string>? councilSlugs, CancellationToken ct)
    {
        var councils = await db.Councils.AsNoTracking()
            .Where(c => councilSlugs == null || councilSlugs.Contains(c.Slug))
            .Select(c => new { c.Slug, c.TotalSeats })
            .ToListAsync(ct);
        var slugs = councils.Select(c => c.Slug).ToList();

        var snapshots = await db.Compositions.AsNoTracking()
            .Where(c => slugs.Contains(c.CouncilSlug))
            .Select(c => new
            {
                c.CouncilSlug,
                c.Id,
                c.AsOf,
                c.After,
                c.Kind,
                c.SourceId,
                Seats = c.Seats.Select(s => new { s.PartySlug, s.Seats }).ToList(),
            })
            .ToListAsync(ct);
        var changes = await db.DefectionCouncils.AsNoTracking()
            .Where(dc => slugs.Contains(dc.CouncilSlug))
            .Join(db.Defections, dc => dc.DefectionId, d => d.Id, (dc, d) => new
            {
                dc.CouncilSlug,
                dc.DefectionId,
                d.OrderDate,
                d.Sequence,
                d.After,
                d.FromPartySlug,
                d.ToPartySlug,
                dc.SeatsChanged,
            })
            .ToListAsync(ct);

        var snapshotsByCouncil = snapshots.ToLookup(s => s.CouncilSlug);
        var changesByCouncil = changes.ToLookup(c => c.CouncilSlug);
        // The replay is C#: at 10x scale it runs long, so it stops between councils once the request is given up.
        return councils.ToDictionary(
            c => c.Slug,
            c => ct.IsCancellationRequested ? throw new OperationCanceledException(ct) : CouncilHistory.Build(
                c.TotalSeats,
                snapshotsByCouncil[c.Slug].Select(s => new CompositionSnapshot(
                    s.Id, s.AsOf, s.Kind, s.SourceId, s.Seats.ToDictionary(x => x.PartySlug, x => x.Seats), s.After)),
                changesByCouncil[c.Slug].Select(x => new SeatChange(x.DefectionId, x.OrderDate, x.FromPartySlug, x.ToPartySlug, x.SeatsChanged, x.Sequence, x.After))),
            StringComparer.Ordinal);
    }
}

/// <summary>
/// The histories built since the data last changed, shared by every request (a singleton). A change of the data clears
/// it (<see cref="SharedValuesInvalidation"/>); a history built from data read before a change is not kept, because
/// the generation it was read at is no longer current.
/// </summary>
public sealed class CouncilHistoryStore : IDisposable
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _cleared = new(0, 1);
    private Dictionary<string, CouncilHistory> _byCouncil = new(StringComparer.Ordinal);
    private bool _complete;
    private long _generation;

    /// <summary>Read before loading; pass to <see cref="Add"/>.</summary>
    public long Generation
    {
        get
        {
            lock (_lock)
            {
                return _generation;
            }
        }
    }

    /// <summary>Every council's history, when it has been built since the last change; otherwise null.</summary>
    public IReadOnlyDictionary<string, CouncilHistory>? All
    {
        get
        {
            lock (_lock)
            {
                return _complete ? _byCouncil : null;
            }
        }
    }

    public CouncilHistory? Find(string slug)
    {
        lock (_lock)
        {
            return _byCouncil.GetValueOrDefault(slug);
        }
    }

    /// <summary>Keeps histories built from data read at <paramref name="generation"/>, unless the data has changed since.</summary>
    public void Add(long generation, IReadOnlyDictionary<string, CouncilHistory> built, bool complete)
    {
        lock (_lock)
        {
            if (generation != _generation)
            {
                return;
            }

            // Copied, not changed in place: a caller may be reading the dictionary it was given.
            var next = new Dictionary<string, CouncilHistory>(_byCouncil, StringComparer.Ordinal);
            foreach (var (slug, history) in built)
            {
                next[slug] = history;
            }

            _byCouncil = next;
            _complete |= complete;
        }
    }

    /// <summary>
    /// The data changed: the histories of <paramref name="councils"/> (every council when null) are dropped, and
    /// nothing being built from data read before now is kept.
    /// </summary>
    public void Clear(IReadOnlySet<string>? councils = null)
    {
        lock (_lock)
        {
            _generation++;
            _byCouncil = councils is null
                ? new Dictionary<string, CouncilHistory>(StringComparer.Ordinal)
                : _byCouncil.Where(h => !councils.Contains(h.Key)).ToDictionary(h => h.Key, h => h.Value, StringComparer.Ordinal);
            _complete = false;
            if (_cleared.CurrentCount == 0)
            {
                _cleared.Release();
            }
        }
    }

    public void Dispose() => _cleared.Dispose();

    /// <summary>Completes at the next <see cref="Clear"/> (or at once if one happened since the last wait).</summary>
    public Task WaitForClearAsync(CancellationToken ct) => _cleared.WaitAsync(ct);
}

/// <summary>
/// Clears what is shared between requests when the data changes (a start that changed it, an import, an edit, another
/// instance's edit): the council histories that the change touched (every one when it may show anywhere) and the whole
/// <see cref="DataMemo"/>.
/// </summary>
public sealed class SharedValuesInvalidation(CouncilHistoryStore histories, DataMemo memo) : IDatasetListener
{
    public Task DatasetLoadedAsync(bool dataChanged, CancellationToken ct)
    {
        if (dataChanged)
        {
            histories.Clear();
            memo.Clear();
        }

        return Task.CompletedTask;
    }

    public Task RecordsChangedAsync(DataChange change, CancellationToken ct)
    {
        histories.Clear(change.IsEverything ? null : change.Councils);
        memo.Clear();
        return Task.CompletedTask;
    }
}

/// <summary>
/// Builds every council's history in the background once the site has started and again after each change of the data,
/// so that the first reader of a page that needs them all (the home page, the council list) does not wait for the
/// replay; then the features' <see cref="IWarmStep"/>s (the home page's figures, the default timeline) into the
/// <see cref="DataMemo"/>. Off with <c>Performance:WarmHistories=false</c> (the tests, whose requests share one connection).
/// </summary>
public sealed class CouncilHistoryWarmup(
    IServiceScopeFactory scopes, CouncilHistoryStore store, IHostApplicationLifetime lifetime, IConfiguration configuration,
    ILogger<CouncilHistoryWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Performance:WarmHistories", true))
        {
            return;
        }

        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        try
        {
            await started.Task.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return; // start-up stopped before the site listened (e.g. its port was taken): nothing to warm
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var elapsed = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var built = await scope.ServiceProvider.GetRequiredService<CouncilHistoryQuery>().LoadAsync(null, stoppingToken);
                logger.LogInformation("Council histories built for {Councils} councils in {Elapsed} ms", built.Count, elapsed.ElapsedMilliseconds);
                foreach (var step in scope.ServiceProvider.GetServices<IWarmStep>().OrderBy(s => s.Order))
                {
                    elapsed.Restart();
                    await step.WarmAsync(stoppingToken);
                    logger.LogInformation("Warmed {Step} in {Elapsed} ms", step.Name, elapsed.ElapsedMilliseconds);
                }

                logger.LogInformation("Warm-up done");
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                // Not fatal: the pages build what they need themselves.
                logger.LogWarning("Council histories were not built in the background: {Reason}", e.Message);
            }

            await store.WaitForClearAsync(stoppingToken);
        }
    }
}
