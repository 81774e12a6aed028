using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Search;

/// <summary>/search (the page) and /api/search (JSON). Bad input is a 400 with a message, never a 500.</summary>
public class SearchController(SearchQuery search, ILogger<SearchController> logger) : Controller
{
    private const string NotWholeNumbers = "The page and year must be whole numbers.";

    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, string? grievance, string? council, string? party, int? year, int page = 1,
        CancellationToken ct = default)
    {
        var request = new SearchRequest(Blank(q), Blank(grievance), Blank(council), Blank(party), year, page);
        var vm = await search.SearchAsync(request, ct, ModelState.IsValid ? null : NotWholeNumbers);
        if (vm.Problem is not null)
        {
            logger.LogWarning("Search refused with 400: {Problem} (query length {Length})", vm.Problem, q?.Length ?? 0);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(vm);
    }

    /// <summary>
    /// JSON: { query, total, page, pageSize, results: [{ kind, title, url, snippet }], facets, expandedGrievances }.
    /// snippet is an HTML fragment: HTML-encoded text whose only markup is &lt;mark&gt; around matched words.
    /// </summary>
    [HttpGet("/api/search")]
    public async Task<IActionResult> Api(string? q, string? grievance, string? council, string? party, int? year, int page = 1,
        int pageSize = SearchRequest.DefaultPageSize, CancellationToken ct = default)
    {
        var request = new SearchRequest(Blank(q), Blank(grievance), Blank(council), Blank(party), year, page, pageSize);
        var vm = await search.SearchAsync(request, ct, ModelState.IsValid ? null : NotWholeNumbers);
        if (vm.Problem is not null)
        {
            logger.LogWarning("API search refused with 400: {Problem} (query length {Length})", vm.Problem, q?.Length ?? 0);
            return Problem(detail: vm.Problem, statusCode: StatusCodes.Status400BadRequest, title: "Invalid search");
        }

        return Ok(SearchApiResponse.From(vm));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
