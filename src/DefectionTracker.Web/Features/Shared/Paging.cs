using System.Globalization;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>
/// <c>?page=&amp;pageSize=</c> for a long list: every list an anonymous request can reach is answered a page at a time,
/// so no response grows with the dataset. The arithmetic is done in long, so page 2147483647 cannot wrap round.
/// </summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IValidatedRequest
{
    public const int DefaultPageSize = 100;

    public const int MaxPageSize = 100;

    public IReadOnlyList<FieldProblem> Validate() =>
    [
        .. Page < 1 ? [new FieldProblem("page", "page must be 1 or more")] : Array.Empty<FieldProblem>(),
        .. PageSize is < 1 or > MaxPageSize
            ? [new FieldProblem("pageSize", $"pageSize must be between 1 and {MaxPageSize}")]
            : Array.Empty<FieldProblem>(),
    ];

    /// <summary>The rows before this page.</summary>
    public long Skip => ((long)Page - 1) * PageSize;

    /// <summary>Past the last page (page 1 of an empty list is not: it is the empty list).</summary>
    public bool IsPastEnd(int total) => Page > 1 && Skip >= total;

    /// <summary>"There is no page 9: 120 sources, 2 pages of 100." for a page past the end.</summary>
    public FieldProblem PastEndProblem(int total, string one, string many) =>
        new("page", $"There is no page {Page}: {Wording.Count(total, one, many)}, {Wording.Count(Info(total).PageCount, "page", "pages")} of {PageSize}.");

    /// <summary>This page's rows of a list already in order.</summary>
    public IEnumerable<T> Of<T>(IEnumerable<T> rows) => Skip >= int.MaxValue ? [] : rows.Skip((int)Skip).Take(PageSize);

    public PageInfo Info(int total) => new(Page, PageSize, total);
}

/// <summary>Where a page sits in its list: page <see cref="Page"/> of <see cref="PageCount"/>, over <see cref="Total"/> rows.</summary>
public sealed record PageInfo(int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (int)((Total + (long)PageSize - 1) / PageSize));

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    /// <summary>The first row's position (1-based) on this page; 0 for an empty list.</summary>
    public long FirstRow => Total == 0 ? 0 : (((long)Page - 1) * PageSize) + 1;

    public long LastRow => Math.Min(Total, (long)Page * PageSize);

    /// <summary>
    /// A link to another page: <paramref name="path"/> with <paramref name="query"/> (null values left out), then
    /// pageSize when it is not the default, then page when it is not 1.
    /// </summary>
    public string Href(string path, int page, params (string Name, string? Value)[] query)
    {
        var parts = query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => (q.Name, Value: q.Value!)).ToList();
        if (PageSize != PageRequest.DefaultPageSize)
        {
            parts.Add(("pageSize", PageSize.ToString(CultureInfo.InvariantCulture)));
        }

        if (page != 1)
        {
            parts.Add(("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return parts.Count == 0
            ? path
            : path + "?" + string.Join("&", parts.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));
    }

    /// <summary>The links an API page carries: first, previous and next (null at either end), last.</summary>
    public PageLinks Links(string path, params (string Name, string? Value)[] query) => new(
        Href(path, Page, query),
        Href(path, 1, query),
        HasPrevious ? Href(path, (int)Math.Min(Page - 1L, PageCount), query) : null,
        HasNext ? Href(path, Page + 1, query) : null,
        Href(path, PageCount, query));
}

/// <summary>Root-relative links between the pages of an API list; <see cref="Prev"/> and <see cref="Next"/> are null at the ends.</summary>
public sealed record PageLinks(string Self, string First, string? Prev, string? Next, string Last);

/// <summary>The "Previous page · Page N of M · Next page" navigation under a paged list (Views/Shared/_Pager).</summary>
public sealed record PagerViewModel(PageInfo Info, Func<int, string> Href, string? Fragment = null, string Label = "Pages")
{
    public string To(int page) => Href(page) + (Fragment is null ? "" : "#" + Fragment);
}

/// <summary>An API list a page at a time, with its total and the links to the other pages.</summary>
public sealed record PagedApiViewModel<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, int PageCount, PageLinks Links)
{
    public static PagedApiViewModel<T> From(IReadOnlyList<T> items, PageInfo info, PageLinks links) =>
        new(items, info.Page, info.PageSize, info.Total, info.PageCount, links);
}
