using DefectionTracker.Web.Data;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Defections;

/// <summary>One council's part in a defection: the effect, and the before and after as charts.</summary>
public sealed record DefectionCouncilEffectViewModel(CouncilEffectViewModel Effect, SeatChartViewModel Before, SeatChartViewModel After);

public sealed record DefectionPageViewModel
{
    public required DefectionDetailViewModel Detail { get; init; }

    public IReadOnlyList<DefectionCouncilEffectViewModel> Effects { get; init; } = [];

    /// <summary>Every source the page cites, once, by publisher.</summary>
    public IReadOnlyList<SourceRefViewModel> Sources { get; init; } = [];

    /// <summary>Labels for the events a later disagreement involves, for links.</summary>
    public IReadOnlyDictionary<string, string> EventLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>"Cite this page" and the social card; set by the controller, which knows the request.</summary>
    public PageCitationViewModel? Citation { get; init; }

    public string Title
    {
        get
        {
            var d = Detail;
            var where = d.Councils.Count == 0 ? "council not known" : string.Join(", ", d.Councils.Select(c => c.Council.Name));
            return $"{d.FromParty.Name} to {d.ToParty?.Name ?? "destination not stated"}: {where}, {d.When.ToDisplay()}";
        }
    }
}

/// <summary>/defections/{id}: everything recorded about one defection, and what it did to each council's composition.</summary>
public sealed class DefectionPageQuery(
    DefectionsDbContext db,
    PartyLabelsQuery partyLabels,
    DefectionDetailsQuery details,
    CouncilHistoryQuery histories,
    AdministrationsQuery administrationsQuery)
{
    public async Task<DefectionPageViewModel?> GetAsync(string id, CancellationToken ct)
    {
        var parties = await partyLabels.LoadAsync(ct);
        var loaded = await details.LoadAsync([id], parties, ct);
        if (!loaded.TryGetValue(id, out var detail))
        {
            return null;
        }

        var councilSlugs = detail.Councils.Select(c => c.Council.Slug).ToList();
        var effects = new List<DefectionCouncilEffectViewModel>();
        var sources = new Dictionary<string, SourceRefViewModel>(detail.Sources, StringComparer.Ordinal);
        if (councilSlugs.Count > 0)
        {
            var councilHistories = await histories.LoadAsync(councilSlugs, ct);
            var snapshots = await db.Compositions.AsNoTracking()
                .Where(c => councilSlugs.Contains(c.CouncilSlug))
                .Select(c => new { c.Id, c.Notes, c.SourceId })
                .ToListAsync(ct);
            var missing = snapshots.Select(s => s.SourceId).Where(s => !sources.ContainsKey(s)).Distinct().ToList();
            foreach (var (sourceId, source) in await DefectionDetailsQuery.SourcesAsync(db, missing, ct))
            {
                sources[sourceId] = source;
            }

            var administrations = await administrationsQuery.LoadAsync(councilSlugs, parties, ct);
            foreach (var source in administrations.Values.SelectMany(a => a.Sources))
            {
                sources.TryAdd(source.Id, source);
            }

            var facts = snapshots.ToDictionary(s => s.Id, s => new SnapshotFacts(s.Id, s.Notes), StringComparer.Ordinal);
            var index = 0;
            foreach (var c in detail.Councils)
            {
                var views = new CouncilHistoryPresenter(councilHistories[c.Council.Slug], parties, sources, facts,
                    administrations.GetValueOrDefault(c.Council.Slug));
                var effect = views.Effect(id, c.Council, c.SeatsChanged, c.SourceId);
                index++;
                var (before, after) = (effect.Before with { Heading = $"Just before, {c.Council.Name}" }, effect.After with { Heading = $"Just after, {c.Council.Name}" });
                effects.Add(new DefectionCouncilEffectViewModel(effect,
                    new SeatChartViewModel($"c{index}-before", before) { Hemicycle = new HemicycleViewModel($"c{index}-before", before, after, isAfter: false) },
                    new SeatChartViewModel($"c{index}-after", after) { Hemicycle = new HemicycleViewModel($"c{index}-after", after, before, isAfter: true) }));
            }
        }

        var involved = effects.Select(e => e.Effect.LaterDiscrepancy).OfType<DiscrepancyViewModel>()
            .SelectMany(d => d.DefectionIds).Distinct(StringComparer.Ordinal).ToList();
        var labels = (await db.Defections.AsNoTracking()
                .Where(d => involved.Contains(d.Id))
                .Select(d => new { d.Id, d.Date, d.FromPartySlug, d.ToPartySlug })
                .ToListAsync(ct))
            .ToDictionary(
                d => d.Id,
                d => d.Id == id
                    ? $"this defection ({d.Date.ToDisplay()})"
                    : $"the event of {d.Date.ToDisplay()} ({parties.For(d.FromPartySlug).ShortName} to {parties.Find(d.ToPartySlug)?.ShortName ?? "an affiliation not known"})",
                StringComparer.Ordinal);

        // Only the snapshot sources the page actually shows are listed.
        var shown = detail.Sources.Keys
            .Concat(effects.Select(e => e.Effect.LaterDiscrepancy).OfType<DiscrepancyViewModel>()
                .SelectMany(d => new[] { d.SnapshotSource?.Id, d.SinceSource?.Id }).OfType<string>())
            .Concat(effects.SelectMany(e => new[] { e.Effect.Administration.Before, e.Effect.Administration.After })
                .OfType<AdministrationViewModel>().SelectMany(a => a.Sources).Select(s => s.Id))
            .Distinct(StringComparer.Ordinal)
            .Where(sources.ContainsKey)
            .Select(s => sources[s]);
        return new DefectionPageViewModel
        {
            Detail = detail with { Sources = sources },
            Effects = effects,
            EventLabels = labels,
            Sources = [.. shown.OrderBy(s => s.Publisher, StringComparer.Ordinal).ThenBy(s => s.Title, StringComparer.Ordinal)],
        };
    }
}
