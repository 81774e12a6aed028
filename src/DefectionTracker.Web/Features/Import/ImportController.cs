using System.Globalization;
using System.Text.Json.Nodes;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Import;

/// <summary>What the editor pasted: the article's text and what is known of where and when it appeared.</summary>
public sealed record ImportRequest(string? Text, string? Url, string? Publisher, string? Published);

/// <summary>The import page: the form, and once an article is given, the draft with the words and confidence of each field.</summary>
public sealed record ImportViewModel(ImportRequest Request, Draft? Draft, string? Error, string? DefectionPrefill, string? SourcePrefill,
    IReadOnlyList<DraftRef> CouncilsNotRecorded)
{
    public static readonly string[] Fields = ["councils", "councillorCount", "fromParty", "toParty", "date", "councillors", "grievances", "quotes", "matchesEvent"];
}

/// <summary>
/// /edit/import, for editors and admins: an article in, a draft out. Nothing is saved here: "Use this draft" opens the
/// ordinary defection form filled in, and the editor's save there goes through the review rules like any other.
/// </summary>
[Authorize(Policy = EditorPolicies.Reviewer, AuthenticationSchemes = "Identity.Application")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public class ImportController(DefectionsDbContext db) : Controller
{
    [HttpGet("/edit/import")]
    public IActionResult Index() => View(new ImportViewModel(new ImportRequest(null, null, null, null), null, null, null, null, []));

    [HttpPost("/edit/import")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Draft([FromForm] ImportRequest request, CancellationToken ct)
    {
        DateOnly? published = null;
        string? error = null;
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            error = "Paste the article's text.";
        }
        else if (!string.IsNullOrWhiteSpace(request.Published))
        {
            if (DateOnly.TryParseExact(request.Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                published = d;
            }
            else
            {
                error = $"The publication date “{request.Published}” is not a date: write it as YYYY-MM-DD.";
            }
        }

        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new ImportViewModel(request, null, error, null, null, []));
        }

        var knowledge = await ImportKnowledge.LoadAsync(db, ct);
        var draft = new DraftAssistant(knowledge).Propose(new Article(request.Text!, published, request.Url, request.Publisher));
        var recorded = knowledge.Councils.Where(c => c.Recorded).Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        return View("Index", new ImportViewModel(request, draft, null, DraftPrefill.Defection(draft, request, recorded).ToJsonString(),
            DraftPrefill.Source(request).ToJsonString(), [.. draft.Councils.Where(c => c.Slug is null || !recorded.Contains(c.Slug))]));
    }
}

/// <summary>A draft as the ordinary forms' fields (the seeds/ format), for them to open filled in.</summary>
public static class DraftPrefill
{
    public static JsonObject Defection(Draft draft, ImportRequest request, IReadOnlySet<string> recordedCouncils)
    {
        var record = new JsonObject
        {
            ["kind"] = draft.ToParty is { Slug: not null and not "independent" } ? "joinedAnotherParty" : "leftParty",
            ["fromParty"] = draft.FromParty?.Slug,
            ["toParty"] = draft.ToParty?.Slug,
            ["councillorCount"] = draft.CouncillorCount,
            ["councils"] = new JsonArray([.. draft.Councils.Where(c => c.Slug is not null && recordedCouncils.Contains(c.Slug))
                .Select(c => (JsonNode)new JsonObject { ["council"] = c.Slug, ["seatsChanged"] = null })]),
            ["councillors"] = new JsonArray([.. draft.Councillors.Select(c => c.Slug).OfType<string>().Select(s => (JsonNode)s)]),
            ["grievances"] = new JsonArray([.. draft.Grievances.Select(g => (JsonNode)new JsonObject
            {
                ["grievance"] = g.Slug,
                ["attribution"] = g.Stated ? "stated" : "attributed",
            })]),
        };
        if (draft.Date is { } date && date.StartsWith("--", StringComparison.Ordinal))
        {
            record["dateWithoutYear"] = date;
        }
        else if (draft.Date is not null && draft.DateBasis is "stated" or "derived")
        {
            record["date"] = new JsonObject { ["date"] = draft.Date, ["precision"] = draft.DatePrecision };
            if (draft.DateBasis == "derived")
            {
                record["dateDerived"] = true;
                record["dateBasis"] = $"“{draft.Evidence.GetValueOrDefault("date")}” in {request.Publisher ?? "the article"}";
            }
        }

        return record;
    }

    public static JsonObject Source(ImportRequest request) => new()
    {
        ["publisher"] = string.IsNullOrWhiteSpace(request.Publisher) ? null : request.Publisher.Trim(),
        ["readVia"] = "original",
        ["originalUrl"] = string.IsNullOrWhiteSpace(request.Url) ? null : request.Url.Trim(),
        ["published"] = string.IsNullOrWhiteSpace(request.Published) ? null : new JsonObject { ["date"] = request.Published.Trim(), ["precision"] = "day" },
    };
}
