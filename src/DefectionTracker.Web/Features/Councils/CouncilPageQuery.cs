using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Councils;

public sealed record CouncillorAtCouncilViewModel(string Slug, string Name, IReadOnlyList<string> Wards, IReadOnlyList<AffiliationViewModel> Affiliations);

public sealed record CouncilDefectionViewModel(DefectionDetailViewModel Detail, CouncilEffectViewModel Effect);

public sealed record CouncilPageViewModel
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required string KindText { get; init; }

    public string? GssCode { get; init; }

    public int? TotalSeats { get; init; }

    public int? MajorityThreshold => TotalSeats is { } t ? Seats.MajorityThresholdFor(t) : null;

    public string? Area { get; init; }

    public string? Notes { get; init; }

    /// <summary>"Cite this page" and the social card; set by the controller, which knows the request.</summary>
    public PageCitationViewModel? Citation { get; init; }

    /// <summary>The site's own address ("" when not known), for the embed snippet.</summary>
    public string SiteUrl { get; init; } = "";

    public string SeatsSvgPath(string when) => $"/councils/{Uri.EscapeDataString(Slug)}/seats.svg?when={when}";

    public string EmbedPath => $"/embed/councils/{Uri.EscapeDataString(Slug)}";

    /// <summary>Who the figures of a chart come from: its snapshot's publisher, or every publisher the page cites.</summary>
    public IReadOnlyList<string> PublishersOf(SeatChartViewModel chart) => chart.Composition.Source is { } source
        ? [source.Publisher]
        : [.. Sources.Select(s => s.Publisher).Distinct(StringComparer.Ordinal)];

    /// <summary>What the UK council register says (names, codes, predecessors and successors); null when it does not list the council.</summary>
    public RegisterFactsViewModel? Register { get; init; }

    public IReadOnlyList<string> CouncilSourceIds { get; init; } = [];

    /// <summary>The plain statement of what happened to control, generated from the data.</summary>
    public required string Story { get; init; }

    public bool? ControlChanged { get; init; }

    /// <summary>Control in both layers across the record: seats before and now, and the administration before and now.</summary>
    public required ControlLayersViewModel Layers { get; init; }

    /// <summary>Every administration recorded at the council, earliest first.</summary>
    public IReadOnlyList<AdministrationViewModel> Administrations { get; init; } = [];

    public required SeatChartViewModel Before { get; init; }

    public required SeatChartViewModel Now { get; init; }

    public IReadOnlyList<DiscrepancyViewModel> Discrepancies { get; init; } = [];

    /// <summary>This page of the defections at the council, oldest first (undated last), each with its own before and after here.</summary>
    public IReadOnlyList<CouncilDefectionViewModel> Defections { get; init; } = [];

    /// <summary>Where <see cref="Defections"/> sits among every defection at the council (<see cref="CouncilPageQuery.EventsPerPage"/> a page).</summary>
    public PageInfo EventsPage { get; init; } = new(1, CouncilPageQuery.EventsPerPage, 0);

    public IReadOnlyList<CouncillorAtCouncilViewModel> Councillors { get; init; } = [];

    /// <summary>Every source the page cites, once, by publisher.</summary>
    public IReadOnlyList<SourceRefViewModel> Sources { get; init; } = [];

    public IReadOnlyDictionary<string, SourceRefViewModel> SourcesById { get; init; } = new Dictionary<string, SourceRefViewModel>();

    /// <summary>
    /// A short label for every defection at the council (not only this page's), for the links of the disagreements:
    /// "the event of 2 January 2025 (20 seats from Labour to Broxtowe Independents)".
    /// </summary>
    public IReadOnlyDictionary<string, string> EventLabels { get; init; } = new Dictionary<string, string>();

    public static string EventLabel(EventDate when, int? seats, PartyLabelViewModel from, PartyLabelViewModel? to) =>
        $"the event of {when.ToDisplay()} ({(seats is { } n ? (n == 1 ? "1 seat" : $"{n} seats") : "seats not known")} from "
        + $"{from.ShortName} to {to?.ShortName ?? "an affiliation not known"})";
}

