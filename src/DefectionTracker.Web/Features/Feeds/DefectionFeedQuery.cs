using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Editing;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Feeds;

/// <summary>
/// What a feed follows: a council, a party (those leaving it), a grievance (those citing it), or any mix; slugs, null = any.
/// </summary>
public sealed record FeedFilter(string? Council, string? Party, string? Grievance)
{
    public static readonly FeedFilter None = new(null, null, null);

    public bool IsEmpty => this == None;

    /// <summary>The filter's parameters in one fixed order, so that a feed has one address and one id.</summary>
    public IEnumerable<(string Name, string Value)> Parameters =>
        new[] { ("council", Council), ("party", Party), ("grievance", Grievance) }.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!));

    /// <summary>"?council=broxtowe&amp;party=labour", or "" for every defection.</summary>
    public string QueryString => IsEmpty ? "" : "?" + string.Join("&", Parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
}

/// <summary>
/// A page of an Atom feed of defections (every one, or those a <see cref="FeedFilter"/> picks; newest first, undated last):
/// <see cref="Paging"/> says which page of how many (RFC 5005 paged feed).
/// </summary>
public sealed record DefectionFeedViewModel(FeedFilter Filter, RefViewModel? Council, RefViewModel? Party, RefViewModel? Grievance,
    IReadOnlyList<DefectionFeedEntry> Entries)
{
    public PageInfo Paging { get; init; } = new(1, Math.Max(1, Entries.Count), Entries.Count);
}

/// <summary>Why a feed cannot be made: the filter parameter whose value names nothing in the record.</summary>
public sealed record UnknownFeedFilter(string Parameter, string Value);

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
    PartialDate OrderDate,
    DateTime? LastRevisedUtc = null)
{
    /// <summary>When, as the sources say it (<see cref="EventDate"/>); the entry's title shows it.</summary>
    public EventDate When { get; init; } = new(Date);
}

public sealed class DefectionFeedQuery(DefectionsDbContext db, IConfiguration configuration)
{
    /// <summary>Entries a feed document holds: the latest 50, older ones on the pages its rel="next" links lead to.</summary>
    public int PageSize { get; } = Math.Clamp(configuration.GetValue("Feeds:PageSize", 50), 1, 500);

    /// <summary>The feed, or the first filter value that names nothing (never silently ignored). A page past the last has no entries.</summary>
    public async Task<(DefectionFeedViewModel? Feed, UnknownFeedFilter? Unknown)> GetAsync(FeedFilter filter, int page, CancellationToken ct)
    {
        var council = filter.Council is null ? null
            : await db.Councils.AsNoTracking().Where(c => c.Slug == filter.Council).Select(c => new RefViewModel(c.Slug, c.Name)).FirstOrDefaultAsync(ct);
        var party = filter.Party is null ? null
            : await db.Parties.AsNoTracking().Where(p => p.Slug == filter.Party).Select(p => new RefViewModel(p.Slug, p.Name)).FirstOrDefaultAsync(ct);
        var grievance = filter.Grievance is null ? null
            : await db.Grievances.AsNoTracking().Where(g => g.Slug == filter.Grievance).Select(g => new RefViewModel(g.Slug, g.Name)).FirstOrDefaultAsync(ct);
        if (filter.Parameters.FirstOrDefault(p => p.Name switch { "council" => council is null, "party" => party is null, _ => grievance is null })
            is { Name: not null } unknown)
        {
            return (null, new UnknownFeedFilter(unknown.Name, unknown.Value));
        }

        var matching = db.Defections.AsNoTracking()
            .Where(d => filter.Party == null || d.FromPartySlug == filter.Party)
            .Where(d => filter.Council == null || d.Councils.Any(c => c.CouncilSlug == filter.Council))
            .Where(d => filter.Grievance == null || d.Grievances.Any(g => g.GrievanceSlug == filter.Grievance));
        var total = await matching.CountAsync(ct);
        var paging = new PageRequest(page, PageSize);
        if (paging.IsPastEnd(total))
        {
            return (new DefectionFeedViewModel(filter, council, party, grievance, []) { Paging = paging.Info(total) }, null);
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
                d.OrderDate,
                db.Revisions.Where(r => r.Kind == "defections" && r.RecordId == d.Id && r.Status == RevisionStatus.Published)
                    .Max(r => r.ReviewedAtUtc)))
            .AsSplitQuery()
            .ToListAsync(ct);

        // The page's rows in the one order (SQL ordered the pages by the same rule), each with its date in words.
        var dates = await EventDates.LoadAsync(db, [.. rows.Select(r => r.Id)], ct);
        var ordered = rows.OrderNewestFirst(r => r.Sequence, r => r.OrderDate).Select(r => r with { When = dates.For(r.Id) }).ToList();
        return (new DefectionFeedViewModel(filter, council, party, grievance, ordered) { Paging = paging.Info(total) }, null);
    }
}
