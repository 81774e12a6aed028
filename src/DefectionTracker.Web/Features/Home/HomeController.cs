using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Home;

public class HomeController(HomeQuery home, SummaryQuery summary) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await home.GetAsync(ct));

    /// <summary>What the record covers: councils, period, how current it is, and the headline counts.</summary>
    [HttpGet("/api/summary")]
    [ProducesResponseType<SummaryApiModel>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [DataETag]
    public async Task<IActionResult> Summary(CancellationToken ct) => Ok(SummaryApiModel.From(await summary.GetAsync(ct)));
}
