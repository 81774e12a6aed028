using System.Collections;
using System.Globalization;
using System.Reflection;
using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Data.Seeding;

/// <summary>What a seeding run changed. <see cref="Skipped"/> means the dataset was unchanged and nothing was written.</summary>
public sealed record SeedResult(bool Skipped, int Inserted, int Updated, int Deleted)
{
    public bool Changed => Inserted + Updated + Deleted > 0;
}

/// <summary>
/// Brings the database in line with the dataset: inserts, updates and removes records by their stable ids, in one
/// transaction. A start whose dataset hash matches the stored one writes nothing.
/// </summary>
public sealed class DatabaseSeeder(DefectionsDbContext db, ILogger<DatabaseSeeder> logger)
{
    public async Task<SeedResult> SeedAsync(SeedDataset data, bool force = false, CancellationToken ct = default)
    {
        var state = await db.SeedStates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == 1, ct);
        if (!force && state?.ContentHash == data.ContentHash)
        {
            logger.LogInformation("Dataset unchanged ({Hash}); nothing to write", data.ContentHash[..12]);
            return new SeedResult(true, 0, 0, 0);
        }

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);

            // References may point at rows added later in this transaction: check them at commit, not per statement.
            await db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON;", ct);
            var empty = !await db.Parties.AnyAsync(ct);
            var result = empty ? await InsertAllAsync(data, ct) : await SyncAsync(data, ct);

            var stored = await db.SeedStates.SingleOrDefaultAsync(s => s.Id == 1, ct);
            if (stored is null)
            {
                db.SeedStates.Add(new SeedState { Id = 1, ContentHash = data.ContentHash, AppliedAtUtc = DateTime.UtcNow });
            }
            else if (stored.ContentHash != data.ContentHash)
            {
                stored.ContentHash = data.ContentHash;
                stored.AppliedAtUtc = DateTime.UtcNow;
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation(
                "Dataset {Hash} applied: {Inserted} inserted, {Updated} updated, {Deleted} deleted",
                data.ContentHash[..12], result.Inserted, result.Updated, result.Deleted);
            return result;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private Task<SeedResult> InsertAllAsync(SeedDataset data, CancellationToken ct)
    {
        // An empty database takes the whole dataset as plain prepared INSERTs: no diff, no change tracking.
        using var bulk = new BulkInserter(db);
        IEnumerable<object>[] sets =
            [data.Parties, data.Sources, data.Grievances, data.Councils, data.Councillors, data.Compositions, data.Stories, data.Defections, data.Quotes, data.Administrations];
        foreach (var set in sets)
        {
            ct.ThrowIfCancellationRequested();
            bulk.InsertGraphs(set);
        }

        return Task.FromResult(new SeedResult(false, bulk.Rows, 0, 0));
    }

    private async Task<SeedResult> SyncAsync(SeedDataset data, CancellationToken ct)
    {
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
        return new SeedResult(false, inserted, updated, deleted);
    }

    private int Count(EntityState state) => db.ChangeTracker.Entries().Count(e => e.State == state);

    /// <summary>Compares tracked rows with the dataset by key; child collections are compared by their values.</summary>
    private sealed class Diff(DefectionsDbContext db)
    {
        public List<object> Additions { get; } = [];

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

            foreach (var gone in existing.Values)
            {
                db.Remove(gone);
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
