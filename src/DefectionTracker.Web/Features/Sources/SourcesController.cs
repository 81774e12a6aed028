using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Sources;

public class SourcesController(SourcesQuery sources, ILogger<SourcesController> logger) : Controller
{
    /// <summary>
    /// Every source, a page at a time (<c>page</c>, <c>pageSize</c> up to 100); <paramref name="sort"/> is "publisher"
    /// (the default) or "date".
    /// </summary>
    [HttpGet("/sources")]
    public async Task<IActionResult> Index(string? sort, [FromQuery] PageRequest paging, CancellationToken ct)
    {
        List<FieldProblem> problems = [.. BadRequests.Check(ModelState, paging)];
        if (!TryParseOrder(sort, out var order))
        {
            problems.Add(new FieldProblem("sort", "sort must be \"publisher\" or \"date\""));
        }

        if (problems.Count > 0)
        {
            return BadRequests.Page(this, logger, problems);
        }

        return await sources.GetPageAsync(order, paging, ct) is { } vm
            ? View(vm)
            : BadRequests.Page(this, logger, [paging.PastEndProblem(await sources.CountAsync(ct), "source", "sources")]);
    }

    /// <summary>A lasting link to one source: redirects to its entry on the page of /sources that holds it.</summary>
    [HttpGet("/sources/{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken ct) =>
        await sources.PageOfAsync(id, PageRequest.DefaultPageSize, ct) is { } page
            ? Redirect(new PageInfo(page, PageRequest.DefaultPageSize, 0).Href("/sources", page) + "#source-" + Uri.EscapeDataString(id))
            : NotFound();

    /// <summary>{ items, page, pageSize, total, pageCount, links: { self, first, prev, next, last } }, by publisher.</summary>
    [HttpGet("/api/sources")]
    [ProducesResponseType<PagedApiViewModel<SourceApiItem>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [DataETag]
    public async Task<IActionResult> ApiList([FromQuery] PageRequest paging, CancellationToken ct) =>
        BadRequests.Check(ModelState, paging) is { Count: > 0 } problems
            ? BadRequests.Problem(this, logger, "Invalid paging", problems)
            : Ok(await sources.ListAsync(paging, ct));

    private static bool TryParseOrder(string? sort, out SourcesOrder order)
    {
        order = SourcesOrder.Publisher;
        switch (sort)
        {
            case null or "" or "publisher":
                return true;
            case "date":
                order = SourcesOrder.Date;
                return true;
            default:
                return false;
        }
    }
}
