namespace DefectionTracker.Web.Domain;

public enum ControlKind
{
    Unknown,
    Majority,
    NoOverallControl,
}

/// <summary>Who controls a council: a party with a majority, no overall control, or unknown.</summary>
public sealed record Control(ControlKind Kind, string? PartySlug)
{
    public static readonly Control Unknown = new(ControlKind.Unknown, null);
    public static readonly Control NoOverallControl = new(ControlKind.NoOverallControl, null);

    public static Control MajorityFor(string partySlug) => new(ControlKind.Majority, partySlug);
}

/// <summary>
/// Seats per party on a council at one moment. Seats not assigned to any party (vacancies, or seats a source does not
/// explain) stay in the total, so they count in the majority threshold's denominator.
/// </summary>
public sealed class Seats
{
    /// <summary>The key for councillors whose new affiliation no source states.</summary>
    public const string UnknownAffiliation = "_unknown";

    private readonly Dictionary<string, int> _byParty;

    private Seats(int? totalSeats, Dictionary<string, int> byParty, bool isKnown)
    {
        TotalSeats = totalSeats;
        _byParty = byParty;
        IsKnown = isKnown;
    }

    public static Seats Unknown(int? totalSeats) => new(totalSeats, [], isKnown: false);

    public static Seats Of(int? totalSeats, IEnumerable<KeyValuePair<string, int>> byParty)
    {
        var seats = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (party, count) in byParty)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            seats[party] = seats.GetValueOrDefault(party) + count;
        }

        if (totalSeats is { } total && seats.Values.Sum() > total)
        {
            throw new ArgumentException($"{seats.Values.Sum()} seats is more than the council's {total}", nameof(byParty));
        }

        return new Seats(totalSeats, seats, isKnown: true);
    }

    public int? TotalSeats { get; }

    /// <summary>False when the seat counts are not known (no baseline, or a change of unknown size since).</summary>
    public bool IsKnown { get; }

    /// <summary>Parties with at least one seat, largest first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> ByParty =>
        [.. _byParty.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)];

    public int this[string partySlug] => _byParty.GetValueOrDefault(partySlug);

    public int Assigned => _byParty.Values.Sum();

    /// <summary>Seats in the total that no party holds: vacancies or seats the source leaves unexplained.</summary>
    public int? Unassigned => IsKnown && TotalSeats is { } total ? total - Assigned : null;

    /// <summary>floor(total / 2) + 1; vacancies stay in the denominator. Null when the total is unknown.</summary>
    public int? MajorityThreshold => TotalSeats is { } total ? MajorityThresholdFor(total) : null;

    public static int MajorityThresholdFor(int totalSeats) => (totalSeats / 2) + 1;

    /// <summary>
    /// Majority when a party holds at least the threshold; no overall control when none does and none could with the
    /// unassigned seats; otherwise, or when the counts are unknown, unknown.
    /// </summary>
    public Control Control
    {
        get
        {
            if (!IsKnown || MajorityThreshold is not { } threshold || Unassigned is not { } unassigned)
            {
                return Control.Unknown;
            }

            var largest = _byParty.Where(p => p.Key != UnknownAffiliation).OrderByDescending(p => p.Value).FirstOrDefault();
            if (largest.Key is not null && largest.Value >= threshold)
            {
                return Control.MajorityFor(largest.Key);
            }

            var uncertain = unassigned + this[UnknownAffiliation];
            return largest.Value + uncertain >= threshold ? Control.Unknown : Control.NoOverallControl;
        }
    }

    /// <summary>How many more seats the party needs for a majority (0 when it has one); null when unknown.</summary>
    public int? SeatsToMajority(string partySlug) =>
        IsKnown && MajorityThreshold is { } threshold ? Math.Max(0, threshold - this[partySlug]) : null;

    /// <summary>
    /// Moves seats from one party to another. An unknown count makes the result unknown; a move larger than the party
    /// holds moves what it holds and reports the shortfall, so seats never go negative.
    /// </summary>
    public (Seats After, int Shortfall) Move(string fromParty, string? toParty, int? count)
    {
        if (!IsKnown || count is null)
        {
            return (Unknown(TotalSeats), 0);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count.Value);
        var moved = Math.Min(count.Value, this[fromParty]);
        var seats = new Dictionary<string, int>(_byParty, StringComparer.Ordinal);
        seats[fromParty] = this[fromParty] - moved;
        var destination = toParty ?? UnknownAffiliation;
        seats[destination] = seats.GetValueOrDefault(destination) + moved;
        return (new Seats(TotalSeats, seats, isKnown: true), count.Value - moved);
    }

    public bool SameAs(Seats other) =>
        IsKnown == other.IsKnown && TotalSeats == other.TotalSeats
        && ByParty.SequenceEqual(other.ByParty);
}
