namespace DefectionTracker.Web.Domain;

/// <summary>
/// One event in which a party lost councillors, as the counting rule needs it. <paramref name="MovedNoSeat"/> is true
/// when every council of the event records 0 seats changed: the councillors had already left the party's group (a
/// suspended councillor who later resigns membership). Build it with <see cref="CouncillorsLost.Event"/>, so that what
/// "moved no seat" and "unverified" mean is decided in one place.
/// </summary>
public sealed record LossEvent(
    string DefectionId,
    PartialDate Date,
    int? CouncillorCount,
    bool MovedNoSeat,
    IReadOnlyCollection<string> CouncillorSlugs,
    bool Unverified = false,
    int Sequence = 0);

/// <summary>What one event adds to a party's count of councillors lost.</summary>
public enum LossContribution
{
    /// <summary>Its known number of councillors is added.</summary>
    Counted,

    /// <summary>The sources give no number: nothing is added and the total says it is a lower bound.</summary>
    UnknownCount,

    /// <summary>It moved no seat: its councillors left the group in an earlier event and were counted there.</summary>
    AlreadyCounted,

    /// <summary>An unverified report: shown, never added.</summary>
    Unverified,
}

/// <summary>A party's councillors lost over a set of events, with what the number leaves out.</summary>
public sealed record LossTally(int Councillors, int Events, int UnknownCountEvents, int AlreadyCountedEvents, int UnverifiedEvents)
{
    /// <summary>True when some counted event gives no number, so <see cref="Councillors"/> is a lower bound.</summary>
    public bool IsLowerBound => UnknownCountEvents > 0;
}

/// <summary>
/// The one rule for "councillors lost by a party", used by every page, feed and endpoint: an event counts for the party
/// it left (a councillor joining a party is a loss for the party left, never a gain counted as a loss); a
/// suspended-then-resigned councillor is counted once (the later event moved no seat); an unverified report is shown but
/// not added; an unknown number adds nothing and makes the total a lower bound.
/// </summary>
public static class CouncillorsLost
{
    /// <summary>
    /// An event as the rule sees it. <paramref name="seatsChangedPerCouncil"/> holds the seats moved at each council of
    /// the event (null where not known); an event tied to no council has moved seats nobody can place, so it is not
    /// "moved no seat".
    /// </summary>
    public static LossEvent Event(string defectionId, PartialDate date, int? councillorCount,
        IReadOnlyCollection<int?> seatsChangedPerCouncil, IReadOnlyCollection<string> councillorSlugs, Verification verification,
        int sequence = 0) =>
        new(defectionId, date, councillorCount,
            seatsChangedPerCouncil.Count > 0 && seatsChangedPerCouncil.All(s => s == 0),
            councillorSlugs,
            verification == Verification.Unverified,
            sequence);

    public static LossContribution Contribution(LossEvent e) =>
        e.Unverified ? LossContribution.Unverified
        : e.MovedNoSeat ? LossContribution.AlreadyCounted
        : e.CouncillorCount is null ? LossContribution.UnknownCount
        : LossContribution.Counted;

    /// <summary>The councillors the event adds to the party's total.</summary>
    public static int Adds(LossEvent e) => Contribution(e) == LossContribution.Counted ? e.CouncillorCount!.Value : 0;

    public static LossTally Tally(IEnumerable<LossEvent> events)
    {
        var list = events.ToList();
        var by = list.CountBy(Contribution).ToDictionary(x => x.Key, x => x.Value);
        return new LossTally(
            list.Sum(Adds),
            list.Count,
            by.GetValueOrDefault(LossContribution.UnknownCount),
            by.GetValueOrDefault(LossContribution.AlreadyCounted),
            by.GetValueOrDefault(LossContribution.Unverified));
    }

    /// <summary>
    /// Seats a party lost at one council in one event: the seats moved there (null when the split is unknown), under the
    /// same rule (an unverified report adds nothing).
    /// </summary>
    public static int? AtCouncil(int? seatsChanged, Verification verification) =>
        verification == Verification.Unverified ? 0 : seatsChanged;
}
