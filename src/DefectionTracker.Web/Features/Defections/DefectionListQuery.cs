using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Defections;

/// <summary>What the person asked for on /defections (filters and paging), as given.</summary>
public sealed record DefectionListRequest(string? Council, string? Party, string? To, string? Grievance, int? Year, int Page, int PageSize)
{
    public bool IsFiltered => Council is not null || Party is not null || To is not null || Grievance is not null || Year is not null;

    /// <summary>This request's query string with another page, for pagination links that keep the filters.</summary>
    public string QueryFor(int page)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("council", Council);
        Add("party", Party);
        Add("to", To);
        Add("grievance", Grievance);
        Add("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (PageSize != DefectionListQuery.DefaultPageSize)
        {
            Add("pageSize", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "?" + string.Join("&", parts);
    }
}

public sealed record CouncilFlipViewModel(RefViewModel Council, bool? Flipped);

public sealed record DefectionRowViewModel(DefectionDetailViewModel Detail, IReadOnlyList<CouncilFlipViewModel> Flips);

public sealed record DefectionListViewModel
{
    public required DefectionListRequest Request { get; init; }

    public IReadOnlyList<DefectionRowViewModel> Rows { get; init; } = [];

    public int Total { get; init; }

    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)Request.PageSize));

    public IReadOnlyList<OptionViewModel> CouncilOptions { get; init; } = [];

    public IReadOnlyList<OptionViewModel> PartyOptions { get; init; } = [];

    public IReadOnlyList<OptionViewModel> ToOptions { get; init; } = [];

    public IReadOnlyList<OptionViewModel> GrievanceOptions { get; init; } = [];

    public IReadOnlyList<int> YearOptions { get; init; } = [];

    /// <summary>Why the request could not be answered; the page is then a 400.</summary>
    public string? Error { get; init; }
}

/// <summary>/defections: every defection, newest first (undated last), filtered and a page at a time.</summary>
public sealed class DefectionListQuery(
    DefectionsDbContext db,
    PartyLabelsQuery partyLabels,
    DefectionDetailsQuery details,
    CouncilHistoryQuery histories)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The destination filter value for defections whose destination no source states.</summary>
    public const string ToNotStated = "not-stated";

    public async Task<DefectionListViewModel> GetAsync(DefectionListRequest request, CancellationToken ct)
    {
        var parties = await partyLabels.LoadAsync(ct);
        var councils = await db.Councils.AsNoTracking().OrderBy(c => c.Name).Select(c => new OptionViewModel(c.Slug, c.Name)).ToListAsync(ct);
        var grievances = await db.Grievances.AsNoTracking().OrderBy(g => g.Name).Select(g => new OptionViewModel(g.Slug, g.Name)).ToListAsync(ct);
        var facets = await db.Defections.AsNoTracking()
            .Select(d => new { d.FromPartySlug, d.ToPartySlug, d.Date.Start })
            .ToListAsync(ct);
        var model = new DefectionListViewModel
        {
            Request = request,
            CouncilOptions = councils,
            GrievanceOptions = grievances,
            PartyOptions = [.. facets.Select(f => f.FromPartySlug).Distinct().Select(parties.For).OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new OptionViewModel(p.Slug, p.Name))],
            ToOptions =
            [
                .. facets.Select(f => f.ToPartySlug).OfType<string>().Distinct().Select(parties.For).OrderBy(p => p.Name, StringComparer.Ordinal)
                    .Select(p => new OptionViewModel(p.Slug, p.Name)),
                .. facets.Any(f => f.ToPartySlug is null) ? new[] { new OptionViewModel(ToNotStated, "Not stated in the sources") } : [],
            ],
            YearOptions = [.. facets.Select(f => f.Start?.Year).OfType<int>().Distinct().OrderDescending()],
        };

        var error = Validate(request, model, parties);
        if (error is not null)
        {
            return model with { Error = error };
        }

        var query = db.Defections.AsNoTracking();
        if (request.Council is { } council)
        {
            query = query.Where(d => db.DefectionCouncils.Where(c => c.CouncilSlug == council).Select(c => c.DefectionId).Contains(d.Id));
        }

        if (request.Party is { } party)
        {
            query = query.Where(d => d.FromPartySlug == party);
        }

        if (request.To == ToNotStated)
        {
            query = query.Where(d => d.ToPartySlug == null);
        }
        else if (request.To is { } to)
        {
            query = query.Where(d => d.ToPartySlug == to);
        }

        if (request.Grievance is { } grievance)
        {
            query = query.Where(d => d.Grievances.Any(g => g.GrievanceSlug == grievance));
        }

        if (request.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var until = new DateOnly(year + 1, 1, 1);
            query = query.Where(d => d.Date.Start >= from && d.Date.Start < until);
        }

        var keys = (await query.Select(d => new { d.Id, d.OrderDate, d.Sequence }).ToListAsync(ct))
            .OrderNewestFirst(k => k.Sequence, k => k.OrderDate)
            .ToList();
        var total = keys.Count;
        if (total > 0 && request.Page > (int)Math.Ceiling(total / (double)request.PageSize))
        {
            return model with
            {
                Total = total,
                Error = $"There is no page {request.Page}: {total} defection(s) match, {(int)Math.Ceiling(total / (double)request.PageSize)} page(s) of {request.PageSize}.",
            };
        }

        var pageIds = keys.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).Select(k => k.Id).ToList();
        var loaded = await details.LoadAsync(pageIds, parties, ct);
        var councilSlugs = loaded.Values.SelectMany(d => d.Councils.Select(c => c.Council.Slug)).Distinct(StringComparer.Ordinal).ToList();
        IReadOnlyDictionary<string, Domain.CouncilHistory> councilHistories = councilSlugs.Count == 0
            ? new Dictionary<string, Domain.CouncilHistory>()
            : await histories.LoadAsync(councilSlugs, ct);
        var rows = pageIds.Where(loaded.ContainsKey).Select(id =>
        {
            var d = loaded[id];
            return new DefectionRowViewModel(d, [.. d.Councils.Select(c => new CouncilFlipViewModel(c.Council,
                councilHistories.TryGetValue(c.Council.Slug, out var h) && h.Effects.TryGetValue(id, out var e) ? e.FlippedControl : null))]);
        }).ToList();
        return model with { Rows = rows, Total = total };
    }

    private static string? Validate(DefectionListRequest r, DefectionListViewModel options, PartyLabels parties)
    {
        if (r.Page < 1)
        {
            return "The page number must be 1 or more.";
        }

        if (r.PageSize is < 1 or > MaxPageSize)
        {
            return $"The page size must be between 1 and {MaxPageSize}.";
        }

        if (r.Year is < 1900 or > 2100)
        {
            return "The year must be between 1900 and 2100.";
        }

        if (r.Council is { } c && options.CouncilOptions.All(o => o.Value != c))
        {
            return $"There is no council called \"{c}\" in the record.";
        }

        if (r.Party is { } p && parties.Find(p) is null)
        {
            return $"There is no party called \"{p}\" in the record.";
        }

        if (r.To is { } t && t != ToNotStated && parties.Find(t) is null)
        {
            return $"There is no party called \"{t}\" in the record (use \"{ToNotStated}\" for defections whose destination is not stated).";
        }

        if (r.Grievance is { } g && options.GrievanceOptions.All(o => o.Value != g))
        {
            return $"There is no grievance called \"{g}\" in the record.";
        }

        return null;
    }
}
