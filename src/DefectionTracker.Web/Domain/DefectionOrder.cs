namespace DefectionTracker.Web.Domain;

/// <summary>
/// The one order for lists of defections. Chronological order is <see cref="PartialDate.CompareTo"/> (by the first day
/// of the known period; on the same first day the more precise date first; unknown dates last), ties broken by id.
/// Newest first is that order reversed for dated events, with the undated after them by id: "April 2024" (which may be
/// any day of April) comes before "1 April 2024". The SQL form (<see cref="NewestFirst(IQueryable{Defection})"/>) sorts
/// the same way, so a page cut in SQL matches the list sorted in memory.
/// </summary>
public static class DefectionOrder
{
    /// <summary>Oldest first: date, then id.</summary>
    public static IComparer<(PartialDate Date, string Id)> Chronological { get; } = Comparer<(PartialDate Date, string Id)>.Create((a, b) =>
    {
        var byDate = a.Date.CompareTo(b.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    });

    /// <summary>Newest first: dated events by date descending, then id; undated events last, by id.</summary>
    public static IComparer<(PartialDate Date, string Id)> NewestFirstOrder { get; } = Comparer<(PartialDate Date, string Id)>.Create((a, b) =>
    {
        if (a.Date.IsKnown != b.Date.IsKnown)
        {
            return a.Date.IsKnown ? -1 : 1;
        }

        var byDate = b.Date.CompareTo(a.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    });

    public static IOrderedEnumerable<T> OrderNewestFirst<T>(this IEnumerable<T> items, Func<T, PartialDate> date, Func<T, string> id) =>
        items.OrderBy(x => (date(x), id(x)), NewestFirstOrder);

    public static IOrderedEnumerable<T> OrderChronologically<T>(this IEnumerable<T> items, Func<T, PartialDate> date, Func<T, string> id) =>
        items.OrderBy(x => (date(x), id(x)), Chronological);

    /// <summary>
    /// <see cref="NewestFirstOrder"/> in SQL: known dates first, first day descending, then the less precise first (a month
    /// before a day of that month: the reverse of <see cref="PartialDate.CompareTo"/>), then id (ordinal in SQLite).
    /// </summary>
    public static IOrderedQueryable<Defection> NewestFirst(this IQueryable<Defection> query) => query
        .OrderBy(d => d.Date.Start == null)
        .ThenByDescending(d => d.Date.Start)
        .ThenBy(d => d.Date.Precision)
        .ThenBy(d => d.Id);
}
