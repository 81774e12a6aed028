using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Controllers;

public class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();
}
