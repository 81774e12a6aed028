using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Timeline;

/// <summary>
/// A party's losses: every defection whose fromParty is the party, in date order, with the running total, control lost
/// per council (from <see cref="CouncilHistoryQuery"/>), the charts and the filter choices. Eleven SQL commands whatever the
/// size of the record: parties with their counts, areas, grievances, the party's defections (a split query of five) and
/// the council histories (three).
/// </summary>
public sealed class TimelineQuery(DefectionsDbContext db, CouncilHistoryQuery histories, PartyLabelsQuery partyLabels, DataMemo memo)
{
    public const string DefaultParty = "labour";

    /// <summary>A party's timeline; unfiltered, it is worked out once per version of the data (<see cref="DataMemo"/>).</summary>
    public Task<TimelineResult> GetAsync(string partySlug, TimelineFilter filter, CancellationToken ct) =>
        filter.IsEmpty ? memo.GetOrAddAsync("timeline:" + partySlug, c => BuildAsync(partySlug, filter, c), ct) : BuildAsync(partySlug, filter, ct);

    private async Task<TimelineResult> BuildAsync(string partySlug, TimelineFilter filter, CancellationToken ct)
    {
        var labels = await partyLabels.LoadAsync(ct);
        var lossEvents = await db.Defections.AsNoTracking().GroupBy(d => d.FromPartySlug)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var parties = labels.All.Select(p => new { Label = p, LossEvents = lossEvents.GetValueOrDefault(p.Slug) }).ToList();
        var party = parties.FirstOrDefault(p => p.Label.Slug == partySlug)?.Label;
        if (party is null)
        {
            return new TimelineResult.PartyNotFound(partySlug);
        }

        var areas = await db.Councils.AsNoTracking().Where(c => c.Area != null).Select(c => c.Area!).Distinct().ToListAsync(ct);
        areas.Sort(StringComparer.Ordinal);
        var grievances = await db.Grievances.AsNoTracking().OrderBy(g => g.Name).Select(g => new RefViewModel(g.Slug, g.Name)).ToListAsync(ct);

        var problems = new List<FilterProblem>();
        var area = filter.Area is null ? null : areas.FirstOrDefault(a => string.Equals(a, filter.Area, StringComparison.OrdinalIgnoreCase));
        if (filter.Area is not null && area is null)
        {
            problems.Add(new("area", $"'{filter.Area}' is not an area of any council in the record; areas: {string.Join(", ", areas)}"));
        }

        if (filter.Grievance is not null && grievances.All(g => g.Slug != filter.Grievance))
        {
            problems.Add(new("grievance", $"'{filter.Grievance}' is not a grievance in the record; see /grievances for the list"));
        }

        if (problems.Count > 0)
        {
            return new TimelineResult.BadFilter(problems);
        }

        var rows = await db.Defections.AsNoTracking()
            .Where(d => d.FromPartySlug == partySlug)
            .Select(d => new
            {
                d.Id,
                d.Date,
                d.Sequence,
                d.Kind,
                d.CouncillorCount,
                d.Verification,
                d.Summary,
                d.ToPartySlug,
                ToPartyKind = d.ToParty == null ? (PartyKind?)null : d.ToParty.Kind,
                Councils = d.Councils.OrderBy(c => c.Council!.Name)
                    .Select(c => new { c.CouncilSlug, c.Council!.Name, c.Council.Area, c.SeatsChanged }).ToList(),
                Councillors = d.Councillors.OrderBy(c => c.Councillor!.Name).Select(c => new RefViewModel(c.CouncillorSlug, c.Councillor!.Name)).ToList(),
                ReportedCounts = d.ReportedCounts.OrderBy(r => r.Id).Select(r => new { r.Count, r.Source!.Publisher }).ToList(),
                Grievances = d.Grievances.OrderBy(g => g.Grievance!.Name)
                    .Select(g => new TimelineGrievanceViewModel(g.GrievanceSlug, g.Grievance!.Name, g.Attribution)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        var dates = await EventDates.LoadAsync(db, [.. rows.Select(r => r.Id)], ct);
        var councilSlugs = rows.SelectMany(r => r.Councils.Select(c => c.CouncilSlug)).Distinct().ToList();
        var history = councilSlugs.Count == 0
            ? new Dictionary<string, CouncilHistory>()
            : await histories.LoadAsync(councilSlugs, ct);
        var partyNames = parties.ToDictionary(p => p.Label.Slug, p => p.Label.ShortName, StringComparer.Ordinal);

        var byId = rows.ToDictionary(r => r.Id, StringComparer.Ordinal);

        bool MatchesAllButDate(string defectionId)
        {
            var row = byId[defectionId];
            return (area is null || row.Councils.Any(c => c.Area == area))
                && (filter.Grievance is null || row.Grievances.Any(g => g.Slug == filter.Grievance))
                && (filter.Destination is null || Destinations.Of(row.ToPartyKind) == filter.Destination);
        }

        bool Matches(LossEvent e) =>
            (!filter.HasDateRange || DateInput.Overlaps(e.Date, filter.From, filter.To)) && MatchesAllButDate(e.DefectionId);

        var timeline = LossTimeline.Build(
            rows.Select(r => CouncillorsLost.Event(r.Id, r.Date, r.CouncillorCount,
                [.. r.Councils.Select(c => c.SeatsChanged)], [.. r.Councillors.Select(c => c.Slug)], r.Verification, r.Sequence)),
            Matches);

        TimelineEntryViewModel ToEntry(LossTimelineEntry entry, bool dated)
        {
            var row = byId[entry.Event.DefectionId];
            var councils = row.Councils.Select(c =>
            {
                var effect = history.TryGetValue(c.CouncilSlug, out var h) ? h.Effects.GetValueOrDefault(row.Id) : null;
                return new TimelineCouncilViewModel(c.CouncilSlug, c.Name, c.Area, c.SeatsChanged, ControlLoss.For(partySlug, effect),
                    DescribeControl(effect?.Before.Control, partyNames), DescribeControl(effect?.After.Control, partyNames));
            }).ToList();
            var otherCounts = row.ReportedCounts.Where(r => r.Count != row.CouncillorCount)
                .GroupBy(r => r.Count)
                .Select(g => new AlternativeCountViewModel(g.Key, [.. g.Select(r => r.Publisher).Distinct()]))
                .ToList();
            return new TimelineEntryViewModel(
                row.Id, row.Date, row.Kind, councils, row.Councillors, row.CouncillorCount, otherCounts, entry.Added,
                dated ? entry.Cumulative : null,
                entry.AlreadyCounted,
                entry.AlreadyCountedIn is { } earlier ? new AlreadyCountedViewModel(earlier, dates.For(earlier).ToDisplay()) : null,
                labels.Find(row.ToPartySlug), Destinations.Of(row.ToPartyKind), ControlLoss.AnyOf(councils.Select(c => c.ControlLost)),
                row.Grievances, row.Verification, row.Summary)
            {
                When = dates.For(row.Id),
            };
        }

        var entries = timeline.Dated.Select(e => ToEntry(e, dated: true)).ToList();
        var undated = timeline.Undated.Select(e => ToEntry(e, dated: false)).ToList();
        // A date range cannot include an event whose date is unknown; the page says how many it leaves out.
        var undatedLeftOut = filter.HasDateRange ? rows.Count(r => !r.Date.IsKnown && MatchesAllButDate(r.Id)) : 0;
        var quarters = timeline.PerQuarter();

        var form = new TimelineFormViewModel(
            party.Slug,
            filter.From?.ToIso(),
            filter.To?.ToIso(),
            area,
            filter.Grievance,
            filter.Destination is { } d ? Destinations.ValueOf(d) : null,
            [.. parties.Where(p => p.LossEvents > 0 || p.Label.Slug == party.Slug)
                .Select(p => new PartyOptionViewModel(p.Label.Slug, p.Label.Name, p.LossEvents))],
            areas,
            grievances,
            ActiveFilters(filter, area, grievances));

        return new TimelineResult.Found(new TimelineViewModel(
            party, form, entries, undated, rows.Count, timeline.Tally, timeline.Total, undatedLeftOut, quarters, timeline.OutsideQuarters.Count,
            TimelineCharts.StepChart(ChartSize.Wide, party.Name, party.Colour, entries),
            TimelineCharts.StepChart(ChartSize.Narrow, party.Name, party.Colour, entries),
            TimelineCharts.QuarterBars(party.Name, party.Colour, quarters)));
    }

    private static string DescribeControl(Control? control, IReadOnlyDictionary<string, string> partyNames) => control switch
    {
        null or { Kind: ControlKind.Unknown } => "unknown",
        { Kind: ControlKind.NoOverallControl } => "no overall control",
        { PartySlug: { } slug } => $"{partyNames.GetValueOrDefault(slug, slug)} majority",
        _ => "unknown",
    };

    private static List<string> ActiveFilters(TimelineFilter filter, string? area, IReadOnlyList<RefViewModel> grievances)
    {
        var active = new List<string>();
        if (filter.From is { } from)
        {
            active.Add($"from {from.ToDisplay()}");
        }

        if (filter.To is { } to)
        {
            active.Add($"to {to.ToDisplay()}");
        }

        if (area is not null)
        {
            active.Add($"area: {area}");
        }

        if (filter.Grievance is { } g)
        {
            active.Add($"grievance: {grievances.First(x => x.Slug == g).Name}");
        }

        if (filter.Destination is { } d)
        {
            active.Add($"destination: {Destinations.All.Single(x => x.Destination == d).Label.ToLowerInvariant()}");
        }

        return active;
    }
}
