namespace DefectionTracker.Web.Domain;

/// <summary>Seats per party on a council at a date, as one source states them.</summary>
public sealed record CompositionSnapshot(
    string Id,
    PartialDate AsOf,
    CompositionKind Kind,
    string SourceId,
    IReadOnlyDictionary<string, int> Seats,
    string? After = null);

/// <summary>Seats that moved from one party to another on a council in one event; null seats = the number is unknown.</summary>
public sealed record SeatChange(string DefectionId, PartialDate Date, string FromParty, string? ToParty, int? Seats, int Sequence = 0,
    string? After = null);

/// <summary>A council's composition just before and just after one event.</summary>
public sealed record EventEffect(string DefectionId, Seats Before, Seats After, int Shortfall)
{
    /// <summary>
    /// Other events at the council whose order relative to this one the sources leave open (a month and a day in it,
    /// with no "after" link): "before" and "after" assume the order shown, and the pages say so.
    /// </summary>
    public IReadOnlyList<(string DefectionId, PartialDate Date)> OrderUnknownWith { get; init; } = [];

    /// <summary>True or false when control is known on both sides; null when either side is unknown.</summary>
    public bool? FlippedControl =>
        Before.Control.Kind == ControlKind.Unknown || After.Control.Kind == ControlKind.Unknown
            ? null
            : Before.Control != After.Control;
}

/// <summary>A later snapshot that does not match what the recorded events imply (Broxtowe: 20 left per the press, 18 per the council).</summary>
public sealed record Discrepancy(CompositionSnapshot Snapshot, Seats Derived, Seats Stated)
{
    /// <summary>The snapshot the derivation started from (null when it started from an earlier derivation).</summary>
    public CompositionSnapshot? Since { get; init; }

    /// <summary>The events applied since <see cref="Since"/>, in the order they were applied.</summary>
    public IReadOnlyList<string> DefectionIds { get; init; } = [];

    public IReadOnlyList<(string Party, int Derived, int Stated)> Differences =>
    [
        .. Derived.ByParty.Select(p => p.Key).Union(Stated.ByParty.Select(p => p.Key)).Distinct()
            .Select(p => (p, Derived[p], Stated[p]))
            .Where(d => d.Item2 != d.Item3)
            .OrderBy(d => d.p, StringComparer.Ordinal),
    ];
}

/// <summary>
/// A council's composition over time, computed from its snapshots and the dated seat changes. Items are applied in
/// date order (<see cref="PartialDate.CompareTo"/>); on the same date a change comes before a snapshot, because a
/// snapshot taken that day already reflects it. A snapshot replaces the running count; a change of unknown size makes
/// the count unknown until the next snapshot. Changes with an unknown date cannot be placed and are left out.
/// A later snapshot that disagrees with the events is a discrepancy, except an election result: an election replaces
/// the council, it does not contradict the events before it.
/// </summary>
public sealed class CouncilHistory
{
    private readonly List<(PartialDate Date, Seats Seats)> _states = [];
    private readonly Dictionary<string, EventEffect> _effects = new(StringComparer.Ordinal);
    private readonly List<Discrepancy> _discrepancies = [];

    private CouncilHistory(int? totalSeats) => TotalSeats = totalSeats;

    public int? TotalSeats { get; }

    /// <summary>After the last election before the first change (or the earliest snapshot before it); unknown if none.</summary>
    public Seats Before { get; private set; } = Seats.Unknown(null);

    public CompositionSnapshot? BeforeSnapshot { get; private set; }

    /// <summary>After every snapshot and change.</summary>
    public Seats Now { get; private set; } = Seats.Unknown(null);

    /// <summary>The date of the last item that "now" reflects.</summary>
    public PartialDate NowAsOf { get; private set; } = PartialDate.Unknown;

    /// <summary>The latest snapshot that "now" starts from, if any.</summary>
    public CompositionSnapshot? NowSnapshot { get; private set; }

    /// <summary>Events applied after <see cref="NowSnapshot"/>: when empty, "now" is exactly that snapshot.</summary>
    public IReadOnlyList<string> SinceNowSnapshot { get; private set; } = [];

    public IReadOnlyDictionary<string, EventEffect> Effects => _effects;

    public IReadOnlyList<Discrepancy> Discrepancies => _discrepancies;

    /// <summary>Events at this council whose date is unknown: they cannot be placed, so they have no effect here.</summary>
    public IReadOnlyList<string> UnplacedDefectionIds { get; private set; } = [];

    /// <summary>True or false when control is known before and now; null when either is unknown.</summary>
    public bool? ControlChanged =>
        Before.Control.Kind == ControlKind.Unknown || Now.Control.Kind == ControlKind.Unknown
            ? null
            : Before.Control != Now.Control;

    /// <summary>The composition on a date: every item whose period starts on or before it.</summary>
    public Seats At(DateOnly date)
    {
        var state = Seats.Unknown(TotalSeats);
        foreach (var (itemDate, seats) in _states)
        {
            if (itemDate.Start is { } start && start <= date)
            {
                state = seats;
            }
        }

        return state;
    }

