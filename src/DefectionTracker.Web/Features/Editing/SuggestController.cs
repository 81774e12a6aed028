using DefectionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace DefectionTracker.Web.Features.Editing;

public sealed record SuggestViewModel(RecordKind Kind, string Id, string RecordPage, string? Text, string? Contact, bool Sent);

/// <summary>
/// "Suggest a correction" under every record: no account, rate-limited, and never published directly: it waits in
/// the review queue for an editor, who makes the correction in the form and closes the suggestion.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public class SuggestController(IRecordStore store, ChangeService changes) : Controller
{
    private const string Kinds = "^(defections|councillors|parties|councils)$";

    [HttpGet("/suggest/{kind:regex(" + Kinds + ")}/{id}")]
    public async Task<IActionResult> Form(string kind, string id, CancellationToken ct)
    {
        var k = RecordKinds.Find(kind)!;
        var record = await store.GetAsync(k, id, ct);
        return record is null ? NotFound() : View("Suggest", new SuggestViewModel(k, id, k.PageOf(id, record), null, null, false));
    }

    [HttpPost("/suggest/{kind:regex(" + Kinds + ")}/{id}")]
    [EnableRateLimiting(RateLimitingNames.Suggest)]
    public async Task<IActionResult> Send(string kind, string id, string? text, string? contact, CancellationToken ct)
    {
        var k = RecordKinds.Find(kind)!;
        var outcome = await changes.SuggestAsync(k, id, text, contact, ct);
        if (outcome.Result == ChangeResult.NotFound)
        {
            return NotFound();
        }

        var page = k.PageOf(id, null) is { Length: > 0 } p && !p.Contains('{', StringComparison.Ordinal) ? p : $"/{kind}/{Uri.EscapeDataString(id)}";
        if (outcome.Result == ChangeResult.Invalid)
        {
            foreach (var problem in outcome.Problems)
            {
                ModelState.AddModelError(problem.Field, problem.Message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Suggest", new SuggestViewModel(k, id, page, text, contact, false));
        }

        return View("Suggest", new SuggestViewModel(k, id, page, null, null, true));
    }
}
