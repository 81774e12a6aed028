using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Import;

/// <summary>A council the assistant can place: the record's own or the register's, with every name it goes by.</summary>
public sealed record KnownCouncil(string Slug, string Name, string ShortName, CouncilKind Kind, IReadOnlyList<string> AlternativeNames, string? County, bool Recorded);

public sealed record KnownParty(string Slug, string Name, string ShortName, PartyKind Kind);

public sealed record KnownGrievance(string Slug, string Name, IReadOnlyList<string> Synonyms);

/// <summary>A recorded councillor: the councils they sit on, and, for comparing a council's list, each seat and party with its dates.</summary>
public sealed record KnownCouncillor(string Slug, string Name, IReadOnlyList<string> Councils)
{
    public IReadOnlyList<KnownSeat> Seats { get; init; } = [];

    public IReadOnlyList<KnownAffiliation> Affiliations { get; init; } = [];
}

public sealed record KnownSeat(string Council, string? Ward, PartialDate From, PartialDate To);

public sealed record KnownAffiliation(string Party, PartialDate From, PartialDate To);

/// <summary>A recorded event, as much of it as matching an article needs.</summary>
public sealed record KnownEvent(string Id, DateOnly? From, DateOnly? To, IReadOnlyList<string> Councils, IReadOnlyList<string> Councillors);

/// <summary>
/// What the assistant knows, all of it from the record and the register (no network, no model): councils, parties,
/// the grievance taxonomy with its synonyms, councillors, recorded events, and the latest seats per party per council
/// (for "the entire Labour group").
/// </summary>
public sealed record ImportKnowledge(
    IReadOnlyList<KnownCouncil> Councils,
    IReadOnlyList<KnownParty> Parties,
    IReadOnlyList<KnownGrievance> Grievances,
    IReadOnlyList<KnownCouncillor> Councillors,
    IReadOnlyList<KnownEvent> Events,
    IReadOnlyDictionary<(string Council, string Party), int> LatestSeats)
{
    /// <summary>The knowledge in a set of entities, as the loader or the database gives them.</summary>
    public static ImportKnowledge Build(
        IEnumerable<Council> councils,
        IEnumerable<RegisteredCouncil> register,
        IEnumerable<Party> parties,
        IEnumerable<Grievance> grievances,
        IEnumerable<Councillor> councillors,
        IEnumerable<Defection> defections,
        IEnumerable<Composition> compositions)
    {
        var recorded = councils.ToList();
        var registered = register.ToDictionary(r => r.Slug, StringComparer.Ordinal);
        var known = recorded.Select(c => registered.Remove(c.Slug, out var r)
                ? new KnownCouncil(c.Slug, c.Name, r.ShortName, c.Kind, RegisteredCouncil.Split(r.AlternativeNames), r.County, true)
                : new KnownCouncil(c.Slug, c.Name, ShortNameOf(c.Name), c.Kind, [], c.Area, true))
            .Concat(registered.Values.Select(r => new KnownCouncil(r.Slug, r.Name, r.ShortName, r.Kind, RegisteredCouncil.Split(r.AlternativeNames), r.County, false)))
            .ToList();
        var latest = new Dictionary<(string, string), int>();
        foreach (var group in compositions.Where(c => c.AsOf.IsKnown).GroupBy(c => c.CouncilSlug, StringComparer.Ordinal))
        {
            foreach (var seat in group.MaxBy(c => c.AsOf.Start)!.Seats)
            {
                latest[(group.Key, seat.PartySlug)] = seat.Seats;
            }
        }

        return new ImportKnowledge(
            known,
            [.. parties.Select(p => new KnownParty(p.Slug, p.Name, p.ShortName, p.Kind))],
            [.. grievances.Select(g => new KnownGrievance(g.Slug, g.Name, g.Synonyms.Length == 0 ? [] : g.Synonyms.Split('|')))],
            [.. councillors.Select(c => new KnownCouncillor(c.Slug, c.Name, [.. c.Seats.Select(s => s.CouncilSlug).Distinct(StringComparer.Ordinal)])
            {
                Seats = [.. c.Seats.Select(s => new KnownSeat(s.CouncilSlug, s.Ward, s.From, s.To))],
                Affiliations = [.. c.Affiliations.Select(a => new KnownAffiliation(a.PartySlug, a.From, a.To))],
            })],
            [.. defections.Select(d => new KnownEvent(d.Id, (d.Date.IsKnown ? d.Date : d.NotBefore).Start, (d.Date.IsKnown ? d.Date : d.NotAfter).End,
                [.. d.Councils.Select(c => c.CouncilSlug)], [.. d.Councillors.Select(c => c.CouncillorSlug)]))],
            latest);
    }

    /// <summary>The record as the database holds it now.</summary>
    public static async Task<ImportKnowledge> LoadAsync(DefectionsDbContext db, CancellationToken ct) => Build(
        await db.Councils.AsNoTracking().ToListAsync(ct),
        await db.RegisteredCouncils.AsNoTracking().ToListAsync(ct),
        await db.Parties.AsNoTracking().ToListAsync(ct),
        await db.Grievances.AsNoTracking().ToListAsync(ct),
        await db.Councillors.AsNoTracking().Include(c => c.Seats).Include(c => c.Affiliations).AsSplitQuery().ToListAsync(ct),
        await db.Defections.AsNoTracking().Include(d => d.Councils).Include(d => d.Councillors).AsSplitQuery().ToListAsync(ct),
        await db.Compositions.AsNoTracking().Include(c => c.Seats).ToListAsync(ct));

    private static string ShortNameOf(string name)
    {
        foreach (var suffix in new[] { " Metropolitan Borough Council", " Borough Council", " District Council", " County Council", " City Council", " Town Council", " Parish Council", " Council" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
