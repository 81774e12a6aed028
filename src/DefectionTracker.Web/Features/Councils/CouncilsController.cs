using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Councils;

public class CouncilsController(
    CouncilApiQuery api,
    CouncilListQuery list,
    CouncilPageQuery page,
    CouncilRegisterQuery register,
    ILogger<CouncilsController> logger) : Controller
{
    [HttpGet("/councils")]
    public async Task<IActionResult> Index(string? sort, bool? changed, string? party, string? area, bool? all, CancellationToken ct)
    {
        var vm = await list.GetAsync(sort, changed ?? false, party, area, ct);
        vm = vm with
        {
            ShowAll = all == true,
            RegisterCount = await register.CountAsync(ct),
            Unrecorded = all == true && vm.Error is null ? await register.ListUnrecordedAsync(ct) : [],
        };
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
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var facts = await register.GetAsync(slug, ct);
        if (await page.GetAsync(slug, ct) is { } vm)
        {
            return View(vm with { Register = facts });
        }

        // A council the register knows but the record does not: its page says so instead of a 404.
        return facts is not null ? View("Registered", facts) : NotFound();
    }

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
