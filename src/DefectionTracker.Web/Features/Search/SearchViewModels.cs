using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Search;

/// <summary>What was asked: the words and the facet values that narrow the results (all optional).</summary>
public sealed partial record SearchRequest(string? Query, string? Grievance, string? Council, string? Party, int? Year, int Page = 1, int PageSize = SearchRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 1000;

    public bool HasFilters => Grievance is not null || Council is not null || Party is not null || Year is not null;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Query) && !HasFilters;

    /// <summary>Why the request cannot be run (for a 400), or null when it can.</summary>
    public string? Problem()
    {
        if (Query is { Length: > SearchTerms.MaxQueryLength })
        {
            return $"The search is {Query.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long; the limit is {SearchTerms.MaxQueryLength}. Please shorten it.";
        }

        foreach (var (name, value) in new[] { ("grievance", Grievance), ("council", Council), ("party", Party) })
        {
            if (value is not null && (value.Length > 80 || !SlugShape().IsMatch(value)))
            {
                return $"The {name} filter must be a slug such as 'gaza' or 'broxtowe' (lower-case letters, digits and hyphens, at most 80 characters).";
            }
        }

        if (Year is < 1900 or > 2100)
        {
            return "The year filter must be a year between 1900 and 2100.";
        }

        if (Page is < 1 or > MaxPage)
        {
            return $"The page must be a number from 1 to {MaxPage}.";
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            return $"pageSize must be between 1 and {MaxPageSize}.";
        }

        return null;
    }

    /// <summary>A shareable address for this search with some parts changed (a facet set or removed, another page).</summary>
    public string ToUrl(string? grievance, string? council, string? party, int? year, int page = 1)
    {
        var parts = new List<string>();
        Add("q", string.IsNullOrWhiteSpace(Query) ? null : Query);
        Add("grievance", grievance);
        Add("council", council);
        Add("party", party);
        Add("year", year?.ToString(CultureInfo.InvariantCulture));
        if (page > 1)
        {
            Add("page", page.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "/search" : "/search?" + string.Join('&', parts);

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }
    }

    public string PageUrl(int page) => ToUrl(Grievance, Council, Party, Year, page);

    /// <summary>The address with one facet value chosen, or removed when it is already chosen.</summary>
    public string ToggleUrl(string facet, string value)
    {
        string? Toggle(string? current) => current == value ? null : value;
        return facet switch
        {
            SearchDocuments.Facets.Grievance => ToUrl(Toggle(Grievance), Council, Party, Year),
            SearchDocuments.Facets.Council => ToUrl(Grievance, Toggle(Council), Party, Year),
            SearchDocuments.Facets.Party => ToUrl(Grievance, Council, Toggle(Party), Year),
            _ => ToUrl(Grievance, Council, Party,
                Year?.ToString(CultureInfo.InvariantCulture) == value ? null : int.Parse(value, CultureInfo.InvariantCulture)),
        };
    }

    public bool IsSelected(string facet, string value) => facet switch
    {
        SearchDocuments.Facets.Grievance => Grievance == value,
        SearchDocuments.Facets.Council => Council == value,
        SearchDocuments.Facets.Party => Party == value,
        _ => Year?.ToString(CultureInfo.InvariantCulture) == value,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();
}

/// <summary>One result. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML fragments whose only markup is &lt;mark&gt;.</summary>
public sealed record SearchResultViewModel(string Kind, string KindLabel, string Title, string TitleHtml, string Url, string Meta, string SnippetHtml);

public sealed record FacetValueViewModel(string Value, string Label, int Count, bool Selected, string Url);

public sealed record FacetViewModel(string Name, string Heading, IReadOnlyList<FacetValueViewModel> Values, int TotalValues);

/// <summary>A facet value in force, with the address that removes it.</summary>
public sealed record ActiveFilterViewModel(string Heading, string Label, string RemoveUrl);

public sealed record SearchViewModel(
    SearchRequest Request,
    IReadOnlyList<string> Words,
    int Total,
    IReadOnlyList<SearchResultViewModel> Results,
    IReadOnlyList<FacetViewModel> Facets,
    IReadOnlyList<ActiveFilterViewModel> ActiveFilters,
    IReadOnlyList<GrievanceExpansionViewModel> Expansions,
    IReadOnlyList<RefViewModel> Grievances,
    string? Problem,
    DidYouMeanViewModel? DidYouMean)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)Request.PageSize));

    public int FirstShown => Total == 0 ? 0 : ((Request.Page - 1) * Request.PageSize) + 1;

    public int LastShown => FirstShown == 0 ? 0 : FirstShown + Results.Count - 1;
}

/// <summary>A search with near-missed words corrected ("gazza" to "gaza"), offered when a search found nothing.</summary>
public sealed record DidYouMeanViewModel(string Query, string Url);

/// <summary>A grievance the query led to through one of its synonyms, and the words that did it.</summary>
public sealed record GrievanceExpansionViewModel(string Slug, string Name, string MatchedWords);

// JSON: GET /api/search

public sealed record SearchApiResult(string Kind, string Title, string Url, string Snippet);

public sealed record SearchApiFacetValue(string Value, string Label, int Count, bool Selected);

public sealed record SearchApiResponse(
    string Query,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchApiResult> Results,
    IReadOnlyDictionary<string, IReadOnlyList<SearchApiFacetValue>> Facets,
    IReadOnlyList<string> ExpandedGrievances,
    string? DidYouMean)
{
    /// <summary>How <see cref="SearchApiResult.Snippet"/> is written, so that a client need not guess.</summary>
    [JsonPropertyOrder(-1)]
    public string SnippetFormat => "html: the text is HTML-encoded and the only markup is <mark>…</mark> around matched words";

    public static SearchApiResponse From(SearchViewModel vm) => new(
        vm.Request.Query ?? "",
        vm.Total,
        vm.Request.Page,
        vm.Request.PageSize,
        vm.Results.Select(r => new SearchApiResult(r.Kind, r.Title, r.Url, r.SnippetHtml)).ToList(),
        vm.Facets.ToDictionary(
            f => f.Name,
            f => (IReadOnlyList<SearchApiFacetValue>)f.Values.Select(v => new SearchApiFacetValue(v.Value, v.Label, v.Count, v.Selected)).ToList()),
        vm.Expansions.Select(e => e.Slug).ToList(),
        vm.DidYouMean?.Query);
}
