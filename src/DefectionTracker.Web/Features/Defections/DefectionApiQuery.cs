using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Defections;

public sealed record DefectionApiItem(
    string Id,
    string? Date,
    string DatePrecision,
    DefectionKind Kind,
    IReadOnlyList<RefViewModel> Councils,
    RefViewModel FromParty,
    RefViewModel? ToParty,
    int? CouncillorCount,
    IReadOnlyList<ReportedCountItem> ReportedCounts,
    IReadOnlyList<RefViewModel> Councillors,
    IReadOnlyList<GrievanceRefItem> Grievances,
    Verification Verification,
    string Summary,
    IReadOnlyList<SourceRefViewModel> Sources,
    int CouncillorsAddedToPartyTotal);

/// <summary>The query of GET /api/defections: a page of at most <see cref="DefectionApiQuery.MaxPageSize"/> items.</summary>
public sealed record DefectionApiRequest(int Page = 1, int PageSize = 100) : IValidatedRequest
{
    public IReadOnlyList<FieldProblem> Validate() =>
    [
        .. Page < 1 ? [new FieldProblem("page", "page must be 1 or more")] : Array.Empty<FieldProblem>(),
        .. PageSize is < 1 or > DefectionApiQuery.MaxPageSize
            ? [new FieldProblem("pageSize", $"pageSize must be between 1 and {DefectionApiQuery.MaxPageSize}")]
            : Array.Empty<FieldProblem>(),
    ];
}

public sealed record ReportedCountItem(int Count, string SourceId);

public sealed record GrievanceRefItem(string Slug, string Name, bool Stated);

/// <summary>GET /api/defections: every defection, newest first, a page at a time.</summary>
public sealed class DefectionApiQuery(DefectionsDbContext db)
{
    public const int MaxPageSize = 500;

    public async Task<PagedViewModel<DefectionApiItem>> GetPageAsync(int page, int pageSize, CancellationToken ct)
    {
        var total = await db.Defections.CountAsync(ct);

        // In long: page 2147483647 of 100 would overflow an int and wrap round to an earlier page.
        var skip = ((long)page - 1) * pageSize;
        if (skip >= total)
        {
            return new PagedViewModel<DefectionApiItem>([], page, pageSize, total);
        }

        var rows = await db.Defections.AsNoTracking()
            .NewestFirst()
            .Skip((int)skip)
            .Take(pageSize)
            .Select(d => new
            {
                d.Id,
                d.Date,
                d.Kind,
                Councils = d.Councils.OrderBy(c => c.Council!.Name).Select(c => new RefViewModel(c.CouncilSlug, c.Council!.Name)).ToList(),
                FromParty = new RefViewModel(d.FromPartySlug, d.FromParty!.Name),
                ToParty = d.ToParty == null ? null : new RefViewModel(d.ToParty.Slug, d.ToParty.Name),
                d.CouncillorCount,
                ReportedCounts = d.ReportedCounts.OrderBy(c => c.Id).Select(c => new ReportedCountItem(c.Count, c.SourceId)).ToList(),
                Councillors = d.Councillors.OrderBy(c => c.Councillor!.Name).Select(c => new RefViewModel(c.CouncillorSlug, c.Councillor!.Name)).ToList(),
                Grievances = d.Grievances.OrderBy(g => g.Grievance!.Name)
                    .Select(g => new GrievanceRefItem(g.GrievanceSlug, g.Grievance!.Name, g.Attribution == GrievanceAttribution.Stated)).ToList(),
                d.Verification,
                d.Summary,
                Sources = d.Sources.Select(s => s.Source!).OrderBy(s => s.Publisher).ToList(),
                Seats = d.Councils.Select(c => c.SeatsChanged).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var items = rows.Select(d => new DefectionApiItem(
            d.Id, d.Date.ToIso(), d.Date.Precision.ToString().ToLowerInvariant(), d.Kind, d.Councils, d.FromParty, d.ToParty,
            d.CouncillorCount, d.ReportedCounts, d.Councillors, d.Grievances, d.Verification, d.Summary,
            d.Sources.Select(SourceRefViewModel.From).ToList(),
            CouncillorsLost.Adds(CouncillorsLost.Event(d.Id, d.Date, d.CouncillorCount, d.Seats, [.. d.Councillors.Select(c => c.Slug)], d.Verification))))
            .ToList();
        return new PagedViewModel<DefectionApiItem>(items, page, pageSize, total);
    }
}
