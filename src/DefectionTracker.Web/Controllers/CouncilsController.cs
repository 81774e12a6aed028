using DefectionTracker.Web.Features.Councils;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Controllers;

public class CouncilsController(CouncilApiQuery api) : Controller
{
    [HttpGet("/api/councils")]
    public async Task<IActionResult> ApiList(CancellationToken ct) => Ok(await api.ListAsync(ct));
}
