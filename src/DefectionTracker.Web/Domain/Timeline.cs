using System.Globalization;

namespace DefectionTracker.Web.Domain;

/// <summary>A calendar quarter: Q1 is January to March.</summary>
public readonly record struct Quarter(int Year, int Number) : IComparable<Quarter>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// The quarter a date falls in, when its precision says so: a day or a month lies in one quarter; a year or an
    /// unknown date does not, so the answer is null (never a guessed quarter).
    /// </summary>
    public static Quarter? Of(PartialDate date) =>
        date.Start is { } s && date.Precision is DatePrecision.Day or DatePrecision.Month ? Containing(s) : null;

    /// <summary>The quarter that contains a day.</summary>
    public static Quarter Containing(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);

    /// <summary>The first day of the next quarter.</summary>
    public DateOnly End => Start.AddMonths(3);

    public Quarter Next() => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    /// <summary>Every quarter from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static IEnumerable<Quarter> Range(Quarter first, Quarter last)
    {
        for (var q = first; q.CompareTo(last) <= 0; q = q.Next())
        {
            yield return q;
        }
    }

    /// <summary>"Q2 2024".</summary>
    public override string ToString() => $"Q{Number} {Year}";

    /// <summary>"April to June 2024".</summary>
    public string Months() =>
        $"{Start.ToString("MMMM", English)} to {Start.AddMonths(2).ToString("MMMM", English)} {Year}";

    public int CompareTo(Quarter other) => Year != other.Year ? Year.CompareTo(other.Year) : Number.CompareTo(other.Number);

    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;

    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;

    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;

    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;
}

/// <summary>
/// An event on the timeline: what it adds to the running total and the total after it. <see cref="AlreadyCountedIn"/>
/// names the earlier event that counted the same councillors, when this one moved no seat.
/// </summary>
public sealed record LossTimelineEntry(LossEvent Event, int Added, int Cumulative, string? AlreadyCountedIn)
{
    public bool CountUnknown => Event.CouncillorCount is null;

    /// <summary>True when the event's councillors were counted before (it moved no seat), so it adds nothing.</summary>
    public bool AlreadyCounted => CouncillorsLost.Contribution(Event) == LossContribution.AlreadyCounted && Event.CouncillorCount is not null;

    /// <summary>True for an unverified report: shown, never added to a total.</summary>
    public bool Unverified => CouncillorsLost.Contribution(Event) == LossContribution.Unverified;
}

/// <summary>Councillors lost in one quarter, from the events on the timeline whose date lies in it.</summary>
public sealed record QuarterLosses(Quarter Quarter, int Councillors, int Events, int EventsWithUnknownCount);

/// <summary>A party's losses over time: dated events in order with a running total, and the undated ones apart.</summary>
public sealed class LossTimeline
{
    private LossTimeline(IReadOnlyList<LossTimelineEntry> dated, IReadOnlyList<LossTimelineEntry> undated)
    {
        Dated = dated;
        Undated = undated;
    }

    /// <summary>Events with a known date, oldest first by <see cref="PartialDate.CompareTo"/>, ties by id.</summary>
    public IReadOnlyList<LossTimelineEntry> Dated { get; }

    /// <summary>Events whose date is unknown: they cannot be placed on the axis and add nothing to the line.</summary>
    public IReadOnlyList<LossTimelineEntry> Undated { get; }

    /// <summary>Councillors counted on the line: known numbers only, each person once.</summary>
    public int Total => Dated.Count == 0 ? 0 : Dated[^1].Cumulative;

    /// <summary>The party's councillors lost over every event shown, dated or not, by the one rule (<see cref="CouncillorsLost"/>).</summary>
    public LossTally Tally => CouncillorsLost.Tally(All.Select(e => e.Event));

    public IEnumerable<LossTimelineEntry> All => Dated.Concat(Undated);

    /// <summary>
    /// Orders the events, marks those that count councillors already counted, and sums what is known. The running total
    /// adds each event's <see cref="LossEvent.CouncillorCount"/>, except: an unknown count adds nothing (it is marked
    /// instead), and an event that moved no seat adds nothing (its councillors left the party's group in an earlier event,
    /// typically a suspension, and were counted there). "Already counted" is decided over <paramref name="events"/>, all of
    /// the party's events, so a filter that hides the suspension does not make the later resignation count.
    /// <paramref name="include"/> picks the events to show; the running total covers those only.
    /// </summary>
    public static LossTimeline Build(IEnumerable<LossEvent> events, Func<LossEvent, bool>? include = null)
    {
        var ordered = events.OrderBy(e => e.Sequence).ThenBy(e => (e.Date, e.DefectionId), DefectionOrder.Chronological).ToList();
        var countedIn = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            var e = ordered[i];
            if (e.MovedNoSeat && e.Date.IsKnown)
            {
                // The latest earlier event of the party that names one of the same councillors.
                countedIn[e.DefectionId] = ordered.Take(i).LastOrDefault(earlier =>
                    !earlier.MovedNoSeat && earlier.CouncillorSlugs.Intersect(e.CouncillorSlugs, StringComparer.Ordinal).Any())?.DefectionId;
            }
        }

        var shown = ordered.Where(e => include?.Invoke(e) ?? true).ToList();
        var dated = new List<LossTimelineEntry>();
        var total = 0;
        foreach (var e in shown.Where(e => e.Date.IsKnown))
        {
            var added = CouncillorsLost.Adds(e);
            total += added;
            dated.Add(new LossTimelineEntry(e, added, total, countedIn.GetValueOrDefault(e.DefectionId)));
        }

