using System.Globalization;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>
/// "Cite this page" and the page's card for social sites: the page's title, its permanent address (from Site:BaseUrl,
/// never from the request's Host header), the date it was read, its summary sentence and its chart as an image.
/// </summary>
public sealed record PageCitationViewModel(string Title, string PermanentUrl, string Accessed, string Summary, string? ImageUrl)
{
    public const string SiteName = "DefectionTracker";

    /// <summary>DefectionTracker. "Broxtowe Borough Council". https://example.org/councils/broxtowe (accessed 1 December 2026).</summary>
    public string Text => $"{SiteName}. \u201C{Title}\u201D. {PermanentUrl} (accessed {Accessed}).";
}

/// <summary>The source line inside a chart image: whose figures, whose chart and as of when, and where it lives.</summary>
public sealed record ChartCreditViewModel(IReadOnlyList<string> Publishers, string DataAsOf, string PageUrl)
{
    public const int PublishersNamed = 3;

    /// <summary>The room the three lines take below their first baseline.</summary>
    public const double Height = 48;

    public string SourceText => Publishers.Count switch
    {
        0 => "Source: not known",
        1 => "Source: " + Publishers[0],
        <= PublishersNamed => "Sources: " + string.Join(", ", Publishers),
        _ => $"Sources: {string.Join(", ", Publishers.Take(PublishersNamed))} and {Publishers.Count - PublishersNamed} more",
    };

    public string CreditText => $"{PageCitationViewModel.SiteName}, data as of {DataAsOf}";
}

/// <summary>Builds citations and chart credits; dates in British English, the access date from the app's clock.</summary>
public sealed class PageCitations(DefectionsDbContext db, DataStampQuery stamps, PublicBaseUrl baseUrl, TimeProvider clock)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The address of a path on the site: absolute when the site knows its own address, root-relative when not.</summary>
    public string Url(HttpRequest request, string pathAndQuery) => baseUrl.For(request) + pathAndQuery;

    public PageCitationViewModel Cite(HttpRequest request, string title, string pathAndQuery, string summary, string? imagePathAndQuery) => new(
        title,
        Url(request, pathAndQuery),
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("d MMMM yyyy", English),
        summary,
        imagePathAndQuery is null ? null : Url(request, imagePathAndQuery));

    public async Task<ChartCreditViewModel> CreditAsync(HttpRequest request, string pathAndQuery, IEnumerable<string> publishers, CancellationToken ct)
    {
        var stamp = await stamps.GetAsync(ct);
        var asOf = stamp.LastChangedUtc is { } changed ? changed.ToString("d MMMM yyyy", English) : "not known";
        return new ChartCreditViewModel([.. publishers.Distinct(StringComparer.Ordinal)], asOf, Url(request, pathAndQuery));
    }

    /// <summary>The publishers of the events' sources, the most cited first.</summary>
    public async Task<IReadOnlyList<string>> PublishersOfDefectionsAsync(IReadOnlyCollection<string> defectionIds, CancellationToken ct)
    {
        var rows = await db.DefectionSources.AsNoTracking()
            .Where(s => defectionIds.Contains(s.DefectionId))
            .GroupBy(s => s.Source!.Publisher)
            .Select(g => new { Publisher = g.Key, Events = g.Select(s => s.DefectionId).Distinct().Count() })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Events).ThenBy(r => r.Publisher, StringComparer.Ordinal).Select(r => r.Publisher)];
    }
}