/// <summary>
/// /councils/{slug}: before and now, the control story, the defections there (<see cref="EventsPerPage"/> a page, in full)
/// and the council's councillors. The story and the disagreements' links are worked out from a light row of every
/// event at the council; only the page's events are read in full.
/// </summary>
public sealed class CouncilPageQuery(
    DefectionsDbContext db,
    CouncilHistoryQuery histories,
    PartyLabelsQuery partyLabels,
    DefectionDetailsQuery defectionDetails,
    AdministrationsQuery administrationsQuery)
{
    /// <summary>Events shown in full on one page of a council's page; a council with more has pages (<c>?events=2</c>).</summary>
    public const int EventsPerPage = 50;

    /// <summary>
    /// The page, or null when there is no such council; <see cref="CouncilPageViewModel.EventsPage"/> says whether
    /// <paramref name="eventsPage"/> is past the end. <paramref name="eventsPerPage"/> is for tests over a small dataset.
    /// </summary>
    public async Task<CouncilPageViewModel?> GetAsync(string slug, CancellationToken ct, int eventsPage = 1, int eventsPerPage = EventsPerPage)
    {
        var council = await db.Councils.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new
            {
                c.Slug,
                c.Name,
                c.Kind,
                c.GssCode,
                c.TotalSeats,
                c.Area,
                c.Notes,
                SourceIds = c.Sources.Select(s => s.SourceId).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (council is null)
        {
            return null;
        }

        var parties = await partyLabels.LoadAsync(ct);
        var history = (await histories.LoadAsync([slug], ct))[slug];
        var administrations = (await administrationsQuery.LoadAsync([slug], parties, ct))[slug];
        var snapshots = await db.Compositions.AsNoTracking()
            .Where(c => c.CouncilSlug == slug)
            .Select(c => new { c.Id, c.Notes, c.SourceId, c.Kind })
            .ToListAsync(ct);
        // Every event at the council with its seats here, light: its order, its date as the sources give it, its
        // parties and counts. One command, driven from the council's rows (filtering the events by their ids made
        // SQLite walk every event in key order, 0.2 s at 10x).
        var here = await (
                from dc in db.DefectionCouncils.AsNoTracking()
                where dc.CouncilSlug == slug
                join d in db.Defections on dc.DefectionId equals d.Id
                select new
                {
                    DefectionId = d.Id,
                    dc.SeatsChanged,
                    dc.SourceId,
                    d.Sequence,
                    d.Date,
                    d.DateWithoutYear,
                    d.NotBefore,
                    d.NotAfter,
                    d.DateDerived,
                    d.DateBasis,
                    d.Kind,
                    d.FromPartySlug,
                    d.ToPartySlug,
                    Councils = d.Councils.Count,
                    ReportedCounts = d.ReportedCounts.OrderBy(c => c.Id).Select(c => new { c.Count, c.SourceId }).ToList(),
                    SourceIds = d.Sources.Select(s => s.SourceId).ToList(),
                })
            .AsSingleQuery() // an event has a source or three and a count or two
            .ToListAsync(ct);

        // The sources' dates by id (through the navigation, SQLite read every event's sources to join them, 0.12 s at 10x).
        List<string> cited = [.. here.SelectMany(e => e.SourceIds).Distinct(StringComparer.Ordinal)];
        var published = await db.Sources.AsNoTracking().Where(s => cited.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Published, StringComparer.Ordinal, ct);
        var paging = new PageRequest(eventsPage, eventsPerPage);
        var details = await defectionDetails.LoadAsync([.. paging.Of(here.OrderChronologically(e => e.Sequence)).Select(e => e.DefectionId)], parties, ct);
        var councillors = await db.Councillors.AsNoTracking()
            .Where(c => db.Seats.Where(s => s.CouncilSlug == slug).Select(s => s.CouncillorSlug).Contains(c.Slug))
            .OrderBy(c => c.Name)
            .Select(c => new
            {
                c.Slug,
                c.Name,
                Wards = c.Seats.Where(s => s.CouncilSlug == slug).Select(s => s.Ward).ToList(),
                Affiliations = c.Affiliations.Select(a => new { a.Id, a.PartySlug, a.From, a.To, a.EndReason, a.SourceId }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        var otherSourceIds = council.SourceIds
            .Concat(snapshots.Select(s => s.SourceId))
            .Concat(councillors.SelectMany(c => c.Affiliations.Select(a => a.SourceId)).OfType<string>())
            // The control story may cite the reported counts of an event on another page.
            .Concat(here.SelectMany(e => e.ReportedCounts.Select(c => c.SourceId)))
            .Where(id => !details.Values.Any(d => d.Sources.ContainsKey(id)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var sources = details.Values.SelectMany(d => d.Sources).DistinctBy(s => s.Key)
            .ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        foreach (var (id, source) in await DefectionDetailsQuery.SourcesAsync(db, otherSourceIds, ct))
        {
            sources[id] = source;
        }

        foreach (var source in administrations.Sources)
        {
            sources.TryAdd(source.Id, source);
        }

        var views = new CouncilHistoryPresenter(history, parties, sources,
            snapshots.ToDictionary(s => s.Id, s => new SnapshotFacts(s.Id, s.Notes), StringComparer.Ordinal), administrations);
        var councilRef = new RefViewModel(council.Slug, council.Name);
        var defections = here
            .Where(h => details.ContainsKey(h.DefectionId))
            .Select(h => new CouncilDefectionViewModel(details[h.DefectionId], views.Effect(h.DefectionId, councilRef, h.SeatsChanged, h.SourceId)))
            .OrderChronologically(d => d.Detail.Sequence)
            .ToList();

        var officialListSources = snapshots.Where(s => s.Kind == CompositionKind.OfficialList).Select(s => s.SourceId).ToHashSet(StringComparer.Ordinal);
        var storyEvents = here.ToDictionary(e => e.DefectionId, e => new StoryEvent(
            e.DefectionId, e.Date, e.Kind, e.FromPartySlug, e.ToPartySlug, e.SeatsChanged,
            e.Councils == 1, [.. e.ReportedCounts.Select(c => (c.Count, c.SourceId))]), StringComparer.Ordinal);
        var labels = here.ToDictionary(
            e => e.DefectionId,
            e => CouncilPageViewModel.EventLabel(
                DefectionDates.Of(e.Date, e.DateWithoutYear, e.NotBefore, e.NotAfter, e.DateDerived, e.DateBasis,
                    DefectionDates.FirstReported(e.SourceIds.Where(published.ContainsKey).Select(id => published[id]))),
                e.SeatsChanged, parties.For(e.FromPartySlug), parties.Find(e.ToPartySlug)),
            StringComparer.Ordinal);
        var story = ControlStory.Describe(history, storyEvents, parties,
            id => officialListSources.Contains(id) ? "the council's list" : sources.GetValueOrDefault(id)?.Publisher ?? id);

        var (before, now) = (views.Before(), views.Now());
        return new CouncilPageViewModel
        {
            Slug = council.Slug,
            Name = council.Name,
            KindText = CouncilListQuery.KindText(council.Kind),
            GssCode = council.GssCode,
            TotalSeats = council.TotalSeats,
            Area = council.Area,
            Notes = council.Notes,
            CouncilSourceIds = council.SourceIds,
            Story = story,
            ControlChanged = history.ControlChanged,
            Layers = new ControlLayersViewModel(
                ControlViewModel.From(history.Before.Control, parties), ControlViewModel.From(history.Now.Control, parties), administrations.Overall()),
            Administrations = administrations.All,
            Before = new SeatChartViewModel("before", before) { Hemicycle = new HemicycleViewModel("before", before, now, isAfter: false) },
            Now = new SeatChartViewModel("now", now) { Hemicycle = new HemicycleViewModel("now", now, before, isAfter: true) },
            Discrepancies = views.Discrepancies(),
            Defections = defections,
            EventsPage = paging.Info(here.Count),
            EventLabels = labels,
            Councillors =
            [
                .. councillors.Select(c => new CouncillorAtCouncilViewModel(
                    c.Slug, c.Name, [.. c.Wards.OfType<string>()],
                    AffiliationViewModel.InOrder(c.Affiliations.Select(a =>
                        (a.Id, new AffiliationViewModel(parties.For(a.PartySlug), a.From, a.To, a.EndReason, a.SourceId)))))),
            ],
            Sources = [.. sources.Values.OrderBy(s => s.Publisher, StringComparer.Ordinal).ThenBy(s => s.Title, StringComparer.Ordinal)],
            SourcesById = sources,
        };
    }
}
