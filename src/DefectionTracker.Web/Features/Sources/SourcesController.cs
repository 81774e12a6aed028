using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Sources;

public class SourcesController(SourcesQuery sources, ILogger<SourcesController> logger) : Controller
{
    /// <summary>Every source; <paramref name="sort"/> is "publisher" (the default) or "date".</summary>
    [HttpGet("/sources")]
    public async Task<IActionResult> Index(string? sort, CancellationToken ct) =>
        TryParseOrder(sort, out var order)
            ? View(await sources.GetPageAsync(order, ct))
            : BadRequests.Page(this, logger, [new FieldProblem("sort", "sort must be \"publisher\" or \"date\"")]);

    [HttpGet("/api/sources")]
    public async Task<IActionResult> ApiList(CancellationToken ct) => Ok(await sources.ListAsync(ct));

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
