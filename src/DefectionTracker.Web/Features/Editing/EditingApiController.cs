using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Accounts;
using DefectionTracker.Web.Data.Editing;
using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>
/// The write API: records in the dataset's JSON format, with a bearer token. The body is the record itself plus one
/// member that is not part of it, <c>"change": {"summary": "...", "source": "source-id"}</c>. An editor's change is
/// published (201 or 200); a contributor's waits for review (202, Location: the review item). Nothing is stored on any
/// error: 400 ProblemDetails keyed by field, 401 without a token, 403 for the wrong role, 409/412 on conflicts.
/// </summary>
[ApiController]
[IgnoreAntiforgeryToken] // bearer tokens only: a browser's cookie cannot authorise these, so there is nothing to forge
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public class EditingApiController(ChangeService changes, IRecordStore store, DefectionsDbContext db, ILogger<EditingApiController> logger) : ControllerBase
{
    public const string KindPattern = "^(defections|councillors|parties|councils|compositions|administrations|sources|quotes|grievances)$";

    private const int MaxBodyBytes = 256 * 1024;

    /// <summary>One record as the dataset holds it, with its version as the ETag (send it back in If-Match).</summary>
    [HttpGet("/api/records/{kind:regex(" + KindPattern + ")}/{id}")]
    [AllowAnonymous]
    public async Task<IActionResult> Get(string kind, string id, CancellationToken ct)
    {
        var record = await store.GetAsync(RecordKinds.Find(kind)!, id, ct);
        if (record is null)
        {
            return NotFound();
        }

        Response.Headers.ETag = Quoted(RecordKinds.Version(record)!);
        return Content(record.ToJsonString(), "application/json");
    }

    // One literal route per kind, not "/api/{kind}": a constrained parameter would still answer 405 (Allow: POST) to a
    // GET of any unknown /api/x, where a 404 is right.
    [HttpPost("/api/defections")]
    [HttpPost("/api/councillors")]
    [HttpPost("/api/parties")]
    [HttpPost("/api/councils")]
    [HttpPost("/api/compositions")]
    [HttpPost("/api/administrations")]
    [HttpPost("/api/sources")]
    [HttpPost("/api/quotes")]
    [HttpPost("/api/grievances")]
    [RequestTimeout(Infrastructure.RequestLimits.EditPolicy)]
    [Authorize(AuthenticationSchemes = EditorSchemes.ApiToken, Policy = EditorPolicies.Member)]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var kind = KindOfPath();
        var (record, change, problems) = await ReadBodyAsync(ct);
        if (problems.Count > 0)
        {
            return BadRequests.Problem(this, logger, "The change could not be read", problems);
        }

        var id = RecordKinds.IdOf(record);
        if (string.IsNullOrWhiteSpace(id))
        {
            return BadRequests.Problem(this, logger, "The change could not be saved", [new FieldProblem("id", "the record needs an id")]);
        }

        var outcome = await changes.SubmitAsync(
            new ChangeRequest(RecordKinds.Find(kind)!, id, record, change.Summary, change.Source, null, Creating: true), Author(), ct);
        return Answer(kind, id, outcome, created: true);
    }

    [HttpPut("/api/defections/{id}")]
    [HttpPut("/api/councillors/{id}")]
    [HttpPut("/api/parties/{id}")]
    [HttpPut("/api/councils/{id}")]
    [HttpPut("/api/compositions/{id}")]
    [HttpPut("/api/administrations/{id}")]
    [HttpPut("/api/sources/{id}")]
    [HttpPut("/api/quotes/{id}")]
    [HttpPut("/api/grievances/{id}")]
    [RequestTimeout(Infrastructure.RequestLimits.EditPolicy)]
    [Authorize(AuthenticationSchemes = EditorSchemes.ApiToken, Policy = EditorPolicies.Member)]
    public async Task<IActionResult> Replace(string id, CancellationToken ct)
    {
        var kind = KindOfPath();
        if (IfMatch() is not { } version)
        {
            return PreconditionRequired();
        }

        var (record, change, problems) = await ReadBodyAsync(ct);
        if (problems.Count > 0)
        {
            return BadRequests.Problem(this, logger, "The change could not be read", problems);
        }

        var outcome = await changes.SubmitAsync(
            new ChangeRequest(RecordKinds.Find(kind)!, id, record, change.Summary, change.Source, version), Author(), ct);
        return Answer(kind, id, outcome, created: false);
    }

    /// <summary>Retracts a record: it leaves the public pages and its history keeps it, shown as retracted.</summary>
    [HttpDelete("/api/defections/{id}")]
    [HttpDelete("/api/councillors/{id}")]
    [HttpDelete("/api/parties/{id}")]
    [HttpDelete("/api/councils/{id}")]
    [HttpDelete("/api/compositions/{id}")]
    [HttpDelete("/api/administrations/{id}")]
    [HttpDelete("/api/sources/{id}")]
    [HttpDelete("/api/quotes/{id}")]
    [HttpDelete("/api/grievances/{id}")]
    [RequestTimeout(Infrastructure.RequestLimits.EditPolicy)]
    [Authorize(AuthenticationSchemes = EditorSchemes.ApiToken, Policy = EditorPolicies.Member)]
    public async Task<IActionResult> Retract(string id, CancellationToken ct)
    {
        var kind = KindOfPath();
        if (IfMatch() is not { } version)
        {
            return PreconditionRequired();
        }

        var (_, change, problems) = await ReadBodyAsync(ct, recordExpected: false);
        if (problems.Count > 0)
        {
            return BadRequests.Problem(this, logger, "The change could not be read", problems);
        }

        var outcome = await changes.SubmitAsync(
            new ChangeRequest(RecordKinds.Find(kind)!, id, null, change.Summary, change.Source, version), Author(), ct);
        return Answer(kind, id, outcome, created: false);
    }

    /// <summary>Published changes, oldest first, since a moment (ISO 8601, UTC when no offset); 100 at a time.</summary>
    [HttpGet("/api/changes")]
    [AllowAnonymous]
    public async Task<IActionResult> Changes(string? since, int? after, CancellationToken ct)
    {
        DateTime? from = null;
        if (!string.IsNullOrEmpty(since))
        {
            if (!DateTimeOffset.TryParse(since, System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return BadRequests.Problem(this, logger, "Bad request",
                    [new FieldProblem("since", "since must be a date and time such as 2026-12-01T09:00:00Z")]);
            }

            from = parsed.UtcDateTime;
        }

        var query = db.Revisions.AsNoTracking().Where(r => r.Status == RevisionStatus.Published);
        if (from is { } f)
        {
            query = query.Where(r => r.ReviewedAtUtc >= f);
        }

        if (after is { } a)
        {
            query = query.Where(r => r.Id > a);
        }

        var page = await query.OrderBy(r => r.Id).Take(101).ToListAsync(ct);
        var items = page.Take(100).Select(RevisionView.Of).ToList();
        return Ok(new
        {
            items,
            next = page.Count > 100 ? $"/api/changes?after={items[^1].Id}" : null,
        });
    }

    [HttpGet("/api/reviews")]
    [Authorize(AuthenticationSchemes = EditorSchemes.ApiToken, Policy = EditorPolicies.Reviewer)]
    public async Task<IActionResult> Reviews(CancellationToken ct)
    {
        var pending = await db.Revisions.AsNoTracking().Where(r => r.Status == RevisionStatus.Pending).OrderBy(r => r.Id).Take(500).ToListAsync(ct);
        return Ok(new { items = pending.Select(RevisionView.Of) });
    }

    [HttpGet("/api/reviews/{id:int}")]
    [Authorize(AuthenticationSchemes = EditorSchemes.ApiToken, Policy = EditorPolicies.Member)]
    public async Task<IActionResult> Review(int id, CancellationToken ct)
    {
        var revision = await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        var mine = revision?.AuthorId == User.FindFirstValue(ClaimTypes.NameIdentifier);
        return revision is not null && (mine || User.IsInRole(EditorRoles.Editor) || User.IsInRole(EditorRoles.Admin))
            ? Ok(RevisionView.Of(revision))
            : NotFound();
    }

    [HttpPost("/api/reviews/{id:int}/approve")]
    [RequestTimeout(Infrastructure.RequestLimits.EditPolicy)]
    [Authorize(AuthenticationSchemes = EditorSchemes.ApiToken, Policy = EditorPolicies.Reviewer)]
    public async Task<IActionResult> Approve(int id, CancellationToken ct)
    {
        var outcome = await changes.ApproveAsync(id, Author(), ct);
        return outcome.Result == ChangeResult.Published ? Ok(RevisionView.Of(outcome.Revision!)) : Failure(outcome);
    }

    public sealed record RejectBody(string? Reason);

    [HttpPost("/api/reviews/{id:int}/reject")]
    [RequestTimeout(Infrastructure.RequestLimits.EditPolicy)]
    [Authorize(AuthenticationSchemes = EditorSchemes.ApiToken, Policy = EditorPolicies.Reviewer)]
    public async Task<IActionResult> Reject(int id, RejectBody? body, CancellationToken ct)
    {
        var outcome = await changes.RejectAsync(id, Author(), body?.Reason, ct);
        return outcome.Result == ChangeResult.Published ? Ok(RevisionView.Of(outcome.Revision!)) : Failure(outcome);
    }

    private ChangeAuthor Author() => EditingAuthors.Of(User);

    /// <summary>The kind named by the path's second segment (/api/{kind}/...), which the literal routes fix.</summary>
    private string KindOfPath() => Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries)[1];

    private IActionResult Answer(string kind, string id, ChangeOutcome outcome, bool created)
    {
        switch (outcome.Result)
        {
            case ChangeResult.Published:
                var after = RevisionView.Parse(outcome.Revision!.AfterJson);
                if (after is not null)
                {
                    Response.Headers.ETag = Quoted(RecordKinds.Version(after)!);
                }

                var location = $"/api/records/{kind}/{Uri.EscapeDataString(id)}";
                return created
                    ? Created(location, RevisionView.Of(outcome.Revision))
                    : Ok(RevisionView.Of(outcome.Revision));
            case ChangeResult.Queued:
                return Accepted($"/api/reviews/{outcome.Revision!.Id}", RevisionView.Of(outcome.Revision));
            default:
                return Failure(outcome);
        }
    }

    private IActionResult Failure(ChangeOutcome outcome)
    {
        var status = outcome.Result switch
        {
            ChangeResult.NotFound => StatusCodes.Status404NotFound,
            ChangeResult.AlreadyExists or ChangeResult.NotPending => StatusCodes.Status409Conflict,
            ChangeResult.Conflict => StatusCodes.Status412PreconditionFailed,
            _ => StatusCodes.Status400BadRequest,
        };
        if (status == StatusCodes.Status400BadRequest)
        {
            return BadRequests.Problem(this, logger, "The change could not be saved", outcome.Problems);
        }

        logger.LogInformation("Change refused with {Status}: {Problems}", status, string.Join("; ", outcome.Problems.Select(p => p.Message)));
        var details = new ProblemDetails
        {
            Status = status,
            Title = status == StatusCodes.Status412PreconditionFailed ? "The record has changed" : "The change could not be saved",
            Detail = string.Join("; ", outcome.Problems.Select(p => p.Message)),
        };
        if (outcome.Current is not null)
        {
            details.Extensions["current"] = outcome.Current;
            details.Extensions["currentVersion"] = outcome.CurrentVersion;
        }

        return new ObjectResult(details) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }

    private ObjectResult PreconditionRequired() => new(new ProblemDetails
    {
        Status = StatusCodes.Status428PreconditionRequired,
        Title = "If-Match is required",
        Detail = "send the record's ETag (from GET /api/records/{kind}/{id}) in If-Match, so that no one's change is overwritten",
    })
    { StatusCode = StatusCodes.Status428PreconditionRequired, ContentTypes = { "application/problem+json" } };

    private string? IfMatch()
    {
        var value = Request.Headers.IfMatch.ToString().Trim();
        return value.Length == 0 ? null : value.Trim('"').Replace("W/", "", StringComparison.Ordinal).Trim('"');
    }

    private static string Quoted(string version) => $"\"{version}\"";

    private sealed record ChangeMeta(string? Summary, string? Source);

    private async Task<(JsonObject? Record, ChangeMeta Change, IReadOnlyList<FieldProblem> Problems)> ReadBodyAsync(
        CancellationToken ct, bool recordExpected = true)
    {
        if (Request.ContentLength > MaxBodyBytes)
        {
            return (null, new(null, null), [new FieldProblem("body", $"the body is larger than {MaxBodyBytes / 1024} KB")]);
        }

        JsonNode? node;
        try
        {
            using var limited = new MemoryStream();
            await Request.Body.CopyToAsync(limited, ct);
            if (limited.Length > MaxBodyBytes)
            {
                return (null, new(null, null), [new FieldProblem("body", $"the body is larger than {MaxBodyBytes / 1024} KB")]);
            }

            node = limited.Length == 0 ? null : JsonNode.Parse(limited.ToArray());
        }
        catch (JsonException e)
        {
            return (null, new(null, null), [new FieldProblem("body", $"the body is not JSON: {e.Message}")]);
        }

        if (node is not JsonObject obj)
        {
            return (null, new(null, null), [new FieldProblem("body", "the body must be a JSON object: the record, with \"change\": {\"summary\", \"source\"}")]);
        }

        var meta = obj["change"] as JsonObject;
        obj.Remove("change");
        var change = new ChangeMeta(Text(meta?["summary"]), Text(meta?["source"]));
        return (recordExpected ? obj : null, change, []);
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