    public static CouncilHistory Build(int? totalSeats, IEnumerable<CompositionSnapshot> snapshots, IEnumerable<SeatChange> changes)
    {
        var history = new CouncilHistory(totalSeats);
        var snapshotList = snapshots.Where(s => s.AsOf.IsKnown).ToList();
        var allChanges = changes.ToList();
        var changeList = allChanges.Where(c => c.Date.IsKnown).ToList();
        history.UnplacedDefectionIds = [.. allChanges.Where(c => !c.Date.IsKnown).Select(c => c.DefectionId).Distinct(StringComparer.Ordinal)];
        var items = Arrange(changeList, snapshotList);

        var firstChange = changeList.Count == 0 ? (PartialDate?)null : changeList.Min(c => c.Date);
        var beforeCandidates = snapshotList.Where(s => firstChange is null || s.AsOf < firstChange.Value).ToList();
        history.BeforeSnapshot = beforeCandidates.Where(s => s.Kind == CompositionKind.ElectionResult).MaxBy(s => s.AsOf)
            ?? (firstChange is null ? beforeCandidates.MaxBy(s => s.AsOf) : beforeCandidates.MinBy(s => s.AsOf));
        history.Before = history.BeforeSnapshot is { } b ? Seats.Of(totalSeats, b.Seats) : Seats.Unknown(totalSeats);

        var state = Seats.Unknown(totalSeats);
        var changedSinceSnapshot = new List<string>();
        CompositionSnapshot? lastSnapshot = null;
        foreach (var item in items)
        {
            if (item.Snapshot is { } snapshot)
            {
                var stated = Seats.Of(totalSeats, snapshot.Seats);
                if (changedSinceSnapshot.Count > 0 && state.IsKnown && !state.SameAs(stated)
                    && snapshot.Kind != CompositionKind.ElectionResult)
                {
                    history._discrepancies.Add(new Discrepancy(snapshot, state, stated)
                    {
                        Since = lastSnapshot,
                        DefectionIds = [.. changedSinceSnapshot.Distinct(StringComparer.Ordinal)],
                    });
                }

                state = stated;
                changedSinceSnapshot.Clear();
                lastSnapshot = snapshot;
                history.NowSnapshot = snapshot;
            }
            else if (item.Change is { } change)
            {
                var (after, shortfall) = state.Move(change.FromParty, change.ToParty, change.Seats);
                history._effects[change.DefectionId] = history._effects.TryGetValue(change.DefectionId, out var earlier)
                    ? earlier with { After = after, Shortfall = earlier.Shortfall + shortfall }
                    : new EventEffect(change.DefectionId, state, after, shortfall)
                    {
                        OrderUnknownWith = [.. changeList.Where(other => other.DefectionId != change.DefectionId
                                && DefectionOrder.OrderOpen(change.Date, other.Date) && !Linked(change, other))
                            .Select(other => (other.DefectionId, other.Date)).Distinct()],
                    };
                state = after;
                changedSinceSnapshot.Add(change.DefectionId);
            }

            history._states.Add((item.Item1, state));
            history.NowAsOf = item.Item1;
        }

        history.Now = state;
        history.SinceNowSnapshot = [.. changedSinceSnapshot.Distinct(StringComparer.Ordinal)];
        return history;
    }

    /// <summary>
    /// Changes in the one order (<see cref="SeatChange.Sequence"/>, then date), with each snapshot placed just after the
    /// event it names in <c>after</c>, or else before the first item dated later than it (on the same date a change comes
    /// first: a snapshot taken that day already reflects it).
    /// </summary>
    private static List<(PartialDate Date, SeatChange? Change, CompositionSnapshot? Snapshot)> Arrange(
        List<SeatChange> changes, List<CompositionSnapshot> snapshots)
    {
        var items = changes.OrderBy(c => c.Sequence).ThenBy(c => (c.Date, c.DefectionId), DefectionOrder.Chronological)
            .Select(c => (c.Date, Change: (SeatChange?)c, Snapshot: (CompositionSnapshot?)null))
            .ToList();
        foreach (var s in snapshots.OrderBy(s => s.AsOf))
        {
            var anchor = s.After is { } after ? items.FindLastIndex(x => x.Change?.DefectionId == after) : -1;
            int position;
            if (anchor >= 0)
            {
                position = anchor + 1;
                while (position < items.Count && items[position].Snapshot is { } next && next.AsOf <= s.AsOf)
                {
                    position++;
                }
            }
            else
            {
                position = items.FindIndex(x => x.Change is not null ? x.Date.CompareTo(s.AsOf) > 0 : x.Date.CompareTo(s.AsOf) > 0);
                position = position < 0 ? items.Count : position;
            }

            items.Insert(position, (s.AsOf, null, s));
        }

        return items;
    }

    /// <summary>Whether an "after" link settles the order of two changes (the events' sequence reflects it).</summary>
    private static bool Linked(SeatChange a, SeatChange b) => a.After == b.DefectionId || b.After == a.DefectionId;
}
