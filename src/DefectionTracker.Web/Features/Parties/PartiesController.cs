using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Parties;

public class PartiesController(PartyPageQuery page) : Controller
{
    [HttpGet("/parties/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await page.GetAsync(slug, ct) is { } vm ? View(vm) : NotFound();
}
