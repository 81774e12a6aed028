using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Home;

/// <summary>The home page: headline figures and the latest defections.</summary>
public sealed class HomeQuery(DefectionsDbContext db, CouncilHistoryQuery histories)
{
    public const int LatestCount = 8;

    /// <summary>The party whose losses the headline counts (the dataset is about councillors leaving Labour).</summary>
    public const string LabourSlug = "labour";

    public async Task<HomeViewModel> GetAsync(CancellationToken ct)
    {
        var byVerification = await db.Defections.AsNoTracking()
            .GroupBy(d => d.Verification)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var latest = await DefectionRowsAsync(db.Defections.Where(d => d.Date.Start != null)
            .OrderByDescending(d => d.Date.Start).ThenBy(d => d.Date.Precision).ThenBy(d => d.Id)
            .Take(LatestCount), ct);
        var undated = await DefectionRowsAsync(db.Defections.Where(d => d.Date.Start == null).OrderBy(d => d.Id), ct);

        var figures = new HomeFiguresViewModel(
            byVerification.Values.Sum(),
            Enum.GetValues<Verification>().ToDictionary(v => v, v => byVerification.GetValueOrDefault(v)),
            await LeftLabourAsync(ct),
            await ControlChangesAsync(ct));
        return new HomeViewModel(figures, latest, undated);
    }

    private async Task<IReadOnlyList<DefectionRowViewModel>> DefectionRowsAsync(IQueryable<Defection> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking()
            .Select(d => new
            {
                d.Id,
                d.Date,
                d.Kind,
                Councils = d.Councils.OrderBy(c => c.Council!.Name).Select(c => new RefViewModel(c.CouncilSlug, c.Council!.Name)).ToList(),
                FromParty = new PartyLabelViewModel(d.FromParty!.Slug, d.FromParty.Name, d.FromParty.ShortName, d.FromParty.Colour),
                ToParty = d.ToParty == null ? null : new PartyLabelViewModel(d.ToParty.Slug, d.ToParty.Name, d.ToParty.ShortName, d.ToParty.Colour),
                d.CouncillorCount,
                Reported = d.ReportedCounts.Select(r => r.Count).ToList(),
                d.Verification,
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        // ORDER BY above sorts on the period's first day; the one ordering rule (PartialDate.CompareTo) settles ties.
        return [.. rows
            .OrderByDescending(d => d.Date)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => new DefectionRowViewModel(d.Id, d.Date, d.Kind, d.Councils, d.FromParty, d.ToParty, d.CouncillorCount,
                OtherCounts(d.CouncillorCount, d.Reported), d.Verification))];
    }

    /// <summary>Counts that sources report besides the recorded one (Broxtowe: 20 recorded, 18 on the council's list).</summary>
    private static List<int> OtherCounts(int? recorded, IEnumerable<int> reported) =>
        [.. reported.Where(c => c != recorded).Distinct().Order()];

    private async Task<LeftLabourFigure> LeftLabourAsync(CancellationToken ct)
    {
        var events = await db.Defections.AsNoTracking()
            .Where(d => d.FromPartySlug == LabourSlug)
            .Select(d => new
            {
                d.Id,
                d.Date,
                d.CouncillorCount,
                Councillors = d.Councillors.Select(c => new RefViewModel(c.CouncillorSlug, c.Councillor!.Name)).ToList(),
                Councils = d.Councils.OrderBy(c => c.Council!.Name).Select(c => c.Council!.Name).ToList(),
                Reported = d.ReportedCounts.Select(r => r.Count).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        var counted = events.Where(e => e.CouncillorCount is not null).ToList();

        // A councillor suspended and later resigning appears in two events; the headline counts people, so once.
        var repeats = counted.SelectMany(e => e.Councillors).GroupBy(c => c.Slug)
            .Where(g => g.Count() > 1)
            .Select(g => (Person: g.First(), Extra: g.Count() - 1))
            .OrderBy(r => r.Person.Name, StringComparer.Ordinal)
            .ToList();
        var disputed = counted
            .Select(e => (e, Others: OtherCounts(e.CouncillorCount, e.Reported)))
            .Where(x => x.Others.Count > 0)
            .OrderBy(x => x.e.Date)
            .Select(x => new DisputedCountViewModel(x.e.Id, Label(x.e.Date, x.e.Councils), x.e.CouncillorCount!.Value, x.Others))
            .ToList();
        return new LeftLabourFigure(
            counted.Sum(e => e.CouncillorCount!.Value) - repeats.Sum(r => r.Extra),
            events.Count,
            events.Count - counted.Count,
            [.. repeats.Select(r => r.Person)],
            disputed);
    }

    private static string Label(PartialDate date, IReadOnlyList<string> councils) =>
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
            .Select(d => new { d.Id, d.Date })
            .ToDictionaryAsync(d => d.Id, d => d.Date, ct);

        var changed = new List<ControlChangeViewModel>();
        var unknown = new List<RefViewModel>();
        foreach (var council in councils)
        {
            var history = all.GetValueOrDefault(council.Slug);
            var councilFlips = flips.Where(f => f.Council == council.Slug)
                .Select(f => (f.DefectionId, Date: flipDates.GetValueOrDefault(f.DefectionId, PartialDate.Unknown)))
                .OrderBy(f => f.Date)
                .ToList();
            if (councilFlips.Count > 0)
            {
                var first = councilFlips[0];
                changed.Add(new ControlChangeViewModel(council, first.DefectionId, first.Date.ToDisplay()));
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
