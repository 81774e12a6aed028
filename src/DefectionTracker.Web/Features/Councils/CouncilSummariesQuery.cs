using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Councils;

/// <summary>A council with its history and the defections recorded there: what the list page and the API share.</summary>
public sealed record CouncilSummary(
    string Slug,
    string Name,
    CouncilKind Kind,
    string? GssCode,
    int? TotalSeats,
    string? Area,
    int DefectionCount,
    CouncilLosses CouncillorsLost,
    IReadOnlyList<string> PartiesThatLost,
    CouncilHistory History);

/// <summary>
/// Seats that moved away from a party or group (not from "independent") in the recorded events: the known sum, and
/// whether some event's number at this council is unknown (then the sum is a lower bound).
/// </summary>
public sealed record CouncilLosses(int Known, bool SomeUnknown)
{
    /// <summary>"22", "at least 3", or "not known" when no number is known at all.</summary>
    public string Display => Wording.AtLeast(Known, SomeUnknown);
}

public sealed class CouncilSummariesQuery(DefectionsDbContext db, CouncilHistoryQuery histories)
{
    /// <summary>Every council, or the one with <paramref name="slug"/> (an empty list when there is none).</summary>
    public async Task<IReadOnlyList<CouncilSummary>> LoadAsync(string? slug, CancellationToken ct)
    {
        var councils = await db.Councils.AsNoTracking()
            .Where(c => slug == null || c.Slug == slug)
            .OrderBy(c => c.Name)
            .Select(c => new { c.Slug, c.Name, c.Kind, c.GssCode, c.TotalSeats, c.Area })
            .ToListAsync(ct);
        if (councils.Count == 0)
        {
            return [];
        }

        var moves = await db.DefectionCouncils.AsNoTracking()
            .Where(dc => slug == null || dc.CouncilSlug == slug)
            .Join(db.Defections, dc => dc.DefectionId, d => d.Id, (dc, d) => new
            {
                dc.CouncilSlug,
                dc.DefectionId,
                SeatsChanged = dc.SeatsChanged,
                d.Verification,
                d.FromPartySlug,
                FromPartyKind = d.FromParty!.Kind,
            })
            .ToListAsync(ct);
        var loaded = await histories.LoadAsync(slug is null ? null : [slug], ct);
        var movesByCouncil = moves.ToLookup(m => m.CouncilSlug);

        return
        [
            .. councils.Select(c =>
            {
                var here = movesByCouncil[c.Slug].ToList();
                var fromParties = here.Where(m => m.FromPartyKind != PartyKind.Independent).ToList();
                var lost = new CouncilLosses(
                    fromParties.Sum(m => CouncillorsLost.AtCouncil(m.SeatsChanged, m.Verification) ?? 0),
                    fromParties.Any(m => CouncillorsLost.AtCouncil(m.SeatsChanged, m.Verification) is null));
                return new CouncilSummary(c.Slug, c.Name, c.Kind, c.GssCode, c.TotalSeats, c.Area,
                    here.Select(m => m.DefectionId).Distinct().Count(), lost,
                    [.. fromParties.Select(m => m.FromPartySlug).Distinct(StringComparer.Ordinal)],
                    loaded[c.Slug]);
            }),
        ];
    }
}
