using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Councils;

public class CouncilsController(
    CouncilApiQuery api,
    CouncilListQuery list,
    CouncilPageQuery page,
    ILogger<CouncilsController> logger) : Controller
{
    [HttpGet("/councils")]
    public async Task<IActionResult> Index(string? sort, bool? changed, string? party, string? area, CancellationToken ct)
    {
        var vm = await list.GetAsync(sort, changed ?? false, party, area, ct);
        if (!ModelState.IsValid)
        {
            vm = vm with { Error = "\"changed\" must be true or false.", Rows = [] };
        }

        if (vm.Error is not null)
        {
            logger.LogWarning("Bad council list request: {Problem}", vm.Error);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(vm);
    }

    [HttpGet("/councils/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await page.GetAsync(slug, ct) is { } vm ? View(vm) : NotFound();

    [HttpGet("/api/councils")]
    [ProducesResponseType<List<CouncilApiItem>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [DataETag]
    public async Task<IActionResult> ApiList(CancellationToken ct) => Ok(await api.ListAsync(ct));

    [HttpGet("/api/councils/{slug}")]
    [ProducesResponseType<CouncilApiItem>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [DataETag]
    public async Task<IActionResult> ApiGet(string slug, CancellationToken ct) =>
        await api.GetAsync(slug, ct) is { } item
            ? Ok(item)
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Council not found", detail: $"There is no council with the slug '{slug}'.");
}
