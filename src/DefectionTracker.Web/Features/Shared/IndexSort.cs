namespace DefectionTracker.Web.Features.Shared;

/// <summary>How an index page (/councillors, /parties) is ordered: <c>?sort=name</c> (the default) or <c>?sort=defections</c>.</summary>
public enum IndexSort
{
    Name,

    /// <summary>Most defections first, then by name.</summary>
    Defections,
}

/// <summary><c>?sort=</c> and the paging of an index page, checked together.</summary>
public sealed record IndexRequest(string? Sort, PageRequest Paging) : IValidatedRequest
{
    public IndexSort Order => string.Equals(Sort?.Trim(), "defections", StringComparison.OrdinalIgnoreCase) ? IndexSort.Defections : IndexSort.Name;

    /// <summary>The value for links: null for the default.</summary>
    public string? SortValue => Order == IndexSort.Defections ? "defections" : null;

    public IReadOnlyList<FieldProblem> Validate() =>
    [
        .. string.IsNullOrWhiteSpace(Sort) || Sort.Trim().ToLowerInvariant() is "name" or "defections"
            ? Array.Empty<FieldProblem>()
            : [new FieldProblem("sort", $"sort must be 'name' or 'defections', not '{Sort.Trim()}'")],
        .. Paging.Validate(),
    ];
}
