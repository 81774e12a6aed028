using System.Collections;
using System.Globalization;
using System.Reflection;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Data.Seeding;

/// <summary>What a seeding or import run changed. <see cref="Skipped"/> means nothing differed and nothing was written.</summary>
public sealed record SeedResult(bool Skipped, int Inserted, int Updated, int Deleted, long DataVersion = 0)
{
    public bool Changed => Inserted + Updated + Deleted > 0;
}

/// <summary>
/// Writes a validated dataset into the database in one transaction. An empty database takes all of it; otherwise each
/// record is inserted or updated by its stable id, and records the dataset does not hold are kept (the database is the
/// record; a dataset folder adds to it and corrects it, never removes from it). Any change bumps the data version in
/// the same transaction, so the search index can tell it is out of date.
/// </summary>
public sealed class DatabaseSeeder(DefectionsDbContext db, StepPause pause, ILogger<DatabaseSeeder> logger)
{
    /// <param name="data">The validated dataset.</param>
    /// <param name="step">The step this write is (seeding at first start, importing from the command), for <see cref="StepPause"/>.</param>
    /// <param name="ct">Cancels the write; nothing is committed.</param>
    public async Task<SeedResult> SeedAsync(SeedDataset data, string step = StepPause.Seeding, CancellationToken ct = default)
    {
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // Inside a caller's transaction (an editor's change and its revision), the write joins it.
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

            // References may point at rows added later in this transaction: check them at commit, not per statement.
            // (PostgreSQL checks each statement's references, so there the graphs are written parents first.)
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON;", ct);
            }

            var empty = !await db.Parties.AnyAsync(ct);
            var result = empty ? await InsertAllAsync(data, ct) : await UpsertAsync(data, ct);
            if (!result.Changed)
            {
                logger.LogInformation("Dataset {Hash}: every record is as the database holds it; nothing to write", data.ContentHash[..12]);
                return result with { Skipped = true, DataVersion = await DataVersionAsync(ct) };
            }

            var stored = await db.SeedStates.SingleOrDefaultAsync(s => s.Id == 1, ct);
            if (stored is null)
            {
                stored = new SeedState { Id = 1, ContentHash = data.ContentHash };
                db.SeedStates.Add(stored);
            }

