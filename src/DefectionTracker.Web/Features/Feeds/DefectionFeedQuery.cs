using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Feeds;

/// <summary>The defections for an Atom feed: every one, or those from one party; newest first, undated last.</summary>
public sealed record DefectionFeedViewModel(RefViewModel? Party, IReadOnlyList<DefectionFeedEntry> Entries);

public sealed record DefectionFeedEntry(
    string Id,
    PartialDate Date,
    int Sequence,
    DefectionKind Kind,
    string FromParty,
    string? ToParty,
    PartyKind? ToPartyKind,
    IReadOnlyList<string> Councils,
    int? CouncillorCount,
    IReadOnlyList<RefViewModel> Grievances,
    Verification Verification,
    string Summary,
    PartialDate OrderDate)
{
    /// <summary>When, as the sources say it (<see cref="EventDate"/>); the entry's title shows it.</summary>
    public EventDate When { get; init; } = new(Date);
}

public sealed class DefectionFeedQuery(DefectionsDbContext db)
{
    /// <summary>Null when <paramref name="partySlug"/> names no party.</summary>
    public async Task<DefectionFeedViewModel?> GetAsync(string? partySlug, CancellationToken ct)
    {
        RefViewModel? party = null;
        if (partySlug is not null)
        {
            party = await db.Parties.AsNoTracking().Where(p => p.Slug == partySlug).Select(p => new RefViewModel(p.Slug, p.Name)).FirstOrDefaultAsync(ct);
            if (party is null)
            {
                return null;
            }
        }

        var rows = await db.Defections.AsNoTracking()
            .Where(d => partySlug == null || d.FromPartySlug == partySlug)
            .Select(d => new DefectionFeedEntry(
                d.Id,
                d.Date,
                d.Sequence,
                d.Kind,
                d.FromParty!.ShortName,
                d.ToParty == null ? null : d.ToParty.Name,
                d.ToParty == null ? null : (PartyKind?)d.ToParty.Kind,
                d.Councils.OrderBy(c => c.Council!.Name).Select(c => c.Council!.Name).ToList(),
                d.CouncillorCount,
                d.Grievances.OrderBy(g => g.Grievance!.Name).Select(g => new RefViewModel(g.GrievanceSlug, g.Grievance!.Name)).ToList(),
                d.Verification,
                d.Summary,
                d.OrderDate))
            .AsSplitQuery()
            .ToListAsync(ct);

        var dates = await EventDates.LoadAsync(db, partySlug is null ? null : [.. rows.Select(r => r.Id)], ct);
        var ordered = rows.OrderNewestFirst(r => r.Sequence, r => r.OrderDate).Select(r => r with { When = dates.For(r.Id) }).ToList();
        return new DefectionFeedViewModel(party, ordered);
    }
}
