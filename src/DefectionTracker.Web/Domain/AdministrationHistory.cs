namespace DefectionTracker.Web.Domain;

/// <summary>An administration as its history needs it: when it started, what it was, and which parties were in it.</summary>
public sealed record AdministrationSpell(
    string Id,
    PartialDate From,
    string? AfterEventId,
    AdministrationKind Kind,
    IReadOnlyList<string> Parties,
    string? LeaderParty)
{
    /// <summary>False for a record that says only that the administration from that date is not known.</summary>
    public bool IsKnown => Kind != AdministrationKind.Unknown;

    /// <summary>The leader's party and every party in the administration, each once.</summary>
    public IReadOnlyList<string> PartiesInPower =>
        [.. (LeaderParty is null ? Parties : Parties.Prepend(LeaderParty)).Distinct(StringComparer.Ordinal)];

    /// <summary>The same administration in substance (a new leader from the same party is not a change of administration).</summary>
    public bool SameAs(AdministrationSpell other) =>
        Kind == other.Kind && LeaderParty == other.LeaderParty && Parties.SequenceEqual(other.Parties, StringComparer.Ordinal);
}

/// <summary>An event at a council, in the council's order of events.</summary>
public sealed record CouncilEvent(string Id, PartialDate Date);

/// <summary>Whether an administration started before or after an event, or whether the dates cannot say.</summary>
public enum Placement
{
    Before,
    After,
    NotKnown,
}

/// <summary>Why the administration on one side of a change is not known.</summary>
public enum AdministrationUnknown
{
    /// <summary>Both sides are known.</summary>
    None,

    /// <summary>No administration is recorded for that time.</summary>
    NoRecord,

    /// <summary>An administration's start cannot be placed before or after the event (dates of overlapping periods).</summary>
    OrderNotKnown,

    /// <summary>The event's own date is not known, so it cannot be placed among the administrations.</summary>
    EventNotPlaced,
}

/// <summary>The administration just before and just after an event (or across the whole record), and who lost power.</summary>
public sealed record AdministrationChange(AdministrationSpell? Before, AdministrationSpell? After, AdministrationUnknown Unknown)
{
    public static AdministrationChange NotKnown(AdministrationUnknown why) => new(null, null, why);

    private bool BothKnown => Before is { IsKnown: true } && After is { IsKnown: true };

    /// <summary>True or false when both sides are known; null otherwise.</summary>
    public bool? Changed => BothKnown ? !Before!.SameAs(After!) : null;

    /// <summary>
    /// The parties that led or sat in the administration before and are not in it after; empty when none lost power;
    /// null when either side is not known.
    /// </summary>
    public IReadOnlyList<string>? LostPower => BothKnown
        ? [.. Before!.PartiesInPower.Where(p => !After!.PartiesInPower.Contains(p, StringComparer.Ordinal))]
        : null;
}

/// <summary>
/// A council's administrations in order, placed against its events. An administration holds from its start until the
/// next one. Its start is placed against an event by date when the periods do not overlap ("May 2023" is before
/// "5 November 2023"; "17 November 2023" is after it), or by its "after event" when the editor knows it followed that
/// event; otherwise the order is not known and the history says so instead of guessing.
/// Seat arithmetic is not used: an administration is what the sources say, never what the seats suggest.
/// </summary>
public sealed class AdministrationHistory
{
    private readonly List<AdministrationSpell> _inOrder;
    private readonly List<CouncilEvent> _events;
    private readonly Dictionary<string, int> _eventIndex;

