using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>One thing wrong with a request, named by the field (query parameter) it concerns.</summary>
public sealed record FieldProblem(string Field, string Message);

/// <summary>A request record bound from the query string that can say what is wrong with it.</summary>
public interface IValidatedRequest
{
    /// <summary>Every problem with the values as bound; empty when the request can be answered.</summary>
    IReadOnlyList<FieldProblem> Validate();
}

/// <summary>
/// Bad input answered one way everywhere: a warning in the log (never an error), then a 400 ProblemDetails whose
/// <c>errors</c> name each field for the API, or the 400 page listing the same problems for a person.
/// </summary>
public static class BadRequests
{
    /// <summary>The problems of a request: binding failures first (a value that is not a number), then its own rules.</summary>
    public static IReadOnlyList<FieldProblem> Check(ModelStateDictionary modelState, IValidatedRequest request)
    {
        var binding = modelState.Where(m => m.Value?.Errors.Count > 0)
            .Select(m => new FieldProblem(m.Key, $"{m.Key}: '{m.Value!.AttemptedValue}' is not a valid value"))
            .ToList();
        return binding.Count > 0 ? binding : request.Validate();
    }

    /// <summary>ProblemDetails (400) for the API, with the problems keyed by field.</summary>
    public static IActionResult Problem(ControllerBase controller, ILogger logger, string title, IReadOnlyList<FieldProblem> problems)
    {
        Log(controller, logger, problems);
        var details = new ValidationProblemDetails(problems.GroupBy(p => p.Field)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
            Detail = string.Join("; ", problems.Select(p => p.Message)),
        };
        return new BadRequestObjectResult(details) { ContentTypes = { "application/problem+json" } };
    }

    /// <summary>The 400 page (or another 4xx: a refused change's 404 or 409), in the site's layout, listing the problems.</summary>
    public static IActionResult Page(Controller controller, ILogger logger, IReadOnlyList<FieldProblem> problems, int status = StatusCodes.Status400BadRequest)
    {
        Log(controller, logger, problems);
        controller.Response.StatusCode = status;
        return controller.View("~/Features/Error/Views/Status.cshtml", new ErrorViewModel(status, null) { Problems = problems });
    }

    private static void Log(ControllerBase controller, ILogger logger, IReadOnlyList<FieldProblem> problems) =>
        logger.LogWarning("Bad request to {Path}: {Problems}", controller.Request.Path.Value,
            string.Join("; ", problems.Select(p => p.Message)));
}
