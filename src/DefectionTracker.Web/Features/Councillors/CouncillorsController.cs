using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Councillors;

public class CouncillorsController(CouncillorPageQuery page) : Controller
{
    [HttpGet("/councillors/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await page.GetAsync(slug, ct) is { } vm ? View(vm) : NotFound();
}
