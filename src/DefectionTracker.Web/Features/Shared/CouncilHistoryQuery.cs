using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>
/// Loads councils' snapshots and dated seat changes and builds each one's <see cref="CouncilHistory"/>: composition
/// before and now, each event's before and after, and where later snapshots disagree with the events.
/// </summary>
public sealed class CouncilHistoryQuery(DefectionsDbContext db)
{
    /// <summary>Histories for the given councils, or for every council when <paramref name="councilSlugs"/> is null.</summary>
    public async Task<IReadOnlyDictionary<string, CouncilHistory>> LoadAsync(IReadOnlyCollection<string>? councilSlugs, CancellationToken ct)
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
