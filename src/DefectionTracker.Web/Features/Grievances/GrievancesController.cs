using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Grievances;

public class GrievancesController(GrievancesQuery grievances) : Controller
{
    [HttpGet("/grievances")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await grievances.GetListPageAsync(ct));

    [HttpGet("/grievances/{slug}")]
    public async Task<IActionResult> Detail(string slug, CancellationToken ct) =>
        await grievances.GetAsync(slug, ct) is { } vm ? View(vm) : NotFound();

    /// <summary>[{ slug, name, description, defectionCount, councillorCount, defectionsWithUnknownCount, statedCount, attributedCount }]</summary>
    [HttpGet("/api/grievances")]
    public async Task<IActionResult> ApiList(CancellationToken ct) =>
        Ok((await grievances.ListAsync(ct)).Select(GrievanceApiItem.From));

    [HttpGet("/api/grievances/{slug}")]
    public async Task<IActionResult> ApiDetail(string slug, CancellationToken ct) =>
        await grievances.GetAsync(slug, ct) is { } g
            ? Ok(GrievanceDetailApiItem.From(g))
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown grievance", detail: "There is no grievance with this slug; GET /api/grievances lists them.");
}
