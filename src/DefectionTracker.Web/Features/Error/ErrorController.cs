using System.Diagnostics;
using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Error;

/// <summary>Error pages in the site's layout; API paths get ProblemDetails instead.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("/error/{status:int}")]
    public IActionResult Status(int status)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? failure?.Path ?? "";
        Response.StatusCode = status is >= 400 and <= 599 ? status : 500;

        // A reference a person can quote, matching the log entry.
        var reference = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        if (failure is not null)
        {
            logger.LogError(failure.Error, "Unhandled error on {Method} {Path} (reference {Reference})",
                HttpContext.Request.Method, failure.Path, reference);
        }

        if (original.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(statusCode: Response.StatusCode);
        }

        return View("Status", new ErrorViewModel(Response.StatusCode, failure is null ? null : reference));
    }
}
