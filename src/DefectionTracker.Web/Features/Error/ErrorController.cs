using System.Diagnostics;
using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Error;

/// <summary>Error pages in the site's layout; API paths get ProblemDetails instead.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
// Error pages are re-executed with the failed request's method: a POST refused for want of a sign-in must get its 401, not a 400 for a missing antiforgery token.
[IgnoreAntiforgeryToken]
public class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("/error/{status:int}")]
    public IActionResult Status(int status)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (failure is null && reExecuted is null)
        {
            // Only the exception handler and the status-code pages render these; asked for directly, there is no such page.
            // An empty 404 makes the status-code pages render the 404 page.
            return NotFound();
        }

        var original = reExecuted?.OriginalPath ?? failure?.Path ?? "";
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
