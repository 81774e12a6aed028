using System.Text.Json.Nodes;
using DefectionTracker.Web.Data.Accounts;
using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>The form page of one record: its declaration, the values to show, the pickers, and the version edited.</summary>
public sealed record EditViewModel(
    EditForm Form, string? Id, JsonObject Record, string? BaseVersion, string? ChangeSummary, string? ChangeSource,
    IReadOnlyDictionary<string, IReadOnlyList<PickerOption>> Options, JsonObject? Current = null)
{
    public bool Creating => Id is null;

    public string Action => Creating ? $"/edit/{Form.Kind.Name}/new" : $"/edit/{Form.Kind.Name}/{Uri.EscapeDataString(Id!)}";
}

public sealed record SavedViewModel(RevisionView Revision, bool Published);

/// <summary>One field as the form shows it: its input name, its value and its picker's entries.</summary>
public sealed record FieldViewModel(FormField Field, string Name, JsonNode? Value, IReadOnlyList<PickerOption> Options)
{
    public string DomId => "f-" + string.Concat(Name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));

    public string Text => Value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonArray a => string.Join('\n', a.Select(x => x?.ToString())),
        _ => Value.ToJsonString(),
    };

    public IReadOnlyList<string> Selected => Value switch
    {
        JsonArray a => [.. a.Select(x => x?.ToString() ?? "")],
        null => [],
        _ => [Text],
    };
}

/// <summary>
/// The forms for every kind of record, for members of the team. Each save goes through <see cref="ChangeService"/>:
/// validated by the dataset's validator (errors next to their field), kept as a revision with its summary and source,
/// published at once by an editor or queued for review from a contributor. Two editors on one record: the second save
/// gets the conflict page with both versions.
/// </summary>
[Authorize(Policy = EditorPolicies.Member, AuthenticationSchemes = "Identity.Application")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Microsoft.AspNetCore.Http.Timeouts.RequestTimeout(Infrastructure.RequestLimits.EditPolicy)]
public class EditController(IRecordStore store, ChangeService changes, EditOptionsQuery options) : Controller
{
    /// <summary>The change-source choice on a source's own form: the source cites itself.</summary>
    public const string ThisSource = "this-source";

    [HttpGet("/edit")]
    public IActionResult Index() => View("Start", EditForms.All);

    [HttpGet("/edit/open")]
    public IActionResult Open(string? kind, string? id) =>
        EditForms.For(kind ?? "") is null || string.IsNullOrWhiteSpace(id)
            ? LocalRedirect("/edit")
            : LocalRedirect($"/edit/{kind}/{Uri.EscapeDataString(id.Trim())}");

    [HttpGet("/edit/{kind:regex(" + EditingApiController.KindPattern + ")}/new")]
    public async Task<IActionResult> New(string kind, string? prefill, CancellationToken ct)
    {
        var form = EditForms.For(kind)!;
        return View("Edit", new EditViewModel(form, null, Prefilled(prefill), null, null, null, await options.ForAsync(form, ct)));
    }

    /// <summary>
    /// A new record's form filled in from <paramref name="prefill"/> (a record in the seeds/ format, as the import
    /// assistant proposes it); not JSON or not an object, the form opens empty. Nothing is saved until the form is.
    /// </summary>
    private static JsonObject Prefilled(string? prefill)
    {
        if (string.IsNullOrWhiteSpace(prefill))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(prefill) as JsonObject ?? [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    [HttpGet("/edit/{kind:regex(" + EditingApiController.KindPattern + ")}/{id}")]
    public async Task<IActionResult> Edit(string kind, string id, CancellationToken ct)
    {
        var form = EditForms.For(kind)!;
        var record = await store.GetAsync(form.Kind, id, ct);
        return record is null
            ? NotFound()
            : View("Edit", new EditViewModel(form, id, record, RecordKinds.Version(record), null, null, await options.ForAsync(form, ct)));
    }

    [HttpPost("/edit/{kind:regex(" + EditingApiController.KindPattern + ")}/new")]
    public Task<IActionResult> Create(string kind, CancellationToken ct) => SaveAsync(kind, null, ct);

    [HttpPost("/edit/{kind:regex(" + EditingApiController.KindPattern + ")}/{id}")]
    public Task<IActionResult> Update(string kind, string id, CancellationToken ct) => SaveAsync(kind, id, ct);

    private async Task<IActionResult> SaveAsync(string kind, string? id, CancellationToken ct)
    {
        var form = EditForms.For(kind)!;
        var posted = Request.Form.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var stored = id is null ? null : await store.GetAsync(form.Kind, id, ct);
        if (id is not null && stored is null)
        {
            return NotFound();
        }

        var (record, problems) = FormRecord.Read(form, posted, stored);
        var summary = posted.GetValueOrDefault("change.summary").ToString();
        var source = posted.GetValueOrDefault("change.source").ToString();
        var baseVersion = posted.GetValueOrDefault("version").ToString();
        if (id is null)
        {
            var given = RecordKinds.IdOf(record);
            record["id"] = string.IsNullOrWhiteSpace(given) ? FormRecord.SuggestId(form.Kind, record) : given.Trim();
        }
        else
        {
            record["id"] = id;
        }

        var recordId = RecordKinds.IdOf(record)!;
        if (source == ThisSource && form.Kind.Name == "sources")
        {
            source = recordId;
        }

        if (problems.Count == 0)
        {
            var outcome = await changes.SubmitAsync(
                new ChangeRequest(form.Kind, recordId, record, summary, string.IsNullOrWhiteSpace(source) ? null : source,
                    id is null ? null : baseVersion, Creating: id is null),
                EditingAuthors.Of(User), ct);
            switch (outcome.Result)
            {
                case ChangeResult.Published or ChangeResult.Queued:
                    return View("Saved", new SavedViewModel(RevisionView.Of(outcome.Revision!), outcome.Result == ChangeResult.Published));
                case ChangeResult.Conflict:
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    return View("Conflict", new EditViewModel(form, id, record, RecordKinds.Version(outcome.Current), summary, source,
                        await options.ForAsync(form, ct), outcome.Current));
                case ChangeResult.NotFound:
                    return NotFound();
                default:
                    problems = outcome.Problems;
                    break;
            }
        }

        foreach (var problem in problems)
        {
            ModelState.AddModelError(Key(problem.Field), problem.Message);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", new EditViewModel(form, id, record, id is null ? null : baseVersion, summary, source, await options.ForAsync(form, ct)));
    }

    /// <summary>A problem's field as the form names it: the change's own fields, else the record's field under "r.".</summary>
    private static string Key(string field) => field switch
    {
        "summary" => "change.summary",
        "source" => "change.source",
        "version" or "record" => string.Empty,
        _ when field.StartsWith(FormRecord.Prefix, StringComparison.Ordinal) => field,
        _ => FormRecord.Prefix + field,
    };
}
