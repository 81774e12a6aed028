using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Councillors;

public class CouncillorsController(CouncillorPageQuery page, CouncillorListQuery list, ILogger<CouncillorsController> logger) : Controller
{
    [HttpGet("/councillors")]
    public async Task<IActionResult> Index(string? sort, [FromQuery] PageRequest paging, CancellationToken ct)
    {
        var request = new IndexRequest(sort, paging);
        if (BadRequests.Check(ModelState, request) is { Count: > 0 } problems)
        {
            return BadRequests.Page(this, logger, problems);
        }

        var vm = await list.GetAsync(request, ct);
        return paging.IsPastEnd(vm.Paging.Total)
            ? BadRequests.Page(this, logger, [paging.PastEndProblem(vm.Paging.Total, "councillor", "councillors")])
            : View(vm);
    }

    [HttpGet("/councillors/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await page.GetAsync(slug, ct) is { } vm ? View(vm) : NotFound();
}
