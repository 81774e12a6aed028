using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Parties;

public class PartiesController(PartyPageQuery page) : Controller
{
    [HttpGet("/parties/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await page.GetAsync(slug, ct) is { } vm ? View(vm) : NotFound();

    [HttpGet("/api/parties/{slug}")]
    public async Task<IActionResult> Api(string slug, CancellationToken ct) =>
        await page.GetAsync(slug, ct) is { } vm
            ? Ok(PartyApiItem.From(vm))
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Party not found", detail: $"There is no party with the slug '{slug}'.");
}
