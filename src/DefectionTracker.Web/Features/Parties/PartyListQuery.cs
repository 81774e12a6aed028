using DefectionTracker.Web.Data;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Parties;

/// <summary>One party in the index: how many recorded events councillors left it in, and joined it in.</summary>
public sealed record PartyListRowViewModel(PartyLabelViewModel Party, string KindText, int DefectionsFrom, int DefectionsTo);

/// <summary>/parties: every party and group in the record, a page at a time, by name or by defections from it.</summary>
public sealed record PartyListViewModel(IndexRequest Request, PageInfo Paging, IReadOnlyList<PartyListRowViewModel> Rows)
{
    public string Href(int page, IndexSort? sort = null) =>
        Paging.Href("/parties", page, ("sort", sort is null ? Request.SortValue : sort == IndexSort.Defections ? "defections" : null));
}

public sealed class PartyListQuery(DefectionsDbContext db)
{
    public async Task<PartyListViewModel> GetAsync(IndexRequest request, CancellationToken ct)
    {
        var total = await db.Parties.CountAsync(ct);
        var rows = db.Parties.AsNoTracking().Select(p => new
        {
            p.Slug,
            p.Name,
            p.ShortName,
            p.Colour,
            p.Kind,
            From = db.Defections.Count(d => d.FromPartySlug == p.Slug),
            To = db.Defections.Count(d => d.ToPartySlug == p.Slug),
        });
        var ordered = request.Order == IndexSort.Defections
            ? rows.OrderByDescending(r => r.From).ThenBy(r => r.Name).ThenBy(r => r.Slug)
            : rows.OrderBy(r => r.Name).ThenBy(r => r.Slug);
        var page = await ordered.Skip((int)Math.Min(request.Paging.Skip, int.MaxValue)).Take(request.Paging.PageSize).ToListAsync(ct);
        return new PartyListViewModel(request, request.Paging.Info(total), [.. page.Select(r => new PartyListRowViewModel(
            new PartyLabelViewModel(r.Slug, r.Name, r.ShortName, r.Colour), Wording.PartyKind(r.Kind), r.From, r.To))]);
    }
}
