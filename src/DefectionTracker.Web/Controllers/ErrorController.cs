using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Controllers;

/// <summary>Error pages in the site's layout; API paths get ProblemDetails instead.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("/error/{status:int}")]
    public IActionResult Status(int status)
    {
        if (status == 500 && HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            logger.LogError(failure.Error, "Unhandled error on {Path}", failure.Path);
        }

        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "";
        Response.StatusCode = status is >= 400 and <= 599 ? status : 500;
        if (original.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(statusCode: Response.StatusCode);
        }

        return View("Status", Response.StatusCode);
    }
}