    private AdministrationHistory(List<AdministrationSpell> inOrder, List<CouncilEvent> events)
    {
        _inOrder = inOrder;
        _events = events;
        _eventIndex = events.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>Earliest first.</summary>
    public IReadOnlyList<AdministrationSpell> InOrder => _inOrder;

    /// <summary>
    /// <paramref name="eventsInOrder"/> is the council's events in the one order of events; those with an unknown
    /// date cannot be placed and are left out of it.
    /// </summary>
    public static AdministrationHistory Build(IEnumerable<AdministrationSpell> administrations, IEnumerable<CouncilEvent> eventsInOrder)
    {
        var events = eventsInOrder.Where(e => e.Date.IsKnown).ToList();
        var dates = events.ToDictionary(e => e.Id, e => e.Date, StringComparer.Ordinal);
        var index = events.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        // An administration dated only as "after event X" sorts at that event's date, after any dated to the same period.
        var ordered = administrations
            .Select(a => (Admin: a, Key: a.From.IsKnown ? a.From : a.AfterEventId is { } e && dates.TryGetValue(e, out var d) ? d : PartialDate.Unknown))
            .OrderBy(x => x.Key)
            .ThenBy(x => x.Admin.AfterEventId is { } e && index.TryGetValue(e, out var i) ? i : -1)
            .ThenBy(x => x.Admin.From.IsKnown ? 0 : 1)
            .ThenBy(x => x.Admin.Id, StringComparer.Ordinal)
            .Select(x => x.Admin)
            .ToList();
        return new AdministrationHistory(ordered, events);
    }

    /// <summary>Whether <paramref name="administration"/> started before or after <paramref name="e"/>.</summary>
    public Placement Place(AdministrationSpell administration, CouncilEvent e)
    {
        if (administration.AfterEventId is { } after)
        {
            if (after == e.Id)
            {
                return Placement.After;
            }

            if (_eventIndex.TryGetValue(after, out var afterIndex) && _eventIndex.TryGetValue(e.Id, out var eventIndex) && afterIndex > eventIndex)
            {
                return Placement.After;
            }
        }

        if (!e.Date.IsKnown || !administration.From.IsKnown)
        {
            return Placement.NotKnown;
        }

        if (administration.From.End < e.Date.Start)
        {
            return Placement.Before;
        }

        return administration.From.Start > e.Date.End ? Placement.After : Placement.NotKnown;
    }

    /// <summary>
    /// The administration in force just before the event, and the one in force once its consequences settled: the
    /// first that starts after the event and is not known to start after a later event at the council, else the
    /// one in force before.
    /// </summary>
    public AdministrationChange Around(string eventId)
    {
        if (!_eventIndex.TryGetValue(eventId, out var i))
        {
            return AdministrationChange.NotKnown(AdministrationUnknown.EventNotPlaced);
        }

        var e = _events[i];
        var places = _inOrder.Select(a => Place(a, e)).ToList();
        var lastBefore = places.FindLastIndex(p => p == Placement.Before);
        var later = Enumerable.Range(lastBefore + 1, _inOrder.Count - lastBefore - 1).ToList();
        if (later.Any(k => places[k] == Placement.NotKnown))
        {
            return AdministrationChange.NotKnown(AdministrationUnknown.OrderNotKnown);
        }

        // An administration known to start after any later event belongs to that event, not this one (a later event
        // dated only to a month may sort before this one's successor and say nothing about it).
        var before = lastBefore >= 0 ? _inOrder[lastBefore] : null;
        var first = later.Select(k => _inOrder[k]).FirstOrDefault();
        var afterALaterEvent = first is not null && _events.Skip(i + 1).Any(next => Place(first, next) == Placement.After);
        var after = first is not null && !afterALaterEvent ? first : before;
        return new AdministrationChange(before, after, before is null || after is null ? AdministrationUnknown.NoRecord : AdministrationUnknown.None);
    }

    /// <summary>
    /// Across the whole record: the administration just before the council's first placed event (the first recorded
    /// when it has none) and the latest one.
    /// </summary>
    public AdministrationChange Overall()
    {
        var now = _inOrder.LastOrDefault();
        if (_events.Count == 0)
        {
            var first = _inOrder.FirstOrDefault();
            return new AdministrationChange(first, now, first is null ? AdministrationUnknown.NoRecord : AdministrationUnknown.None);
        }

        var atFirst = Around(_events[0].Id);
        if (atFirst.Unknown == AdministrationUnknown.OrderNotKnown)
        {
            return new AdministrationChange(null, now, AdministrationUnknown.OrderNotKnown);
        }

        return new AdministrationChange(atFirst.Before, now,
            atFirst.Before is null || now is null ? AdministrationUnknown.NoRecord : AdministrationUnknown.None);
    }
}
