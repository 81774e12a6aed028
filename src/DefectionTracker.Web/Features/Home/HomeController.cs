using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Home;

public class HomeController(HomeQuery home) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await home.GetAsync(ct));
}
