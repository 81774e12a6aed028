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

    /// <summary>Every defection at the council, oldest first (undated last), with its own before and after here.</summary>
    public IReadOnlyList<CouncilDefectionViewModel> Defections { get; init; } = [];

    public IReadOnlyList<CouncillorAtCouncilViewModel> Councillors { get; init; } = [];

    /// <summary>Every source the page cites, once, by publisher.</summary>
    public IReadOnlyList<SourceRefViewModel> Sources { get; init; } = [];

    public IReadOnlyDictionary<string, SourceRefViewModel> SourcesById { get; init; } = new Dictionary<string, SourceRefViewModel>();

    /// <summary>A short label per defection for links: "the event of 2 January 2025 (20 seats from Labour to Broxtowe Independents)".</summary>
    public IReadOnlyDictionary<string, string> EventLabels => Defections.ToDictionary(
        d => d.Detail.Id,
        d => EventLabel(d.Detail, d.Effect.SeatsChanged),
        StringComparer.Ordinal);

    public static string EventLabel(DefectionDetailViewModel d, int? seats) =>
        $"the event of {d.When.ToDisplay()} ({(seats is { } n ? (n == 1 ? "1 seat" : $"{n} seats") : "seats not known")} from "
        + $"{d.FromParty.ShortName} to {d.ToParty?.ShortName ?? "an affiliation not known"})";
}

/// <summary>/councils/{slug}: before and now, the control story, every defection there and the council's councillors.</summary>
public sealed class CouncilPageQuery(
    DefectionsDbContext db,
    CouncilHistoryQuery histories,
    PartyLabelsQuery partyLabels,
    DefectionDetailsQuery defectionDetails,
    AdministrationsQuery administrationsQuery)
{
    public async Task<CouncilPageViewModel?> GetAsync(string slug, CancellationToken ct)
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
        var here = await db.DefectionCouncils.AsNoTracking()
            .Where(dc => dc.CouncilSlug == slug)
            .Select(dc => new { dc.DefectionId, dc.SeatsChanged, dc.SourceId })
            .ToListAsync(ct);
        var details = await defectionDetails.LoadAsync([.. here.Select(h => h.DefectionId)], parties, ct);
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
        var storyEvents = defections.ToDictionary(d => d.Detail.Id, d => new StoryEvent(
            d.Detail.Id, d.Detail.Date, d.Detail.Kind, d.Detail.FromParty.Slug, d.Detail.ToParty?.Slug, d.Effect.SeatsChanged,
            d.Detail.Councils.Count == 1, [.. d.Detail.ReportedCounts.Select(c => (c.Count, c.SourceId))]));
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
