using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Feeds;

/// <summary>
/// A page of an Atom feed of defections (every one, or those from one party; newest first, undated last):
/// <see cref="Paging"/> says which page of how many (RFC 5005 paged feed).
/// </summary>
public sealed record DefectionFeedViewModel(RefViewModel? Party, IReadOnlyList<DefectionFeedEntry> Entries)
{
    public PageInfo Paging { get; init; } = new(1, Math.Max(1, Entries.Count), Entries.Count);
}

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

public sealed class DefectionFeedQuery(DefectionsDbContext db, IConfiguration configuration)
{
    /// <summary>Entries a feed document holds: the latest 50, older ones on the pages its rel="next" links lead to.</summary>
    public int PageSize { get; } = Math.Clamp(configuration.GetValue("Feeds:PageSize", 50), 1, 500);

    /// <summary>Null when <paramref name="partySlug"/> names no party. A page past the last has no entries.</summary>
    public async Task<DefectionFeedViewModel?> GetAsync(string? partySlug, int page, CancellationToken ct)
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

        var matching = db.Defections.AsNoTracking().Where(d => partySlug == null || d.FromPartySlug == partySlug);
        var total = await matching.CountAsync(ct);
        var paging = new PageRequest(page, PageSize);
        if (paging.IsPastEnd(total))
        {
            return new DefectionFeedViewModel(party, []) { Paging = paging.Info(total) };
        }

        var rows = await matching
            .NewestFirst()
            .Skip((int)paging.Skip)
            .Take(PageSize)
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

        // The page's rows in the one order (SQL ordered the pages by the same rule), each with its date in words.
        var dates = await EventDates.LoadAsync(db, [.. rows.Select(r => r.Id)], ct);
        var ordered = rows.OrderNewestFirst(r => r.Sequence, r => r.OrderDate).Select(r => r with { When = dates.For(r.Id) }).ToList();
        return new DefectionFeedViewModel(party, ordered) { Paging = paging.Info(total) };
    }
}
