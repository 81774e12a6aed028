using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>
/// Events' dates as their sources give them (<see cref="EventDate"/>: a date, a day and month with no year, bounds,
/// derived or stated), for the pages and feeds that list events by a row's worth of fields. Two SQL commands, however
/// many events. The rows show <see cref="EventDate.ToDisplayWithBasis"/>, the wording of the defection page.
/// </summary>
public static class EventDates
{
    /// <summary>The dates of the events named by <paramref name="ids"/>, or of every event when it is null.</summary>
    public static async Task<IReadOnlyDictionary<string, EventDate>> LoadAsync(DefectionsDbContext db, IReadOnlyCollection<string>? ids, CancellationToken ct)
    {
        var query = db.Defections.AsNoTracking();
        if (ids is not null)
        {
            query = query.Where(d => ids.Contains(d.Id));
        }

        var rows = await query
            .Select(d => new
            {
                d.Id,
                d.Date,
                d.DateWithoutYear,
                d.NotBefore,
                d.NotAfter,
                d.DateDerived,
                d.DateBasis,
                Published = d.Sources.Select(s => new { s.Source!.Published.Start, s.Source.Published.Precision }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return rows.ToDictionary(
            r => r.Id,
            r => DefectionDates.Of(r.Date, r.DateWithoutYear, r.NotBefore, r.NotAfter, r.DateDerived, r.DateBasis,
                DefectionDates.FirstReported(r.Published.Select(p => new PartialDate(p.Start, p.Precision)))),
            StringComparer.Ordinal);
    }

    /// <summary>The date of one event from <paramref name="dates"/>; an event missing from it has no date known.</summary>
    public static EventDate For(this IReadOnlyDictionary<string, EventDate> dates, string id) =>
        dates.TryGetValue(id, out var when) ? when : new EventDate(PartialDate.Unknown);
}
