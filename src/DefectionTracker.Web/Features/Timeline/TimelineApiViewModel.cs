using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Timeline;

/// <summary>
/// GET /api/timeline?party=slug. Entries are the dated events in date order; <c>cumulative</c> is the running total of
/// known numbers after each entry (an unknown count, or councillors already counted at an earlier suspension, add 0:
/// see <c>addedToCumulative</c>); <c>undated</c> holds the events whose date is unknown, with <c>cumulative</c> null.
/// </summary>
public sealed record TimelineApiViewModel(
    RefViewModel Party,
    IReadOnlyList<TimelineApiEntry> Entries,
    IReadOnlyList<TimelineApiEntry> Undated,
    int TotalCounted,
    int UnknownCountEvents)
{
    public static TimelineApiViewModel From(TimelineViewModel page) => new(
        new RefViewModel(page.Party.Slug, page.Party.Name),
        [.. page.Entries.Select(TimelineApiEntry.From)],
        [.. page.Undated.Select(TimelineApiEntry.From)],
        page.TotalCounted,
        page.UnknownCountEvents);
}

public sealed record TimelineApiEntry(
    string DefectionId,
    string? Date,
    string DatePrecision,
    IReadOnlyList<RefViewModel> Councils,
    int? CouncillorsLost,
    int? Cumulative,
    bool? ControlLost,
    int AddedToCumulative,
    string? AlreadyCountedIn,
    RefViewModel? ToParty,
    Destination Destination,
    IReadOnlyList<RefViewModel> Grievances)
{
    public static TimelineApiEntry From(TimelineEntryViewModel e) => new(
        e.DefectionId,
        e.Date.ToIso(),
        e.Date.Precision.ToString().ToLowerInvariant(),
        [.. e.Councils.Select(c => new RefViewModel(c.Slug, c.Name))],
        e.CouncillorsLost,
        e.Cumulative,
        e.ControlLost,
        e.Added,
        e.AlreadyCountedIn?.DefectionId,
        e.ToParty is { } p ? new RefViewModel(p.Slug, p.Name) : null,
        e.Destination,
        [.. e.Grievances.Select(g => new RefViewModel(g.Slug, g.Name))]);
}
