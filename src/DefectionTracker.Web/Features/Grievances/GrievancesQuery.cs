using System.Globalization;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Grievances;

/// <summary>The grievance taxonomy with its counts (/grievances, /api/grievances) and one grievance's record (/grievances/{slug}).</summary>
public sealed class GrievancesQuery(DefectionsDbContext db, PartyLabelsQuery partyLabels, DataMemo memo)
{
    /// <summary>Every grievance with its counts, worked out once per version of the data (at 10x scale it reads 100,000 links: 7 s).</summary>
    public async Task<IReadOnlyList<GrievanceSummaryViewModel>> ListAsync(CancellationToken ct) =>
        await memo.GetOrAddAsync("grievances", BuildListAsync, ct);

    private async Task<List<GrievanceSummaryViewModel>> BuildListAsync(CancellationToken ct)
    {
        var grievances = await db.Grievances.AsNoTracking()
            .Select(g => new { g.Slug, g.Name, g.Description })
            .ToListAsync(ct);
        var links = await db.DefectionGrievances.AsNoTracking()
            .Join(db.Defections, dg => dg.DefectionId, d => d.Id, (dg, d) => new
            {
                dg.GrievanceSlug,
                dg.Attribution,
                dg.DefectionId,
                CitedBy = dg.CouncillorSlugs,
                d.Date,
                d.CouncillorCount,
                d.Verification,
                Seats = d.Councils.Select(c => c.SeatsChanged).ToList(),
                Councillors = d.Councillors.Select(c => c.CouncillorSlug).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        // Councillors are counted by the one rule: an unverified report or a resignation already counted adds nothing.
        var counts = links.GroupBy(l => l.GrievanceSlug, StringComparer.Ordinal).ToDictionary(g => g.Key, g =>
        {
            var tally = CouncillorsLost.Tally(g.DistinctBy(l => l.DefectionId)
                .Select(l => CouncillorsLost.Event(l.DefectionId, l.Date, l.CouncillorCount, l.Seats, l.Councillors, l.Verification)));
            var stated = g.Count(x => x.Attribution == GrievanceAttribution.Stated);
            var citing = GrievanceCitations.Councillors(g.Select(l => new GrievanceCitation(l.DefectionId, l.Attribution,
                l.Verification == Verification.Unverified, l.CouncillorCount, Slugs(l.CitedBy), l.Councillors, new Dictionary<string, int?>())));
            return new { Defections = g.Count(), Stated = stated, Councillors = citing.Known, Unknown = citing.UnknownCitations, Unverified = tally.UnverifiedEvents };
        }, StringComparer.Ordinal);

        return grievances
            .Select(g => counts.TryGetValue(g.Slug, out var c)
                ? new GrievanceSummaryViewModel(g.Slug, g.Name, g.Description, c.Defections, c.Stated, c.Defections - c.Stated, c.Councillors, c.Unknown, c.Unverified)
                : new GrievanceSummaryViewModel(g.Slug, g.Name, g.Description, 0, 0, 0, 0, 0, 0))
            .OrderByDescending(g => g.DefectionCount)
            .ThenBy(g => g.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    private static string[] Slugs(string joined) => joined.Split('|', StringSplitOptions.RemoveEmptyEntries);

    public async Task<GrievanceListViewModel> GetListPageAsync(CancellationToken ct)
    {
        var grievances = await ListAsync(ct);
        var chart = new BarChartViewModel(
            "Defections per grievance",
            "Horizontal bars, one per grievance: the number of recorded defections linked to it, split into those where the councillors stated it and those where the press attributed it. The same figures are in the table below.",
            grievances.Select(g => new BarViewModel(g.Name, [g.StatedCount, g.AttributedCount],
                g.DefectionCount.ToString(CultureInfo.InvariantCulture))).ToList(),
            [new BarSegmentKind("Stated by the councillors", "bar-stated"), new BarSegmentKind("Attributed by the press", "bar-attributed")],
            "grievance-table");
        return new GrievanceListViewModel(grievances, chart);
    }

    /// <summary>
    /// One grievance with its figures and councils over all its defections, and a page of the defections (newest first)
    /// with their quotes; null when there is no such grievance.
    /// </summary>
    public async Task<GrievanceDetailViewModel?> GetAsync(string slug, PageRequest paging, CancellationToken ct)
    {
        var grievance = await db.Grievances.AsNoTracking()
            .Where(g => g.Slug == slug)
            .Select(g => new { g.Slug, g.Name, g.Description, g.Synonyms })
            .FirstOrDefaultAsync(ct);
        if (grievance is null)
        {
            return null;
        }

        var links = await db.DefectionGrievances.AsNoTracking()
            .Where(dg => dg.GrievanceSlug == slug)
            .Join(db.Defections, dg => dg.DefectionId, d => d.Id, (dg, d) => new
            {
                d.Id,
                d.Date,
                d.OrderDate,
                d.Sequence,
                d.Kind,
                d.Summary,
                d.CouncillorCount,
                d.Verification,
                d.FromPartySlug,
                d.ToPartySlug,
                Councils = d.Councils.OrderBy(c => c.Council!.Name).Select(c => new RefViewModel(c.CouncilSlug, c.Council!.Name)).ToList(),
                SeatsAt = d.Councils.Select(c => new { c.CouncilSlug, c.SeatsChanged }).ToList(),
                Councillors = d.Councillors.OrderBy(c => c.Councillor!.Name).Select(c => new RefViewModel(c.CouncillorSlug, c.Councillor!.Name)).ToList(),
                dg.Attribution,
                CitedBy = dg.CouncillorSlugs,
                AttributionSourceId = dg.SourceId,
                AttributionSourceIds = dg.SourceIds,
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        // Every source citing the link, as the defection page lists them (a citation may have several).
        var citedBy = links.ToDictionary(l => l.Id, l => l.AttributionSourceIds.Length > 0
            ? l.AttributionSourceIds.Split('|', StringSplitOptions.RemoveEmptyEntries)
            : l.AttributionSourceId is { } one ? [one] : [], StringComparer.Ordinal);
        var attributionSources = await DefectionDetailsQuery.SourcesAsync(db, [.. citedBy.Values.SelectMany(s => s).Distinct(StringComparer.Ordinal)], ct);
        var dates = await EventDates.LoadAsync(db, [.. links.Select(l => l.Id)], ct);

        var parties = await partyLabels.LoadAsync(ct);
        var defections = links
            .OrderNewestFirst(l => l.Sequence, l => l.OrderDate)
            .Select(l => new GrievanceDefectionViewModel(
                l.Id, l.Date, l.Kind, l.Summary, l.Councils, l.Councillors, parties.For(l.FromPartySlug), parties.Find(l.ToPartySlug), l.CouncillorCount, l.Verification,
                l.Attribution == GrievanceAttribution.Stated,
                [.. citedBy[l.Id].Where(attributionSources.ContainsKey).Select(id => attributionSources[id])])
            {
                When = dates.For(l.Id),
            })
            .ToList();
        var onPage = paging.Of(defections).ToList();

        // Quotes for the page's defections only: at national scale a grievance has thousands.
        var ids = onPage.Select(d => d.Id).ToList();
        var quotes = await db.Quotes.AsNoTracking()
            .Where(q => ids.Contains(q.DefectionId))
            .OrderBy(q => q.Id)
            .Select(q => new { q.Id, q.DefectionId, q.Text, q.SpeakerName, q.SpeakerRole, q.SpeakerCouncillorSlug, q.Source })
            .ToListAsync(ct);

        var defectionById = defections.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var order = defections.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        // Councillors per council come from the seats moved at that council (unknown when the split is), never from the
        // whole event's count: Brierfield Town is not credited with all twenty of a three-council event.
        var seatsAt = links.ToDictionary(l => l.Id, l => l.SeatsAt.ToDictionary(s => s.CouncilSlug, s => s.SeatsChanged, StringComparer.Ordinal),
            StringComparer.Ordinal);
        // Councillors citing it at a council: the named ones who sit there, or the seats moved there by a group.
        var citations = links.ToDictionary(l => l.Id, l => new GrievanceCitation(l.Id, l.Attribution, l.Verification == Verification.Unverified,
            l.CouncillorCount, Slugs(l.CitedBy), [.. l.Councillors.Select(c => c.Slug)], seatsAt[l.Id]), StringComparer.Ordinal);
        var people = citations.Values.SelectMany(c => c.EventCouncillors).Distinct().ToList();
        var seatsOf = (await db.Seats.AsNoTracking().Where(s => people.Contains(s.CouncillorSlug))
                .Select(s => new { s.CouncillorSlug, s.CouncilSlug }).ToListAsync(ct))
            .GroupBy(s => s.CouncillorSlug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)[.. g.Select(s => s.CouncilSlug)], StringComparer.Ordinal);
        IReadOnlyCollection<string> SeatsOf(string councillor) => seatsOf.GetValueOrDefault(councillor) ?? [];
        var councils = defections
            .SelectMany(d => d.Councils.Select(c => (Council: c, Defection: d)))
            .GroupBy(x => x.Council.Slug, StringComparer.Ordinal)
            .Select(g =>
            {
                var citing = GrievanceCitations.AtCouncil(g.Select(x => citations[x.Defection.Id]), g.Key, SeatsOf);
                return new GrievanceCouncilViewModel(g.Key, g.First().Council.Name, g.Count(),
                    g.Count(x => x.Defection.Stated), citing.Known, citing.UnknownCitations,
                    g.Select(x => x.Defection.Date).Where(d => d.IsKnown).DefaultIfEmpty(PartialDate.Unknown).Max());
            })
            .OrderBy(c => c.Latest.IsKnown ? 0 : 1)
            .ThenByDescending(c => c.Latest)
            .ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();

        var quoteModels = quotes
            .OrderBy(q => order[q.DefectionId])
            .Select(q =>
            {
                var d = defectionById[q.DefectionId];
                return new GrievanceQuoteViewModel(q.Id, q.DefectionId, d.Date, q.Text, q.SpeakerName, q.SpeakerRole, q.SpeakerCouncillorSlug,
                    q.SpeakerCouncillorSlug is { } s && d.Councillors.Any(c => c.Slug == s), d.Stated, SourceRefViewModel.From(q.Source!));
            })
            .ToList();

        return new GrievanceDetailViewModel(
            grievance.Slug,
            grievance.Name,
            grievance.Description,
            grievance.Synonyms.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            onPage,
            councils,
            quoteModels)
        {
            DefectionTotal = defections.Count,
            StatedCount = defections.Count(d => d.Stated),
            SpansCouncils = defections.Any(d => d.Councils.Count > 1),
            Paging = paging.Info(defections.Count),
            Citing = GrievanceCitations.Councillors(citations.Values),
            Tally = CouncillorsLost.Tally(links.Select(l => CouncillorsLost.Event(l.Id, l.Date, l.CouncillorCount,
                [.. l.SeatsAt.Select(s => s.SeatsChanged)], [.. l.Councillors.Select(c => c.Slug)], l.Verification, l.Sequence))),
        };
    }
}
