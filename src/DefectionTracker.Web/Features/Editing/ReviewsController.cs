using System.Security.Claims;
using DefectionTracker.Web.Data.Accounts;
using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>Who a signed-in request is, as a change's author or reviewer.</summary>
public static class EditingAuthors
{
    public static ChangeAuthor Of(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier),
        user.FindFirstValue(EditorClaims.DisplayName) ?? "a member of the team",
        user.IsInRole(EditorRoles.Editor) || user.IsInRole(EditorRoles.Admin));
}

/// <summary>The review queue: contributors' changes and public suggestions, approved, rejected with a reason, or edited.</summary>
[Authorize(Policy = EditorPolicies.Reviewer, AuthenticationSchemes = "Identity.Application")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Microsoft.AspNetCore.Http.Timeouts.RequestTimeout(Infrastructure.RequestLimits.EditPolicy)]
public class ReviewsController(RevisionsQuery revisions, ChangeService changes) : Controller
{
    [HttpGet("/edit/reviews")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("Reviews", await revisions.QueueAsync(ct));

    [HttpPost("/edit/reviews/{id:int}/approve")]
    public async Task<IActionResult> Approve(int id, CancellationToken ct)
    {
        var outcome = await changes.ApproveAsync(id, EditingAuthors.Of(User), ct);
        return outcome.Result == ChangeResult.Published ? LocalRedirect("/edit/reviews") : Problems(this, outcome);
    }

    [HttpPost("/edit/reviews/{id:int}/reject")]
    public async Task<IActionResult> Reject(int id, string? reason, CancellationToken ct)
    {
        var outcome = await changes.RejectAsync(id, EditingAuthors.Of(User), reason, ct);
        return outcome.Result == ChangeResult.Published ? LocalRedirect("/edit/reviews") : Problems(this, outcome);
    }

    /// <summary>A refused change as the 400/404/409 page, listing what was wrong.</summary>
    public static IActionResult Problems(Controller controller, ChangeOutcome outcome) => BadRequests.Page(
        controller,
        controller.HttpContext.RequestServices.GetRequiredService<ILogger<ReviewsController>>(),
        outcome.Problems,
        outcome.Result switch
        {
            ChangeResult.NotFound => StatusCodes.Status404NotFound,
            ChangeResult.Conflict or ChangeResult.NotPending or ChangeResult.AlreadyExists => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        });
}
