using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Parties;

public class PartiesController(PartyPageQuery page, PartyListQuery list, ILogger<PartiesController> logger) : Controller
{
    [HttpGet("/parties")]
    public async Task<IActionResult> Index(string? sort, [FromQuery] PageRequest paging, CancellationToken ct)
    {
        var request = new IndexRequest(sort, paging);
        if (BadRequests.Check(ModelState, request) is { Count: > 0 } problems)
        {
            return BadRequests.Page(this, logger, problems);
        }

        var vm = await list.GetAsync(request, ct);
        return paging.IsPastEnd(vm.Paging.Total)
            ? BadRequests.Page(this, logger, [paging.PastEndProblem(vm.Paging.Total, "party", "parties")])
            : View(vm);
    }

    [HttpGet("/parties/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await page.GetAsync(slug, ct) is { } vm ? View(vm) : NotFound();

    [HttpGet("/api/parties/{slug}")]
    [ProducesResponseType<PartyApiItem>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [DataETag]
    public async Task<IActionResult> Api(string slug, CancellationToken ct) =>
        await page.GetAsync(slug, ct) is { } vm
            ? Ok(PartyApiItem.From(vm))
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Party not found", detail: $"There is no party with the slug '{slug}'.");
}
