using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Defections;

public class DefectionsController(
    DefectionApiQuery api,
    DefectionListQuery list,
    DefectionPageQuery page,
    PageCitations citations,
    ILogger<DefectionsController> logger) : Controller
{
    [HttpGet("/defections")]
    public async Task<IActionResult> Index(
        string? council,
        string? party,
        string? to,
        string? grievance,
        int? year,
        int page = 1,
        int pageSize = DefectionListQuery.DefaultPageSize,
        CancellationToken ct = default)
    {
        var request = new DefectionListRequest(Clean(council), Clean(party), Clean(to), Clean(grievance), year, page, pageSize);
        DefectionListViewModel vm;
        if (!ModelState.IsValid)
        {
            var bad = string.Join(", ", ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key));
            vm = await list.GetAsync(new DefectionListRequest(null, null, null, null, null, 1, DefectionListQuery.DefaultPageSize), ct);
            vm = vm with { Request = request with { Year = null, Page = 1, PageSize = DefectionListQuery.DefaultPageSize }, Rows = [], Error = $"Not a whole number: {bad}." };
        }
        else
        {
            vm = await list.GetAsync(request, ct);
        }

        if (vm.Error is not null)
        {
            logger.LogWarning("Bad defection list request: {Problem}", vm.Error);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(vm);
    }

    [HttpGet("/defections/{id}")]
    public async Task<IActionResult> Show(string? id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(id) || await page.GetAsync(id, ct) is not { } vm) // " " binds as null
        {
            return NotFound();
        }

        var council = vm.Detail.Councils.Count > 0 ? vm.Detail.Councils[0].Council.Slug : null;
        return View(vm with
        {
            Citation = citations.Cite(Request, vm.Title, $"/defections/{Uri.EscapeDataString(vm.Detail.Id)}", vm.Detail.Summary,
                council is null ? null : $"/councils/{Uri.EscapeDataString(council)}/seats.svg?when=after"),
        });
    }

    [HttpGet("/api/defections/{id}")]
    [ProducesResponseType<DefectionDetailApiItem>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [DataETag]
    public async Task<IActionResult> ApiGet(string id, CancellationToken ct) =>
        await api.GetAsync(id, ct) is { } item
            ? Ok(item)
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Defection not found", detail: $"There is no defection with the id '{id}'.");

    [HttpGet("/api/defections")]
    [ProducesResponseType<PagedViewModel<DefectionApiItem>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [DataETag]
    public async Task<IActionResult> ApiList([FromQuery] DefectionApiRequest request, CancellationToken ct)
    {
        if (BadRequests.Check(ModelState, request) is { Count: > 0 } problems)
        {
            return BadRequests.Problem(this, logger, "Invalid request", problems);
        }

        var cleaned = request.Cleaned();
        if (await api.UnknownFilterAsync(cleaned, ct) is { } unknown)
        {
            logger.LogWarning("Defections API asked for unknown {Field}: {Problem}", unknown.Field, unknown.Message);
            return Problem(statusCode: StatusCodes.Status404NotFound, title: $"Unknown {unknown.Field}", detail: unknown.Message);
        }

        return Ok(await api.GetPageAsync(cleaned, ct));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
