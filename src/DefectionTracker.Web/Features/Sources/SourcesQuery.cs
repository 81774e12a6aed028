using System.Globalization;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Sources;

/// <summary>
/// /sources and /api/sources: every source with the pages that cite it, what the verification statuses mean, and
/// where sources disagree (counts that differ, conflicts the notes flag, seat tables that do not match the events).
/// What is worked out over the whole record (both orders of the list, the totals, the disagreements) is kept once per
/// version of the data (<see cref="DataMemo"/>); a page reads only its own sources and what cites them.
/// </summary>
public sealed class SourcesQuery(DefectionsDbContext db, CouncilHistoryQuery histories, PartyLabelsQuery partyLabels, DataMemo memo)
{
    /// <summary>The whole-record part of /sources and /api/sources: the list's two orders (ids only), totals and disagreements.</summary>
    private sealed record Overview(
        string[] ByPublisher,
        string[] ByDate,
        SourceTotalsViewModel Totals,
        Dictionary<int, int> YearTotals,
        Dictionary<Verification, int> ByVerification,
        List<DefectionRefViewModel> Unverified,
        DisagreementsViewModel Disagreements)
    {
        public string[] Ordered(SourcesOrder order) => order == SourcesOrder.Publisher ? ByPublisher : ByDate;
    }

    private Task<Overview> OverviewAsync(CancellationToken ct) => memo.GetOrAddAsync("sources", BuildOverviewAsync, ct);

    private async Task<Overview> BuildOverviewAsync(CancellationToken ct)
    {
        var sources = await db.Sources.AsNoTracking().ToListAsync(ct);
        var defections = await LoadDefectionsAsync(null, ct);
        var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var publishers = sources.ToDictionary(s => s.Id, s => s.Publisher, StringComparer.Ordinal);
        var totals = new SourceTotalsViewModel(
            sources.Count,
            sources.Select(s => s.Publisher).Distinct(StringComparer.Ordinal).Count(),
            sources.Count(s => s.SeedArticle is not null),
            sources.Count(s => s.HeadlineInferred),
            sources.Count(s => s.ReadVia == SourceReadVia.Mirror),
            sources.Count(s => !s.Published.IsKnown),
            sources.Count(s => s.OriginalUrl is null));
        var byVerification = Enum.GetValues<Verification>()
            .ToDictionary(v => v, v => defections.Values.Count(d => d.Ref.Verification == v));
        var unverified = defections.Values.Where(d => d.Ref.Verification == Verification.Unverified)
            .OrderChronologically(d => d.Sequence).Select(d => d.Ref).ToList();
        return new Overview(
            [.. Ordered(sources, SourcesOrder.Publisher).Select(s => s.Id)],
            [.. Ordered(sources, SourcesOrder.Date).Select(s => s.Id)],
            totals,
            sources.GroupBy(YearOf).ToDictionary(g => g.Key ?? -1, g => g.Count()),
            byVerification,
            unverified,
            await DisagreementsAsync(defections, sourceIds, publishers, ct));
    }

    /// <summary>
    /// The page: totals and disagreements over every source, the list a page at a time (what cites each source is read
    /// for that page's sources only). Null when <paramref name="paging"/> is past the last page.
    /// </summary>
    public async Task<SourcesPageViewModel?> GetPageAsync(SourcesOrder order, PageRequest paging, CancellationToken ct)
    {
        var overview = await OverviewAsync(ct);
        var ordered = overview.Ordered(order);
        if (paging.IsPastEnd(ordered.Length))
        {
            return null;
        }

        var entries = await EntriesAsync([.. paging.Of(ordered)], ct);
        return new SourcesPageViewModel(order, overview.Totals, Group(entries, order, overview.YearTotals), overview.ByVerification,
            overview.Unverified, overview.Disagreements)
        {
            Paging = paging.Info(ordered.Length),
        };
    }

