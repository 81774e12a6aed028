using System.Globalization;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Councils;

/// <summary>A council named beside another in the register (a predecessor or successor); every one has a page.</summary>
public sealed record RegisterLinkViewModel(string Slug, string Name);

/// <summary>What the UK council register (mySociety's, CC-BY-4.0) says about a council.</summary>
public sealed record RegisterFactsViewModel(
    string Slug,
    string Name,
    string KindText,
    string Type,
    string? Place,
    string? GssCode,
    IReadOnlyList<string> FormerGssCodes,
    IReadOnlyList<string> AlternativeNames,
    string? Started,
    string? Ended,
    IReadOnlyList<RegisterLinkViewModel> Successors,
    IReadOnlyList<RegisterLinkViewModel> Predecessors)
{
    public const string Credit = "mySociety, UK Local Authority Names and Codes, CC-BY-4.0";
}

/// <summary>/councils?all=true: a register council with nothing recorded about it.</summary>
public sealed record UnrecordedCouncilRowViewModel(string Slug, string Name, string Type, string? Place, string? Ended);

/// <summary>The register's facts for council pages and the "all councils" list.</summary>
public sealed class CouncilRegisterQuery(DefectionsDbContext db)
{
    public async Task<RegisterFactsViewModel?> GetAsync(string slug, CancellationToken ct)
    {
        // One command: the council, the councils that name it in their ReplacedBy (the LIKE narrows, the split below
        // decides) and the councils its own ReplacedBy names.
        var pattern = "%" + slug + "%";
        var rows = await db.RegisteredCouncils.AsNoTracking()
            .Where(c => c.Slug == slug || EF.Functions.Like(c.ReplacedBy, pattern)
                || db.RegisteredCouncils.Any(x => x.Slug == slug && ("|" + x.ReplacedBy + "|").Contains("|" + c.Slug + "|")))
            .ToListAsync(ct);
        if (rows.FirstOrDefault(c => c.Slug == slug) is not { } council)
        {
            return null;
        }

        var successorSlugs = RegisteredCouncil.Split(council.ReplacedBy);
        return new RegisterFactsViewModel(
            council.Slug,
            council.Name,
            Wording.CouncilKind(council.Kind),
            council.Type,
            Place(council.County, council.Region, council.Nation),
            council.GssCode,
            RegisteredCouncil.Split(council.FormerGssCodes),
            RegisteredCouncil.Split(council.AlternativeNames),
            Day(council.StartDate),
            Day(council.EndDate),
            [.. rows.Where(r => successorSlugs.Contains(r.Slug)).OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => new RegisterLinkViewModel(r.Slug, r.Name))],
            [.. rows.Where(r => RegisteredCouncil.Split(r.ReplacedBy).Contains(slug)).OrderBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => new RegisterLinkViewModel(r.Slug, r.Name))]);
    }

    /// <summary>Register councils that are not in the record, by name.</summary>
    public async Task<IReadOnlyList<UnrecordedCouncilRowViewModel>> ListUnrecordedAsync(CancellationToken ct)
    {
        var rows = await db.RegisteredCouncils.AsNoTracking()
            .Where(r => !db.Councils.Any(c => c.Slug == r.Slug))
            .Select(r => new { r.Slug, r.Name, r.Type, r.County, r.Region, r.Nation, r.EndDate })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new UnrecordedCouncilRowViewModel(r.Slug, r.Name, r.Type, Place(r.County, r.Region, r.Nation), Day(r.EndDate)))];
    }

    public Task<int> CountAsync(CancellationToken ct) => db.RegisteredCouncils.CountAsync(ct);

    private static string? Place(string? county, string? region, string? nation) =>
        string.Join(", ", new[] { county, region == nation ? null : region, nation }.OfType<string>()) is { Length: > 0 } p ? p : null;

    private static string? Day(DateOnly? day) => day?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
