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
    CouncilHistory History)
{
    /// <summary>Seats each party lost here, by the one rule: a party filter counts that party's losses only.</summary>
    public IReadOnlyDictionary<string, CouncilLosses> LossesByParty { get; init; } = new Dictionary<string, CouncilLosses>();

    /// <summary>What one party lost here, or every party's losses when <paramref name="party"/> is null.</summary>
    public CouncilLosses LostBy(string? party) =>
        party is null ? CouncillorsLost : LossesByParty.GetValueOrDefault(party) ?? new CouncilLosses(0, false);
}

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
                static CouncilLosses Losses(IEnumerable<(int? Seats, Verification Verification)> moves)
                {
                    var list = moves.Select(m => CouncillorsLost.AtCouncil(m.Seats, m.Verification)).ToList();
                    return new CouncilLosses(list.Sum(s => s ?? 0), list.Any(s => s is null));
                }

                return new CouncilSummary(c.Slug, c.Name, c.Kind, c.GssCode, c.TotalSeats, c.Area,
                    here.Select(m => m.DefectionId).Distinct().Count(),
                    Losses(fromParties.Select(m => (m.SeatsChanged, m.Verification))),
                    [.. fromParties.Select(m => m.FromPartySlug).Distinct(StringComparer.Ordinal)],
                    loaded[c.Slug])
                {
                    LossesByParty = fromParties.GroupBy(m => m.FromPartySlug, StringComparer.Ordinal)
                        .ToDictionary(g => g.Key, g => Losses(g.Select(m => (m.SeatsChanged, m.Verification))), StringComparer.Ordinal),
                };
            }),
        ];
    }
}