    /// <summary>/api/sources: a page of sources, by publisher, with the pages that cite each.</summary>
    public async Task<PagedApiViewModel<SourceApiItem>> ListAsync(PageRequest paging, CancellationToken ct)
    {
        var ordered = (await OverviewAsync(ct)).ByPublisher;
        var info = paging.Info(ordered.Length);
        var links = info.Links("/api/sources");
        if (paging.IsPastEnd(ordered.Length))
        {
            return PagedApiViewModel<SourceApiItem>.From([], info, links);
        }

        List<string> ids = [.. paging.Of(ordered)];
        var entries = await EntriesAsync(ids, ct);
        var seedArticles = await db.Sources.AsNoTracking().Where(s => ids.Contains(s.Id) && s.SeedArticle != null)
            .ToDictionaryAsync(s => s.Id, s => s.SeedArticle, StringComparer.Ordinal, ct);
        return PagedApiViewModel<SourceApiItem>.From([.. entries.Select(e => new SourceApiItem(
            e.Id, e.Publisher, e.Title, e.Source.HeadlineInferred, e.Source.ReadVia, e.Source.OriginalUrl, e.Source.MirrorUrl,
            e.Published.ToIso(), e.Published.Precision.ToString().ToLowerInvariant(), seedArticles.GetValueOrDefault(e.Id), e.Notes,
            new SourceUsesApiItem(
                [.. e.UsedFor.Where(u => u.Kind == "defection").Select(u => u.Slug)],
                [.. e.UsedFor.Where(u => u.Kind == "council").Select(u => u.Slug)],
                [.. e.UsedFor.Where(u => u.Kind == "councillor").Select(u => u.Slug)])))], info, links);
    }

    public async Task<int> CountAsync(CancellationToken ct) => (await OverviewAsync(ct)).ByPublisher.Length;

    /// <summary>Where a source's entry is in the list by publisher: its page at <paramref name="pageSize"/>; null when there is no such source.</summary>
    public async Task<int?> PageOfAsync(string id, int pageSize, CancellationToken ct)
    {
        var index = Array.IndexOf((await OverviewAsync(ct)).ByPublisher, id);
        return index < 0 ? null : (index / pageSize) + 1;
    }

    /// <summary>Works out the whole-record part after start and each change, so the first reader of /sources does not wait.</summary>
    public Task WarmAsync(CancellationToken ct) => OverviewAsync(ct);

    private sealed record DefectionInfo(DefectionRefViewModel Ref, PartialDate Date, int Sequence, string? Notes, IReadOnlyList<string> Sources);

