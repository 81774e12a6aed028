using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Grievances;

public class GrievancesController(GrievancesQuery grievances, ILogger<GrievancesController> logger) : Controller
{
    [HttpGet("/grievances")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await grievances.GetListPageAsync(ct));

    /// <summary>The grievance's figures over all its defections; the defections a page at a time (<c>page</c>, <c>pageSize</c> up to 100).</summary>
    [HttpGet("/grievances/{slug}")]
    public async Task<IActionResult> Detail(string slug, [FromQuery] PageRequest paging, CancellationToken ct)
    {
        if (BadRequests.Check(ModelState, paging) is { Count: > 0 } problems)
        {
            return BadRequests.Page(this, logger, problems);
        }

        if (await grievances.GetAsync(slug, paging, ct) is not { } vm)
        {
            return NotFound();
        }

        return paging.IsPastEnd(vm.DefectionTotal)
            ? BadRequests.Page(this, logger, [paging.PastEndProblem(vm.DefectionTotal, "defection", "defections")])
            : View(vm);
    }

    /// <summary>[{ slug, name, description, defectionCount, councillorCount, defectionsWithUnknownCount, statedCount, attributedCount }]</summary>
    [HttpGet("/api/grievances")]
    [ProducesResponseType<IEnumerable<GrievanceApiItem>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [DataETag]
    public async Task<IActionResult> ApiList(CancellationToken ct) =>
        Ok((await grievances.ListAsync(ct)).Select(GrievanceApiItem.From));

    /// <summary>The grievance's figures and its councils (one row per council: bounded by the number of councils, not of events).</summary>
    [HttpGet("/api/grievances/{slug}")]
    [ProducesResponseType<GrievanceDetailApiItem>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [DataETag]
    public async Task<IActionResult> ApiDetail(string slug, CancellationToken ct) =>
        await grievances.GetAsync(slug, new PageRequest(1, 1), ct) is { } g
            ? Ok(GrievanceDetailApiItem.From(g))
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown grievance", detail: "There is no grievance with this slug; GET /api/grievances lists them.");
}
