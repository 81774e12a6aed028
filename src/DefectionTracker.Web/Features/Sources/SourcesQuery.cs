using System.Globalization;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Sources;

/// <summary>
/// /sources and /api/sources: every source with the pages that cite it, what the verification statuses mean, and
/// where sources disagree (counts that differ, conflicts the notes flag, seat tables that do not match the events).
/// </summary>
public sealed class SourcesQuery(DefectionsDbContext db, CouncilHistoryQuery histories, PartyLabelsQuery partyLabels)
{
    public async Task<SourcesPageViewModel> GetPageAsync(SourcesOrder order, CancellationToken ct)
    {
        var (entries, defections) = await LoadEntriesAsync(ct);
        var sourceIds = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var publishers = entries.ToDictionary(e => e.Id, e => e.Publisher, StringComparer.Ordinal);

        var totals = new SourceTotalsViewModel(
            entries.Count,
            entries.Select(e => e.Publisher).Distinct(StringComparer.Ordinal).Count(),
            entries.Count(e => e.StartingArticle),
            entries.Count(e => e.Source.HeadlineInferred),
            entries.Count(e => e.Source.ReadViaMirror),
            entries.Count(e => !e.Published.IsKnown),
            entries.Count(e => e.Source.OriginalUrl is null));
        var byVerification = Enum.GetValues<Verification>()
            .ToDictionary(v => v, v => defections.Values.Count(d => d.Ref.Verification == v));
        var unverified = defections.Values.Where(d => d.Ref.Verification == Verification.Unverified)
            .OrderChronologically(d => d.Sequence).Select(d => d.Ref).ToList();

        return new SourcesPageViewModel(order, totals, Group(entries, order), byVerification, unverified,
            await DisagreementsAsync(defections, sourceIds, publishers, ct));
    }

    public async Task<IReadOnlyList<SourceApiItem>> ListAsync(CancellationToken ct)
    {
        var (entries, _) = await LoadEntriesAsync(ct);
        var seedArticles = await db.Sources.AsNoTracking().Where(s => s.SeedArticle != null)
            .ToDictionaryAsync(s => s.Id, s => s.SeedArticle, ct);
        return [.. Group(entries, SourcesOrder.Publisher).SelectMany(g => g.Sources).Select(e => new SourceApiItem(
            e.Id, e.Publisher, e.Title, e.Source.HeadlineInferred, e.Source.ReadVia, e.Source.OriginalUrl, e.Source.MirrorUrl,
            e.Published.ToIso(), e.Published.Precision.ToString().ToLowerInvariant(), seedArticles.GetValueOrDefault(e.Id), e.Notes,
            new SourceUsesApiItem(
                [.. e.UsedFor.Where(u => u.Kind == "defection").Select(u => u.Slug)],
                [.. e.UsedFor.Where(u => u.Kind == "council").Select(u => u.Slug)],
                [.. e.UsedFor.Where(u => u.Kind == "councillor").Select(u => u.Slug)])))];
    }

    private sealed record DefectionInfo(DefectionRefViewModel Ref, PartialDate Date, int Sequence, string? Notes, IReadOnlyList<string> Sources);

    private async Task<(List<SourceEntryViewModel> Entries, Dictionary<string, DefectionInfo> Defections)> LoadEntriesAsync(CancellationToken ct)
    {
        var sources = await db.Sources.AsNoTracking().ToListAsync(ct);

        // Every way a defection cites a source: its source list, reported counts, seat changes, grievances and quotes.
        var defectionCites = await db.DefectionSources.Select(x => new { SourceId = (string?)x.SourceId, x.DefectionId })
            .Concat(db.ReportedCounts.Select(x => new { SourceId = (string?)x.SourceId, x.DefectionId }))
            .Concat(db.DefectionCouncils.Select(x => new { x.SourceId, x.DefectionId }))
            .Concat(db.DefectionGrievances.Select(x => new { x.SourceId, x.DefectionId }))
            .Concat(db.Quotes.Select(x => new { SourceId = (string?)x.SourceId, x.DefectionId }))
            .Where(x => x.SourceId != null)
            .Distinct()
            .ToListAsync(ct);
        var councilCites = await db.CouncilSources.Select(x => new { x.SourceId, Slug = x.CouncilSlug })
            .Concat(db.Compositions.Select(x => new { x.SourceId, Slug = x.CouncilSlug }))
            .Distinct()
            .ToListAsync(ct);
        var councillorCites = await db.Seats.Select(x => new { x.SourceId, Slug = x.CouncillorSlug })
            .Concat(db.Affiliations.Select(x => new { x.SourceId, Slug = x.CouncillorSlug }))
            .Where(x => x.SourceId != null)
            .Distinct()
            .ToListAsync(ct);

        var defectionRows = await db.Defections.AsNoTracking()
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
        var councilNames = await db.Councils.AsNoTracking().ToDictionaryAsync(c => c.Slug, c => c.Name, ct);
        var councillorNames = await db.Councillors.AsNoTracking().ToDictionaryAsync(c => c.Slug, c => c.Name, ct);

        var citesByDefection = defectionCites.ToLookup(c => c.DefectionId, c => c.SourceId!);
        var defections = defectionRows.ToDictionary(
            d => d.Id,
            d => new DefectionInfo(
                new DefectionRefViewModel(d.Id, DefectionLabel(d.Date, d.Councils, d.From, d.To), d.Verification),
                d.Date,
                d.Sequence,
                d.Notes,
                [.. citesByDefection[d.Id].Distinct().Order(StringComparer.Ordinal)]),
            StringComparer.Ordinal);

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

        var entries = sources.Select(s => new SourceEntryViewModel(
                SourceRefViewModel.From(s), s.Published, s.SeedArticle is not null, s.Notes,
                [.. uses[s.Id]
                    .OrderBy(u => u.Order.Item1).ThenBy(u => u.Order.Item2).ThenBy(u => u.Use.Text, StringComparer.Ordinal)
                    .Select(u => u.Use)]))
            .ToList();
        return (entries, defections);
    }

    /// <summary>"Nottingham City Council, 30 October 2025: Labour Party to Nottingham People's Alliance".</summary>
    private static string DefectionLabel(PartialDate date, IReadOnlyList<string> councils, string from, string? to) =>
        (councils.Count == 0 ? "No council identified" : string.Join(", ", councils))
        + $", {date.ToDisplay()}: {from} to {to ?? "destination not known"}";

    private static List<SourceGroupViewModel> Group(List<SourceEntryViewModel> entries, SourcesOrder order)
    {
        if (order == SourcesOrder.Publisher)
        {
            var byPublisher = entries
                .OrderBy(e => e.Publisher, StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true))
                .ThenByDescending(e => e.Published.IsKnown).ThenByDescending(e => e.Published)
                .ThenBy(e => e.Title, StringComparer.Ordinal)
                .ToList();
            return [new SourceGroupViewModel(null, "all", byPublisher)];
        }

        // Newest first by publication year; sources whose date is not known come last, under their own heading.
        return [.. entries
            .GroupBy(e => e.Published.Start?.Year)
            .OrderByDescending(g => g.Key.HasValue).ThenByDescending(g => g.Key)
            .Select(g => new SourceGroupViewModel(
                g.Key?.ToString(CultureInfo.InvariantCulture) ?? "Publication date not known",
                g.Key is { } year ? $"year-{year}" : "year-unknown",
                [.. g.OrderByDescending(e => e.Published)
                    .ThenBy(e => e.Publisher, StringComparer.OrdinalIgnoreCase)
                    .ThenBy(e => e.Title, StringComparer.Ordinal)]))];
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