            stored.ContentHash = data.ContentHash;
            stored.AppliedAtUtc = DateTime.UtcNow;
            stored.DataVersion++;
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                // A whole dataset (first start, import) refreshes the planner's statistics; one editor's change does not need to.
                await AnalyzeAsync(ct);
            }

            await pause.AtAsync(step, ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }

            logger.LogInformation(
                "Dataset {Hash} applied: {Inserted} inserted, {Updated} updated, {Deleted} child rows replaced; data version {Version}",
                data.ContentHash[..12], result.Inserted, result.Updated, result.Deleted, stored.DataVersion);
            return result with { DataVersion = stored.DataVersion };
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task<long> DataVersionAsync(CancellationToken ct) =>
        await db.SeedStates.AsNoTracking().Where(s => s.Id == 1).Select(s => (long?)s.DataVersion).SingleOrDefaultAsync(ct) ?? 0;

    /// <summary>
    /// Fresh statistics for the query planner once the rows have changed: without them SQLite may pick an index by
    /// its name's order rather than by how selective it is. (ANALYZE is the same command on PostgreSQL.)
    /// </summary>
    private async Task AnalyzeAsync(CancellationToken ct) => await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);

    private Task<SeedResult> InsertAllAsync(SeedDataset data, CancellationToken ct)
    {
        // An empty database takes the whole dataset as plain prepared INSERTs: no diff, no change tracking.
        using var bulk = new BulkInserter(db);
        IEnumerable<object>[] sets =
            [data.Parties, data.Sources, data.Grievances, data.Councils, data.Councillors, data.Compositions, data.Stories, data.Defections, data.Quotes, data.Administrations, data.Register];
        foreach (var set in sets)
        {
            ct.ThrowIfCancellationRequested();
            bulk.InsertGraphs(set);
        }

        return Task.FromResult(new SeedResult(false, bulk.Rows, 0, 0));
    }

    private async Task<SeedResult> UpsertAsync(SeedDataset data, CancellationToken ct)
    {
        // Events the dataset does not hold stay, so the one order is worked out over them and the dataset's together.
        var incoming = data.Defections.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        // By the order date (the date, or the latest an event can have happened), as the loader orders them.
        var kept = (await db.Defections.AsNoTracking().Select(d => new { d.Id, d.OrderDate, d.After, d.Sequence }).ToListAsync(ct))
            .Where(d => !incoming.Contains(d.Id)).ToList();
        var sequence = DefectionOrder.Sequence(data.Defections.Select(d => (d.OrderDate, d.Id, d.After)).Concat(kept.Select(k => (k.OrderDate, k.Id, k.After))));
        var position = sequence.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        foreach (var d in data.Defections)
        {
            d.Sequence = position[d.Id];
        }

        var diff = new Diff(db);
        await diff.SyncAsync(db.Parties, data.Parties, p => p.Slug, ct);
        await diff.SyncAsync(db.Sources, data.Sources, s => s.Id, ct);
        await diff.SyncAsync(db.Grievances, data.Grievances, g => g.Slug, ct);
        await diff.SyncAsync(db.Councils.Include(c => c.Sources), data.Councils, c => c.Slug, ct);
        await diff.SyncAsync(
            db.Councillors.Include(c => c.Seats).Include(c => c.Affiliations).AsSplitQuery(), data.Councillors, c => c.Slug, ct);
        await diff.SyncAsync(db.Compositions.Include(c => c.Seats), data.Compositions, c => c.Id, ct);
        await diff.SyncAsync(db.Stories.Include(s => s.Sources), data.Stories, s => s.Id, ct);
        await diff.SyncAsync(
            db.Defections.Include(d => d.Councils).Include(d => d.Councillors).Include(d => d.ReportedCounts)
                .Include(d => d.Grievances).Include(d => d.Sources).AsSplitQuery(),
            data.Defections, d => d.Id, ct);
        await diff.SyncAsync(db.Quotes, data.Quotes, q => q.Id, ct);
        await diff.SyncAsync(db.RegisteredCouncils, data.Register, c => c.Slug, ct);
        await diff.SyncAsync(
            db.Administrations.Include(a => a.Parties).Include(a => a.Sources).AsSplitQuery(), data.Administrations, a => a.Id, ct);

        // Removals and updates first, then additions: a child row replaced by one with the same key must be gone
        // before its successor is tracked.
        db.ChangeTracker.DetectChanges();
        var (updated, deleted) = (Count(EntityState.Modified), Count(EntityState.Deleted));
        await db.SaveChangesAsync(ct);
        foreach (var added in diff.Additions)
        {
            db.Add(added);
        }

        db.ChangeTracker.DetectChanges();
        var inserted = Count(EntityState.Added);
        foreach (var k in kept.Where(k => position[k.Id] != k.Sequence))
        {
            var moved = position[k.Id];
            await db.Defections.Where(d => d.Id == k.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.Sequence, moved), ct);
            updated++;
        }

        return new SeedResult(false, inserted, updated, deleted);
    }

    private int Count(EntityState state) => db.ChangeTracker.Entries().Count(e => e.State == state);

    /// <summary>Compares tracked rows with the dataset by key; child collections are compared by their values.</summary>
    private sealed class Diff(DefectionsDbContext db)
    {
        public List<object> Additions { get; } = [];

        /// <summary>Rows of <paramref name="current"/> that <paramref name="desired"/> does not hold are left as they are.</summary>
        public async Task SyncAsync<T>(IQueryable<T> current, IReadOnlyList<T> desired, Func<T, string> key, CancellationToken ct)
            where T : class
        {
            var existing = await current.ToDictionaryAsync(key, StringComparer.Ordinal, ct);
            foreach (var wanted in desired)
            {
                if (existing.Remove(key(wanted), out var row))
                {
                    CopyScalars(row, wanted);
                    SyncChildren(row, wanted);
                }
                else
                {
                    Additions.Add(wanted);
                }
            }

        }

        private void SyncChildren(object row, object wanted)
        {
            foreach (var property in ChildCollections(row.GetType()))
            {
                var have = (IList)property.GetValue(row)!;
                var want = ((IEnumerable)property.GetValue(wanted)!).Cast<object>().ToList();
                // Order does not matter: rows come back from the database in any order.
                var haveSignatures = have.Cast<object>().Select(Signature).Order(StringComparer.Ordinal).ToList();
                var wantSignatures = want.Select(Signature).Order(StringComparer.Ordinal).ToList();
                if (haveSignatures.SequenceEqual(wantSignatures, StringComparer.Ordinal))
                {
                    continue;
                }

                foreach (var child in have.Cast<object>().ToList())
                {
                    db.Remove(child);
                }

                have.Clear();
                Additions.AddRange(want);
            }
        }

        private static IEnumerable<PropertyInfo> ChildCollections(Type type) =>
            type.GetProperties().Where(p => p.PropertyType.IsGenericType
                && p.PropertyType.GetGenericTypeDefinition() == typeof(List<>));

        private static IEnumerable<PropertyInfo> Scalars(Type type) =>
            type.GetProperties().Where(p => p.CanWrite && IsScalar(p.PropertyType));

        private static bool IsScalar(Type type) =>
            type.IsValueType || type == typeof(string);

        private static void CopyScalars(object row, object wanted)
        {
            foreach (var property in Scalars(row.GetType()))
            {
                var value = property.GetValue(wanted);
                if (!Equals(property.GetValue(row), value))
                {
                    property.SetValue(row, value);
                }
            }
        }

        // A child's identity is its values, not its generated id.
        private static string Signature(object child) => string.Join(
            '\u001f',
            Scalars(child.GetType()).Where(p => p.Name != "Id")
                .Select(p => Convert.ToString(p.GetValue(child), CultureInfo.InvariantCulture) ?? "\u2205"));
    }
}