    /// <summary>
    /// The defections <paramref name="ids"/> (every one when null) with their labels and the sources they cite (light:
    /// one row per defection and per citation).
    /// </summary>
    private async Task<Dictionary<string, DefectionInfo>> LoadDefectionsAsync(IReadOnlyCollection<string>? ids, CancellationToken ct)
    {
        var citations = await (ids is null ? DefectionCites() : DefectionCites().Where(c => ids.Contains(c.DefectionId))).ToListAsync(ct);
        var defectionRows = await (ids is null ? db.Defections : db.Defections.Where(d => ids.Contains(d.Id))).AsNoTracking()
            .Select(d => new
            {
                d.Id,
                d.Date,
                d.Sequence,
                d.Verification,
                d.Notes,
                From = d.FromParty!.Name,
                To = d.ToParty == null ? null : d.ToParty.Name,
                Councils = d.Councils.OrderBy(c => c.Council!.Name).Select(c => c.Council!.Name).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var citesByDefection = citations.ToLookup(c => c.DefectionId, c => c.SourceId!);
        return defectionRows.ToDictionary(
            d => d.Id,
            d => new DefectionInfo(
                new DefectionRefViewModel(d.Id, DefectionLabel(d.Date, d.Councils, d.From, d.To), d.Verification),
                d.Date,
                d.Sequence,
                d.Notes,
                [.. citesByDefection[d.Id].Distinct().Order(StringComparer.Ordinal)]),
            StringComparer.Ordinal);
    }

    private sealed class DefectionCite
    {
        public string? SourceId { get; init; }

        public required string DefectionId { get; init; }
    }

    /// <summary>Every way a defection cites a source: its source list, reported counts, seat changes, grievances and quotes.</summary>
    private IQueryable<DefectionCite> DefectionCites() =>
        db.DefectionSources.Select(x => new DefectionCite { SourceId = x.SourceId, DefectionId = x.DefectionId })
            .Concat(db.ReportedCounts.Select(x => new DefectionCite { SourceId = x.SourceId, DefectionId = x.DefectionId }))
            .Concat(db.DefectionCouncils.Select(x => new DefectionCite { SourceId = x.SourceId, DefectionId = x.DefectionId }))
            .Concat(db.DefectionGrievances.Select(x => new DefectionCite { SourceId = x.SourceId, DefectionId = x.DefectionId }))
            .Concat(db.Quotes.Select(x => new DefectionCite { SourceId = x.SourceId, DefectionId = x.DefectionId }))
            .Where(x => x.SourceId != null)
            .Distinct();

    /// <summary>The entries of the sources <paramref name="ids"/>, in that order, each with the pages that cite it.</summary>
    private async Task<List<SourceEntryViewModel>> EntriesAsync(List<string> ids, CancellationToken ct)
    {
        var found = await db.Sources.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, StringComparer.Ordinal, ct);
        var sources = ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
        var defectionCites = await DefectionCites().Where(x => ids.Contains(x.SourceId!)).ToListAsync(ct);
        var defections = await LoadDefectionsAsync([.. defectionCites.Select(c => c.DefectionId).Distinct(StringComparer.Ordinal)], ct);
        var councilCites = await db.CouncilSources.Select(x => new { x.SourceId, Slug = x.CouncilSlug })
            .Concat(db.Compositions.Select(x => new { x.SourceId, Slug = x.CouncilSlug }))
            .Where(x => ids.Contains(x.SourceId))
            .Distinct()
            .ToListAsync(ct);
        var councillorCites = await db.Seats.Select(x => new { x.SourceId, Slug = x.CouncillorSlug })
            .Concat(db.Affiliations.Select(x => new { x.SourceId, Slug = x.CouncillorSlug }))
            .Where(x => x.SourceId != null && ids.Contains(x.SourceId))
            .Distinct()
            .ToListAsync(ct);
        var councilSlugs = councilCites.Select(c => c.Slug).Distinct().ToList();
        var councilNames = await db.Councils.AsNoTracking().Where(c => councilSlugs.Contains(c.Slug))
            .ToDictionaryAsync(c => c.Slug, c => c.Name, ct);
        var councillorSlugs = councillorCites.Select(c => c.Slug).Distinct().ToList();
        var councillorNames = await db.Councillors.AsNoTracking().Where(c => councillorSlugs.Contains(c.Slug))
            .ToDictionaryAsync(c => c.Slug, c => c.Name, ct);

        var uses = defectionCites
                .Where(c => defections.ContainsKey(c.DefectionId))
                .Select(c => (SourceId: c.SourceId!, Order: (0, defections[c.DefectionId].Date),
                    Use: new UsedForViewModel("defection", c.DefectionId, defections[c.DefectionId].Ref.Label, $"/defections/{c.DefectionId}")))
            .Concat(councilCites
                .Where(c => councilNames.ContainsKey(c.Slug))
                .Select(c => (c.SourceId, Order: (1, PartialDate.Unknown),
                    Use: new UsedForViewModel("council", c.Slug, councilNames[c.Slug], $"/councils/{c.Slug}"))))
            .Concat(councillorCites
                .Where(c => councillorNames.ContainsKey(c.Slug))
                .Select(c => (SourceId: c.SourceId!, Order: (2, PartialDate.Unknown),
                    Use: new UsedForViewModel("councillor", c.Slug, councillorNames[c.Slug], $"/councillors/{c.Slug}"))))
            .ToLookup(u => u.SourceId, StringComparer.Ordinal);

        return [.. sources.Select(s => new SourceEntryViewModel(
            SourceRefViewModel.From(s), s.Published, s.SeedArticle is not null, s.Notes,
            [.. uses[s.Id]
                .OrderBy(u => u.Order.Item1).ThenBy(u => u.Order.Item2).ThenBy(u => u.Use.Text, StringComparer.Ordinal)
                .Select(u => u.Use)]))];
    }

    /// <summary>"Nottingham City Council, 30 October 2025: Labour Party to Nottingham People's Alliance".</summary>
    private static string DefectionLabel(PartialDate date, IReadOnlyList<string> councils, string from, string? to) =>
        (councils.Count == 0 ? "No council identified" : string.Join(", ", councils))
        + $", {date.ToDisplay()}: {from} to {to ?? "destination not known"}";

    private static int? YearOf(Source s) => s.Published.Start?.Year;

    /// <summary>
    /// The list's one order: by publisher (A to Z), newest first within each; or by publication year, newest first,
    /// sources whose date is not known last.
    /// </summary>
    private static IOrderedEnumerable<Source> Ordered(IEnumerable<Source> sources, SourcesOrder order) => order == SourcesOrder.Publisher
        ? sources
            .OrderBy(s => s.Publisher, StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true))
            .ThenByDescending(s => s.Published.IsKnown).ThenByDescending(s => s.Published)
            .ThenBy(s => s.Title, StringComparer.Ordinal)
        : sources
            .OrderByDescending(s => YearOf(s).HasValue).ThenByDescending(YearOf)
            .ThenByDescending(s => s.Published)
            .ThenBy(s => s.Publisher, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Title, StringComparer.Ordinal);