        var undated = shown.Where(e => !e.Date.IsKnown).Select(e => new LossTimelineEntry(e, 0, 0, null)).ToList();
        return new LossTimeline(dated, undated);
    }

    /// <summary>
    /// Councillors added to the line per quarter, every quarter from the first event's to the last event's (empty ones
    /// included, so gaps show). Events known only to the year cannot be put in a quarter and are left out; see
    /// <see cref="OutsideQuarters"/>.
    /// </summary>
    public IReadOnlyList<QuarterLosses> PerQuarter()
    {
        var placed = Dated.Select(e => (Quarter: Quarter.Of(e.Event.Date), Entry: e)).Where(x => x.Quarter is not null)
            .Select(x => (Quarter: x.Quarter!.Value, x.Entry)).ToList();
        if (placed.Count == 0)
        {
            return [];
        }

        var byQuarter = placed.ToLookup(x => x.Quarter, x => x.Entry);
        return
        [
            .. Quarter.Range(placed.Min(x => x.Quarter), placed.Max(x => x.Quarter)).Select(q => new QuarterLosses(
                q,
                byQuarter[q].Sum(e => e.Added),
                byQuarter[q].Count(),
                byQuarter[q].Count(e => e.CountUnknown))),
        ];
    }

    /// <summary>Dated events that lie in no single quarter (known only to the year).</summary>
    public IReadOnlyList<LossTimelineEntry> OutsideQuarters => [.. Dated.Where(e => Quarter.Of(e.Event.Date) is null)];
}

/// <summary>Whether a party lost control of a council in one event.</summary>
public static class ControlLoss
{
    /// <summary>
    /// True when the party had a majority just before and has none just after; false when it had none to lose (control
    /// before is known and is not its majority) or kept it; null when that cannot be told (control before unknown, or the
    /// party had a majority and control after is unknown, or the event's effect is unknown).
    /// </summary>
    public static bool? For(string partySlug, EventEffect? effect)
    {
        if (effect is null || effect.Before.Control.Kind == ControlKind.Unknown)
        {
            return null;
        }

        if (effect.Before.Control != Control.MajorityFor(partySlug))
        {
            return false;
        }

        return effect.After.Control.Kind == ControlKind.Unknown ? null : effect.After.Control != Control.MajorityFor(partySlug);
    }

    /// <summary>Across an event's councils: true if any was lost, false if every one is known not lost, else null.</summary>
    public static bool? AnyOf(IEnumerable<bool?> perCouncil)
    {
        var list = perCouncil.ToList();
        if (list.Any(c => c == true))
        {
            return true;
        }

        return list.Count > 0 && list.All(c => c == false) ? false : null;
    }
}

/// <summary>Dates typed into a filter: YYYY, YYYY-MM or YYYY-MM-DD, read at the precision their shape shows.</summary>
public static class DateInput
{
    /// <summary>The years a date in the address may name: the record's range with room to spare, far from DateOnly's limits.</summary>
    public const int FirstYear = 1900;

    public const int LastYear = 2100;

    public static bool TryParse(string? value, out PartialDate date, out string? error)
    {
        date = PartialDate.Unknown;
        var text = value?.Trim() ?? "";
        var precision = text.Length switch
        {
            4 => DatePrecision.Year,
            7 => DatePrecision.Month,
            10 => DatePrecision.Day,
            _ => DatePrecision.Unknown,
        };
        if (precision == DatePrecision.Unknown || !PartialDate.TryParse(text, precision, out date, out error))
        {
            error = $"'{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024, 2024-04 or 2024-04-01";
            date = PartialDate.Unknown;
            return false;
        }

        if (date.Start is not { Year: >= FirstYear and <= LastYear })
        {
            error = $"'{text}' is outside the years a date may name ({FirstYear} to {LastYear})";
            date = PartialDate.Unknown;
            return false;
        }

        return true;
    }

    /// <summary>
    /// A date range from the address (<c>from</c>, <c>to</c>; either may be empty): each date's shape, then the order.
    /// The timeline's filters and the API's use this one rule, so they cannot disagree on what a range is.
    /// </summary>
    public static IReadOnlyList<(string Parameter, string Message)> ParseRange(string? fromText, string? toText, out PartialDate? from, out PartialDate? to)
    {
        var problems = new List<(string, string)>();
        PartialDate? One(string parameter, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (TryParse(text, out var date, out var error))
            {
                return date;
            }

            problems.Add((parameter, $"{parameter}: {error}"));
            return null;
        }

        from = One("from", fromText);
        to = One("to", toText);
        if (from?.Start is { } f && to?.End is { } t && f > t)
        {
            problems.Add(("to", $"the range ends ({to.Value.ToDisplay()}) before it starts ({from.Value.ToDisplay()})"));
        }

        return problems;
    }

    /// <summary>
    /// Whether an event's period may fall in the range: it overlaps [from's first day, to's last day]. "April 2024" is in
    /// a range from 15 April 2024, since it may have happened after the 15th. Unknown dates are never in a range.
    /// </summary>
    public static bool Overlaps(PartialDate date, PartialDate? from, PartialDate? to) =>
        date.Start is { } start && date.End is { } end
        && (from?.Start is not { } f || end >= f)
        && (to?.End is not { } t || start <= t);
}
