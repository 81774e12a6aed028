namespace DefectionTracker.Web.Domain;

/// <summary>
/// The one order for lists of defections. Chronological order is <see cref="PartialDate.CompareTo"/> (by the first day
/// of the known period; on the same first day the more precise date first; unknown dates last), ties broken by id.
/// "after" links then move an event behind the one it is known to follow (<see cref="Sequence"/>); the result is stored
/// as <see cref="Defection.Sequence"/> when the data is written. Newest first is that order exactly reversed for dated
/// events, with the undated after them by id: "April 2024" (which may be any day of April) comes before "1 April 2024".
/// The SQL form (<see cref="NewestFirst(IQueryable{Defection})"/>) sorts the same way, so a page cut in SQL matches the
/// list sorted in memory.
/// </summary>
public static class DefectionOrder
{
    /// <summary>Oldest first: date, then id.</summary>
    public static IComparer<(PartialDate Date, string Id)> Chronological { get; } = Comparer<(PartialDate Date, string Id)>.Create((a, b) =>
    {
        var byDate = a.Date.CompareTo(b.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    });

    /// <summary>
    /// The one chronological order of a set of events, as their ids: <see cref="Chronological"/>, then every event that
    /// names another in <c>after</c> moved to just behind it when the dates had put it first (a month-precision event is
    /// not known to come first: "November 2023" may be after 5 November). Undated events stay last. The dataset
    /// validator refuses cycles; a cycle here leaves the date order as it is.
    /// </summary>
    public static IReadOnlyList<string> Sequence(IEnumerable<(PartialDate Date, string Id, string? After)> events)
    {
        var list = events.ToList();
        var ordered = list.OrderBy(e => (e.Date, e.Id), Chronological).ToList();
        for (var pass = 0; pass <= list.Count; pass++)
        {
            var moved = false;
            for (var i = 0; i < ordered.Count; i++)
            {
                var e = ordered[i];
                var target = e.After is null ? -1 : ordered.FindIndex(x => x.Id == e.After);
                if (target > i)
                {
                    ordered.RemoveAt(i);
                    ordered.Insert(target, e);
                    moved = true;
                    break;
                }
            }

            if (!moved)
            {
                break;
            }
        }

        return [.. ordered.Select(e => e.Id)];
    }

    /// <summary>
    /// Whether the dates alone leave the order of two events open: both known, their periods overlap, and they are not
    /// both single days (two events on the same day are taken as simultaneous). An <c>after</c> link settles it.
    /// </summary>
    public static bool OrderOpen(PartialDate a, PartialDate b) =>
        a.Start is { } aStart && a.End is { } aEnd && b.Start is { } bStart && b.End is { } bEnd
        && aStart <= bEnd && bStart <= aEnd
        && !(a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day);

    /// <summary>
    /// Newest first by the events' <see cref="Defection.Sequence"/>: dated events latest first, undated last by id. Pass
    /// the events' <see cref="Defection.OrderDate"/> as <paramref name="date"/>: an event with no year or only bounds is
    /// placed by its upper bound (<see cref="EventDate.OrderDate"/>).
    /// </summary>
    public static IOrderedEnumerable<T> OrderNewestFirst<T>(this IEnumerable<T> items, Func<T, int> sequence, Func<T, PartialDate> date) =>
        items.OrderBy(x => date(x).IsKnown ? 0 : 1).ThenByDescending(x => date(x).IsKnown ? sequence(x) : -sequence(x));

    /// <summary>Oldest first by the events' <see cref="Defection.Sequence"/>.</summary>
    public static IOrderedEnumerable<T> OrderChronologically<T>(this IEnumerable<T> items, Func<T, int> sequence) =>
        items.OrderBy(sequence);

    /// <summary>
    /// Newest first in SQL: events with a known order date (<see cref="Defection.OrderDate"/>) first, by <see cref="Defection.Sequence"/> descending; undated by sequence (that is, id).
    /// </summary>
    public static IOrderedQueryable<Defection> NewestFirst(this IQueryable<Defection> query) => query
        .OrderBy(d => d.OrderDate.Start == null)
        .ThenByDescending(d => d.OrderDate.Start == null ? -d.Sequence : d.Sequence);
}
