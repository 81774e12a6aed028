using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Councils;

public sealed record CouncilApiItem(string Slug, string Name, string? GssCode, CouncilKind Kind, int? TotalSeats, int DefectionCount);

/// <summary>GET /api/councils: every council with its number of defections.</summary>
public sealed class CouncilApiQuery(DefectionsDbContext db)
{
    public Task<List<CouncilApiItem>> ListAsync(CancellationToken ct) =>
        db.Councils.AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new CouncilApiItem(c.Slug, c.Name, c.GssCode, c.Kind, c.TotalSeats,
                db.DefectionCouncils.Count(dc => dc.CouncilSlug == c.Slug)))
            .ToListAsync(ct);
}
