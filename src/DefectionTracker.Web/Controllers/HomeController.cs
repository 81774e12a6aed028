using DefectionTracker.Web.Features.Home;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Controllers;

public class HomeController(HomeQuery home) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await home.GetAsync(ct));
}
