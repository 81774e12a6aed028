using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Features.Import;

/// <summary>Where a councillor list came from; <see cref="AsOf"/> is the date it gives the council's councillors for.</summary>
public sealed record ListSource(string? Url, string? Publisher, DateOnly AsOf);

/// <summary>A recorded councillor whose party on the list is not the party the record gives them on the list's date: a proposed defection.</summary>
public sealed record ListPartyChange(int Line, string Listed, string Councillor, string CouncillorName, string? Ward, DraftRef RecordedParty, DraftRef ListedParty);

/// <summary>A name on the list that sits on this council nowhere in the record: a by-election, or a gap in the record. <see cref="Councillor"/> is a recorded councillor of that name with no seat here.</summary>
public sealed record ListNewName(int Line, string Name, string? Ward, DraftRef Party, string? Councillor);

/// <summary>A recorded councillor the record has sitting on the list's date but the list leaves out.</summary>
public sealed record ListGone(string Councillor, string Name, string? Ward, DraftRef? RecordedParty);

/// <summary>A recorded councillor on the list whose party on that date the record does not settle (no affiliation, or two that could be it).</summary>
public sealed record ListPartyNotKnown(int Line, string Listed, string Councillor, string CouncillorName, DraftRef ListedParty);

/// <summary>What a council's councillor list implies against the record as of its date. Nothing here is saved.</summary>
public sealed record ListComparisonResult(
    DraftRef Council,
    string AsOf,
    ListSource Source,
    int Rows,
    IReadOnlyList<ListPartyChange> PartyChanges,
    IReadOnlyList<ListNewName> NewNames,
    IReadOnlyList<ListGone> Gone,
    IReadOnlyList<ListPartyNotKnown> PartyNotKnown,
    int Unchanged,
    IReadOnlyList<string> UnchangedNames,
    IReadOnlyList<string> PartiesNotInTheRecord);

/// <summary>
/// A councillor list against the record: names matched by <see cref="PersonNames"/> (the draft's rule), parties by
/// <see cref="PartyNames"/>; the record's seats and parties read at the list's date. Pure: no database.
/// </summary>
public static class ListComparison
{
    public static ListComparisonResult Compare(ImportKnowledge knowledge, KnownCouncil council, IReadOnlyList<ListedCouncillor> rows, ListSource source)
    {
        var date = source.AsOf;
        var sitting = knowledge.Councillors
            .Select(c => (Councillor: c, Seat: c.Seats.FirstOrDefault(s => s.Council == council.Slug && Covers(s.From, s.To, date))))
            .Where(x => x.Seat is not null)
            .ToList();

        // Each row to the sitting councillor it names, best pairs first, each councillor once.
        var pairs = rows.SelectMany(r => sitting.Select(s => (Row: r, s.Councillor, s.Seat, Score: PersonNames.Score(r.Name, s.Councillor.Name))))
            .Where(p => p.Score >= PersonNames.SameCouncil)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Row.Line)
            .ToList();
        var matched = new Dictionary<ListedCouncillor, (KnownCouncillor Councillor, KnownSeat Seat)>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in pairs)
        {
            if (!matched.ContainsKey(p.Row) && taken.Add(p.Councillor.Slug))
            {
                matched[p.Row] = (p.Councillor, p.Seat!);
            }
        }

        var changes = new List<ListPartyChange>();
        var notKnown = new List<ListPartyNotKnown>();
        var unchanged = new List<string>();
        var newNames = new List<ListNewName>();
        foreach (var row in rows)
        {
            var listed = PartyOf(row.Party, knowledge);
            if (!matched.TryGetValue(row, out var m))
            {
                var elsewhere = knowledge.Councillors
                    .Select(c => (Councillor: c, Score: PersonNames.Score(row.Name, c.Name)))
                    .Where(x => x.Score >= PersonNames.Elsewhere && !taken.Contains(x.Councillor.Slug))
                    .OrderByDescending(x => x.Score).Select(x => x.Councillor.Slug).FirstOrDefault();
                newNames.Add(new ListNewName(row.Line, row.Name, row.Ward, listed, elsewhere));
                continue;
            }

            var recorded = PartyAt(m.Councillor, date);
            if (recorded is null)
            {
                notKnown.Add(new ListPartyNotKnown(row.Line, row.Name, m.Councillor.Slug, m.Councillor.Name, listed));
            }
            else if (recorded == listed.Slug)
            {
                unchanged.Add(m.Councillor.Name);
            }
            else
            {
                changes.Add(new ListPartyChange(row.Line, row.Name, m.Councillor.Slug, m.Councillor.Name, row.Ward ?? m.Seat.Ward, Ref(recorded, knowledge), listed));
            }
        }

        var gone = sitting.Where(s => !taken.Contains(s.Councillor.Slug))
            .Select(s => new ListGone(s.Councillor.Slug, s.Councillor.Name, s.Seat!.Ward, PartyAt(s.Councillor, date) is { } p ? Ref(p, knowledge) : null))
            .OrderBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        var unknownParties = rows.Select(r => r.Party).Where(p => PartyNames.Match(p, knowledge.Parties) is null)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        return new ListComparisonResult(new DraftRef(council.Slug, council.Name), date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            source, rows.Count, changes, newNames, gone, notKnown, unchanged.Count, unchanged, unknownParties);
    }

    /// <summary>
    /// The party the record gives a councillor on a date: of the affiliations that may cover it, the one that began
    /// latest; null when none covers it or two that began at no known time both could.
    /// </summary>
    public static string? PartyAt(KnownCouncillor councillor, DateOnly date)
    {
        var covering = councillor.Affiliations.Where(a => Covers(a.From, a.To, date))
            .OrderByDescending(a => a.From.IsKnown ? a.From.Start!.Value.DayNumber : int.MinValue)
            .ToList();
        if (covering.Count == 0 || (covering.Count > 1 && !covering[0].From.IsKnown))
        {
            return null;
        }

        // Two that began in the same month ("to November 2024", "from November 2024") on a date in that month: the later.
        return covering[0].Party;
    }

    // A span with an unknown start began before anything; with an unknown end it has not ended.
    private static bool Covers(PartialDate from, PartialDate to, DateOnly date) =>
        (!from.IsKnown || from.Start!.Value <= date) && (!to.IsKnown || to.End!.Value >= date);

    private static DraftRef PartyOf(string written, ImportKnowledge knowledge) =>
        PartyNames.Match(written, knowledge.Parties) is { } p ? new DraftRef(p.Slug, p.Name) : new DraftRef(null, written);

    private static DraftRef Ref(string slug, ImportKnowledge knowledge) =>
        new(slug, knowledge.Parties.FirstOrDefault(p => p.Slug == slug)?.Name ?? slug);
}