    /// <summary>A page's entries (already in order) under their headings: one flat list by publisher, or one per year.</summary>
    private static List<SourceGroupViewModel> Group(List<SourceEntryViewModel> entries, SourcesOrder order, Dictionary<int, int> yearTotals)
    {
        if (order == SourcesOrder.Publisher)
        {
            return [new SourceGroupViewModel(null, "all", entries)];
        }

        return [.. entries
            .GroupBy(e => e.Published.Start?.Year)
            .Select(g => new SourceGroupViewModel(
                g.Key?.ToString(CultureInfo.InvariantCulture) ?? "Publication date not known",
                g.Key is { } year ? $"year-{year}" : "year-unknown",
                [.. g])
            {
                Total = yearTotals.GetValueOrDefault(g.Key ?? -1),
            })];
    }

    private async Task<DisagreementsViewModel> DisagreementsAsync(
        Dictionary<string, DefectionInfo> defections,
        IReadOnlySet<string> sourceIds,
        Dictionary<string, string> publishers,
        CancellationToken ct)
    {
        SourceCiteViewModel Cite(string id) => new(id, publishers.GetValueOrDefault(id, id));

        var reported = await db.ReportedCounts.AsNoTracking()
            .OrderBy(r => r.Id)
            .Select(r => new { r.DefectionId, r.Count, r.SourceId, r.Note })
            .ToListAsync(ct);
        var recordedCounts = await db.Defections.AsNoTracking()
            .ToDictionaryAsync(d => d.Id, d => d.CouncillorCount, ct);
        var counts = reported
            .GroupBy(r => r.DefectionId)
            .Where(g => g.Select(r => r.Count).Distinct().Count() > 1 && defections.ContainsKey(g.Key))
            .Select(g => new CountDisagreementViewModel(
                defections[g.Key].Ref,
                recordedCounts.GetValueOrDefault(g.Key),
                [.. g.GroupBy(r => r.Count)
                    .OrderByDescending(c => c.Count())
                    .Select(c => new ReportedCountGroupViewModel(
                        c.Key, [.. c.Select(r => new ReportedCountSourceViewModel(Cite(r.SourceId), r.Note))]))]))
            .OrderBy(c => defections[c.Defection.Id].Date)
            .ToList();

        var countIds = counts.Select(c => c.Defection.Id).ToHashSet(StringComparer.Ordinal);
        var noted = defections.Values
            .Where(d => !countIds.Contains(d.Ref.Id) && NoteText.ConflictSentence(d.Notes) is not null)
            .OrderChronologically(d => d.Sequence)
            .Select(d => new NotedDisagreementViewModel(
                d.Ref, d.Date, NoteText.ForReaders(NoteText.Split(NoteText.ConflictSentence(d.Notes)!, sourceIds), publishers),
                [.. d.Sources.Select(Cite)]))
            .ToList();

        return new DisagreementsViewModel(counts, noted, await SeatTablesAsync(sourceIds, publishers, Cite, ct));
    }

    private async Task<List<SnapshotDisagreementViewModel>> SeatTablesAsync(
        IReadOnlySet<string> sourceIds, Dictionary<string, string> publishers, Func<string, SourceCiteViewModel> cite, CancellationToken ct)
    {
        var all = await histories.LoadAsync(null, ct);
        var compositions = await db.Compositions.AsNoTracking()
            .Select(c => new
            {
                c.Id,
                c.CouncilSlug,
                CouncilName = c.Council!.Name,
                c.Council.TotalSeats,
                c.AsOf,
                c.Kind,
                c.SourceId,
                c.Notes,
                Stated = c.Seats.Sum(s => s.Seats),
            })
            .ToListAsync(ct);
        var parties = await partyLabels.LoadAsync(ct);
        var discrepancies = all.Values.SelectMany(h => h.Discrepancies)
            .ToDictionary(d => d.Snapshot.Id, StringComparer.Ordinal);

        // Seats.UnknownAffiliation (a destination no source states) has no party: the view says "not known".
        PartyLabelViewModel? Party(string slug) => parties.Find(slug);

        return [.. compositions
            .Where(c => discrepancies.ContainsKey(c.Id) || (c.TotalSeats is { } total && c.Stated < total))
            .OrderBy(c => c.CouncilName, StringComparer.Ordinal).ThenBy(c => c.AsOf)
            .Select(c => new SnapshotDisagreementViewModel(
                new RefViewModel(c.CouncilSlug, c.CouncilName),
                c.AsOf,
                c.Kind,
                cite(c.SourceId),
                c.Stated,
                c.TotalSeats,
                discrepancies.TryGetValue(c.Id, out var d)
                    ? [.. d.Differences.Select(x => new SeatDifferenceViewModel(Party(x.Party), x.Derived, x.Stated))]
                    : [],
                c.Notes is null ? [] : NoteText.ForReaders(NoteText.Split(c.Notes, sourceIds), publishers)))];
    }
}
