using DefectionTracker.Web.Data;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Councillors;

public sealed record CouncillorListRowViewModel(string Slug, string Name, IReadOnlyList<RefViewModel> Councils, int Defections);

/// <summary>/councillors: every councillor the record names, a page at a time, by name or by defections.</summary>
public sealed record CouncillorListViewModel(IndexRequest Request, PageInfo Paging, IReadOnlyList<CouncillorListRowViewModel> Rows)
{
    public string Href(int page, IndexSort? sort = null) =>
        Paging.Href("/councillors", page, ("sort", sort is null ? Request.SortValue : sort == IndexSort.Defections ? "defections" : null));
}

public sealed class CouncillorListQuery(DefectionsDbContext db)
{
    public async Task<CouncillorListViewModel> GetAsync(IndexRequest request, CancellationToken ct)
    {
        var total = await db.Councillors.CountAsync(ct);
        var rows = db.Councillors.AsNoTracking().Select(c => new
        {
            c.Slug,
            c.Name,
            Defections = db.DefectionCouncillors.Count(d => d.CouncillorSlug == c.Slug),
        });
        var ordered = request.Order == IndexSort.Defections
            ? rows.OrderByDescending(r => r.Defections).ThenBy(r => r.Name).ThenBy(r => r.Slug)
            : rows.OrderBy(r => r.Name).ThenBy(r => r.Slug);
        var page = await ordered.Skip((int)Math.Min(request.Paging.Skip, int.MaxValue)).Take(request.Paging.PageSize).ToListAsync(ct);
        var slugs = page.Select(r => r.Slug).ToList();
        var seats = await db.Seats.AsNoTracking()
            .Where(s => slugs.Contains(s.CouncillorSlug))
            .Select(s => new { s.CouncillorSlug, s.CouncilSlug, s.Council!.Name })
            .ToListAsync(ct);
        return new CouncillorListViewModel(request, request.Paging.Info(total), [.. page.Select(r => new CouncillorListRowViewModel(
            r.Slug, r.Name,
            [.. seats.Where(s => s.CouncillorSlug == r.Slug).DistinctBy(s => s.CouncilSlug).OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => new RefViewModel(s.CouncilSlug, s.Name))],
            r.Defections))]);
    }
}
