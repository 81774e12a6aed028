using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Home;

/// <summary>
/// What the record covers, so that no figure reads as national: the councils with recorded events, the period from
/// the first to the last dated event (at their precision), and how current the data is.
/// </summary>
public sealed class SummaryQuery(DefectionsDbContext db, PartyLossesQuery partyLosses)
{
    public async Task<CoverageViewModel> GetAsync(CancellationToken ct)
    {
        var events = await db.Defections.AsNoTracking().Select(d => new { d.Id, d.Date, d.Sequence }).ToListAsync(ct);
        var dated = events.Where(e => e.Date.IsKnown).OrderChronologically(e => e.Sequence).ToList();
        var councils = await db.DefectionCouncils.AsNoTracking().Select(c => c.CouncilSlug).Distinct().CountAsync(ct);

        // The data is as current as its newest source: the day the newest report read for it was published. (The time
        // the database was loaded says when this copy was made, not when the record last changed.)
        var published = await db.Sources.AsNoTracking().Select(s => s.Published).ToListAsync(ct);
        var newest = published.Where(p => p.IsKnown).DefaultIfEmpty(PartialDate.Unknown).Max();

        var labour = CouncillorsLost.Tally(await partyLosses.LoadAsync(HomeQuery.LabourSlug, ct));
        return new CoverageViewModel(
            newest,
            councils,
            dated.Count > 0 ? dated[0].Date : PartialDate.Unknown,
            dated.Count > 0 ? dated[^1].Date : PartialDate.Unknown,
            events.Count,
            events.Count - dated.Count,
            labour);
    }
}

/// <summary>
/// The record's coverage. <see cref="DataAsOf"/> is the newest source's publication date; <see cref="From"/> and
/// <see cref="To"/> are the first and last dated events; <see cref="UndatedEvents"/> are in the count but not the period.
/// </summary>
public sealed record CoverageViewModel(
    PartialDate DataAsOf,
    int CouncilsCovered,
    PartialDate From,
    PartialDate To,
    int DefectionCount,
    int UndatedEvents,
    LossTally LabourLost);

/// <summary>GET /api/summary. Dates are ISO at their precision ("2025-11" is a month); null when not known.</summary>
public sealed record SummaryApiModel(
    string? DataAsOf,
    int CouncilsCovered,
    SummaryPeriodApiModel Period,
    int DefectionCount,
    int LabourCouncillorsLost)
{
    public static SummaryApiModel From(CoverageViewModel c) =>
        new(c.DataAsOf.ToIso(), c.CouncilsCovered, new SummaryPeriodApiModel(c.From.ToIso(), c.To.ToIso()), c.DefectionCount,
            c.LabourLost.Councillors);
}

public sealed record SummaryPeriodApiModel(string? From, string? To);
