using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Parties;

public class PartiesController(PartyPageQuery page) : Controller
{
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
