using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>A party's loss events as the counting rule (<see cref="CouncillorsLost"/>) needs them, in two SQL commands.</summary>
public sealed class PartyLossesQuery(DefectionsDbContext db)
{
    public async Task<IReadOnlyList<LossEvent>> LoadAsync(string partySlug, CancellationToken ct)
    {
        var rows = await db.Defections.AsNoTracking()
            .Where(d => d.FromPartySlug == partySlug)
            .Select(d => new
            {
                d.Id,
                d.Date,
                d.Sequence,
                d.CouncillorCount,
                d.Verification,
                Seats = d.Councils.Select(c => c.SeatsChanged).ToList(),
                Councillors = d.Councillors.Select(c => c.CouncillorSlug).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return [.. rows.Select(r => CouncillorsLost.Event(r.Id, r.Date, r.CouncillorCount, r.Seats, r.Councillors, r.Verification, r.Sequence))];
    }
}
