using DefectionTracker.Web.Features.Defections;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Controllers;

public class DefectionsController(DefectionApiQuery api) : Controller
{
    [HttpGet("/api/defections")]
    public async Task<IActionResult> ApiList(int page = 1, int pageSize = 100, CancellationToken ct = default)
    {
        if (!ModelState.IsValid || page < 1 || pageSize < 1 || pageSize > DefectionApiQuery.MaxPageSize)
        {
            return Problem(
                detail: $"page must be 1 or more and pageSize between 1 and {DefectionApiQuery.MaxPageSize}.",
                statusCode: StatusCodes.Status400BadRequest, title: "Invalid paging");
        }

        return Ok(await api.GetPageAsync(page, pageSize, ct));
    }
}
