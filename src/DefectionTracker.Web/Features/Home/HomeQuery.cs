using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Home;

/// <summary>The home page: headline figures and the latest defections.</summary>
public sealed class HomeQuery(
    DefectionsDbContext db, CouncilHistoryQuery histories, PartyLossesQuery partyLosses, PartyLabelsQuery partyLabels, SummaryQuery summary,
    DataMemo memo)
{
    public const int LatestCount = 8;

    /// <summary>The undated events the home page lists; the rest are on the defections list.</summary>
    public const int UndatedShown = 20;

    /// <summary>The party whose losses the headline counts (the dataset is about councillors leaving Labour).</summary>
    public const string LabourSlug = "labour";

    /// <summary>The page's figures and lists, worked out once per version of the data (<see cref="DataMemo"/>).</summary>
    public Task<HomeViewModel> GetAsync(CancellationToken ct) => memo.GetOrAddAsync("home", BuildAsync, ct);

    private async Task<HomeViewModel> BuildAsync(CancellationToken ct)
    {
        var byVerification = await db.Defections.AsNoTracking()
            .GroupBy(d => d.Verification)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var latest = await DefectionRowsAsync(db.Defections.Where(d => d.Date.Start != null).NewestFirst().Take(LatestCount), ct);
        var undatedCount = await db.Defections.CountAsync(d => d.Date.Start == null, ct);
        var undated = await DefectionRowsAsync(db.Defections.Where(d => d.Date.Start == null).OrderBy(d => d.Id).Take(UndatedShown), ct);

        var figures = new HomeFiguresViewModel(
            byVerification.Values.Sum(),
            Enum.GetValues<Verification>().ToDictionary(v => v, v => byVerification.GetValueOrDefault(v)),
            await LeftLabourAsync(ct),
            await ControlChangesAsync(ct));
        return new HomeViewModel(figures, latest, undated) { Coverage = await summary.GetAsync(ct), UndatedCount = undatedCount };
    }

    private async Task<IReadOnlyList<DefectionRowViewModel>> DefectionRowsAsync(IQueryable<Defection> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking()
            .Select(d => new
            {
                d.Id,
                d.Date,
                d.OrderDate,
                d.Sequence,
                d.Kind,
                Councils = d.Councils.OrderBy(c => c.Council!.Name).Select(c => new RefViewModel(c.CouncilSlug, c.Council!.Name)).ToList(),
                d.FromPartySlug,
                d.ToPartySlug,
                d.CouncillorCount,
                Reported = d.ReportedCounts.Select(r => r.Count).ToList(),
                d.Verification,
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var parties = await partyLabels.LoadAsync(ct);
        var dates = await EventDates.LoadAsync(db, [.. rows.Select(r => r.Id)], ct);

        return [.. rows
            .OrderNewestFirst(d => d.Sequence, d => d.OrderDate)
            .Select(d => new DefectionRowViewModel(d.Id, d.Date, dates.For(d.Id), d.Kind, d.Councils, parties.For(d.FromPartySlug), parties.Find(d.ToPartySlug), d.CouncillorCount,
                OtherCounts(d.CouncillorCount, d.Reported), d.Verification))];
    }

    /// <summary>Counts that sources report besides the recorded one (Broxtowe: 20 recorded, 18 on the council's list).</summary>
    private static List<int> OtherCounts(int? recorded, IEnumerable<int> reported) =>
        [.. reported.Where(c => c != recorded).Distinct().Order()];

    private async Task<LeftLabourFigure> LeftLabourAsync(CancellationToken ct)
    {
        var losses = await partyLosses.LoadAsync(LabourSlug, ct);
        var tally = CouncillorsLost.Tally(losses);
        // Only the events whose sources report another count matter below (the disputed counts).
        var events = await db.Defections.AsNoTracking()
            .Where(d => d.FromPartySlug == LabourSlug && d.ReportedCounts.Any(r => r.Count != d.CouncillorCount))
            .Select(d => new
            {
                d.Id,
                d.Date,
                d.Sequence,
                d.CouncillorCount,
                Councils = d.Councils.OrderBy(c => c.Council!.Name).Select(c => c.Council!.Name).ToList(),
                Reported = d.ReportedCounts.Select(r => r.Count).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        // Councillors named in an event that adds nothing because they were counted in an earlier one (suspended, then resigned).
        var alreadyCounted = losses.Where(e => CouncillorsLost.Contribution(e) == LossContribution.AlreadyCounted)
            .SelectMany(e => e.CouncillorSlugs).ToHashSet(StringComparer.Ordinal);
        var countedOnce = await db.Councillors.AsNoTracking()
            .Where(c => alreadyCounted.Contains(c.Slug))
            .OrderBy(c => c.Name)
            .Select(c => new RefViewModel(c.Slug, c.Name))
            .ToListAsync(ct);
        var counted = losses.Where(e => CouncillorsLost.Contribution(e) == LossContribution.Counted).Select(e => e.DefectionId)
            .ToHashSet(StringComparer.Ordinal);
        var disputed = events
            .Where(e => counted.Contains(e.Id))
            .Select(e => (e, Others: OtherCounts(e.CouncillorCount, e.Reported)))
            .Where(x => x.Others.Count > 0)
            .OrderChronologically(x => x.e.Sequence)
            .ToList();
        var dates = await EventDates.LoadAsync(db, [.. disputed.Select(x => x.e.Id)], ct);
        return new LeftLabourFigure(tally, countedOnce, [.. disputed
            .Select(x => new DisputedCountViewModel(x.e.Id, Label(dates.For(x.e.Id), x.e.Councils), x.e.CouncillorCount!.Value, x.Others))]);
    }

    private static string Label(EventDate date, IReadOnlyList<string> councils) =>
        councils.Count == 0 ? $"{date.ToDisplay()}, no council identified" : $"{string.Join(", ", councils)}, {date.ToDisplay()}";

    private async Task<ControlChangeFigure> ControlChangesAsync(CancellationToken ct)
    {
        var all = await histories.LoadAsync(null, ct);
        var councils = await db.Councils.AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new RefViewModel(c.Slug, c.Name))
            .ToListAsync(ct);

        var flips = all.SelectMany(h => h.Value.Effects.Values
                .Where(e => e.FlippedControl == true)
                .Select(e => (Council: h.Key, e.DefectionId)))
            .ToList();
        var flipIds = flips.Select(f => f.DefectionId).Distinct().ToList();
        var flipDates = await db.Defections.AsNoTracking()
            .Where(d => flipIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Date, d.Sequence })
            .ToDictionaryAsync(d => d.Id, d => (d.Date, d.Sequence), ct);

        var dates = await EventDates.LoadAsync(db, flipIds, ct);
        var changed = new List<ControlChangeViewModel>();
        var unknown = new List<RefViewModel>();
        foreach (var council in councils)
        {
            var history = all.GetValueOrDefault(council.Slug);
            var councilFlips = flips.Where(f => f.Council == council.Slug)
                .Select(f => (f.DefectionId, flipDates[f.DefectionId].Date, flipDates[f.DefectionId].Sequence))
                .OrderBy(f => f.Sequence)
                .ToList();
            if (councilFlips.Count > 0)
            {
                var first = councilFlips[0];
                changed.Add(new ControlChangeViewModel(council, first.DefectionId, dates.For(first.DefectionId).ToDisplay()));
            }
            else if (history is not null && history.Effects.Values.Any(e => e.FlippedControl is null))
            {
                // Seat counts unknown before or after an event (Nelson, Brierfield): whether control changed is unknown.
                unknown.Add(council);
            }
        }

        return new ControlChangeFigure(changed, unknown, councils.Count);
    }
}
