using System.Globalization;
using System.Text.Json.Nodes;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Accounts;
using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Import;

/// <summary>What the editor gave with a councillor list: the council it is of, and where and when it was published.</summary>
public sealed record CouncillorListRequest(string? Council, string? Url, string? Publisher, string? Date);

/// <summary>The list page: the form (with the record's councils to choose from) and, once a list is read, what it implies.</summary>
public sealed record CouncillorListViewModel(
    CouncillorListRequest Request,
    IReadOnlyList<DraftRef> Councils,
    IReadOnlyList<FieldProblem> Problems,
    ListComparisonResult? Result,
    string? SourcePrefill,
    IReadOnlyDictionary<int, string> DefectionPrefills,
    IReadOnlyDictionary<int, string> CouncillorPrefills);

/// <summary>
/// /edit/import/list, for editors and admins: a council's councillor list (CSV) in, what it implies against the record
/// out. Nothing is saved: each proposed defection opens the ordinary form filled in, with the list as its source.
/// </summary>
[Authorize(Policy = EditorPolicies.Reviewer, AuthenticationSchemes = "Identity.Application")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public class CouncillorListController(DefectionsDbContext db, TimeProvider time, ILogger<CouncillorListController> logger) : Controller
{
    // Larger than a list may be, so that a list over the limit gets the form's own message; past this Kestrel refuses it (413).
    private const int RequestLimit = 4 * CouncillorList.MaxBytes;

    [HttpGet("/edit/import/list")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View("List", new CouncillorListViewModel(new CouncillorListRequest(null, null, null, null), await RecordedCouncilsAsync(ct), [], null, null,
            new Dictionary<int, string>(), new Dictionary<int, string>()));

    [HttpPost("/edit/import/list")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Compare([FromForm] CouncillorListRequest request, IFormFile? file, CancellationToken ct)
    {
        var knowledge = await ImportKnowledge.LoadAsync(db, ct);
        var problems = new List<FieldProblem>();
        var council = string.IsNullOrWhiteSpace(request.Council) ? null : knowledge.Councils.FirstOrDefault(c => c.Slug == request.Council.Trim());
        if (string.IsNullOrWhiteSpace(request.Council))
        {
            problems.Add(new FieldProblem("council", "Choose the council whose list it is."));
        }
        else if (council is null)
        {
            problems.Add(new FieldProblem("council", $"There is no council “{request.Council}” in the record or the register."));
        }

        var date = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!string.IsNullOrWhiteSpace(request.Date)
            && !DateOnly.TryParseExact(request.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            problems.Add(new FieldProblem("date", $"The list's date “{request.Date}” is not a date: write it as YYYY-MM-DD."));
        }

        if (!string.IsNullOrWhiteSpace(request.Url) && !(Uri.TryCreate(request.Url.Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
        {
            problems.Add(new FieldProblem("url", $"The list's address “{request.Url}” is not a web address (http:// or https://)."));
        }

        IReadOnlyList<ListedCouncillor> rows = [];
        if (file is null || string.IsNullOrEmpty(file.FileName))
        {
            problems.Add(new FieldProblem("file", "Choose the CSV file of the council's councillors."));
        }
        else if (file.Length > CouncillorList.MaxBytes)
        {
            problems.Add(new FieldProblem("file", $"The file is {file.Length / 1000:N0} kB: a councillor list can be at most {CouncillorList.MaxBytes / 1000:N0} kB."));
        }
        else if (council is not null)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var (read, problem) = CouncillorList.Read(buffer.ToArray(), council);
            rows = read;
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        if (problems.Count > 0)
        {
            logger.LogWarning("Bad request to {Path}: {Problems}", Request.Path.Value, string.Join("; ", problems.Select(p => p.Message)));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("List", new CouncillorListViewModel(request, await RecordedCouncilsAsync(ct), problems, null, null,
                new Dictionary<int, string>(), new Dictionary<int, string>()));
        }

        var source = new ListSource(Clean(request.Url), Clean(request.Publisher), date);
        var result = ListComparison.Compare(knowledge, council!, rows, source);
        return View("List", new CouncillorListViewModel(request, await RecordedCouncilsAsync(ct), [], result,
            ListPrefill.Source(result).ToJsonString(),
            result.PartyChanges.ToDictionary(c => c.Line, c => ListPrefill.Defection(c, result).ToJsonString()),
            result.NewNames.Where(n => n.Councillor is null).ToDictionary(n => n.Line, n => ListPrefill.Councillor(n, result).ToJsonString())));
    }

    private async Task<IReadOnlyList<DraftRef>> RecordedCouncilsAsync(CancellationToken ct) =>
        [.. (await ImportKnowledge.LoadAsync(db, ct)).Councils.Where(c => c.Recorded).OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new DraftRef(c.Slug, c.Name))];

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What a list implies, as the ordinary forms' fields (the seeds/ format), for them to open filled in.</summary>
public static class ListPrefill
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The list as a source, for the sources form.</summary>
    public static JsonObject Source(ListComparisonResult result) => new()
    {
        ["publisher"] = result.Source.Publisher,
        ["title"] = $"{result.Council.Name}: councillors, {Long(result.Source.AsOf)}",
        ["readVia"] = "original",
        ["originalUrl"] = result.Source.Url,
        ["published"] = new JsonObject { ["date"] = result.AsOf, ["precision"] = "day" },
    };

    /// <summary>A party change as a defection of one councillor, dated no later than the list (when it happened is not known).</summary>
    public static JsonObject Defection(ListPartyChange change, ListComparisonResult result) => new()
    {
        ["kind"] = change.ListedParty is { Slug: not null and not "independent" } ? "joinedAnotherParty" : "leftParty",
        ["fromParty"] = change.RecordedParty.Slug,
        ["toParty"] = change.ListedParty.Slug,
        ["councillorCount"] = 1,
        ["councils"] = new JsonArray(new JsonObject { ["council"] = result.Council.Slug, ["seatsChanged"] = null }),
        ["councillors"] = new JsonArray(change.Councillor),
        ["notAfter"] = new JsonObject { ["date"] = result.AsOf, ["precision"] = "day" },
        ["summary"] = $"{change.CouncillorName} is listed as {change.ListedParty.Name} in {result.Council.Name}'s list of councillors of {Long(result.Source.AsOf)}; "
            + $"the record had them as {change.RecordedParty.Name}.",
        ["notes"] = $"Proposed from the councillor list{(result.Source.Publisher is { } p ? " published by " + p : "")} of {Long(result.Source.AsOf)}: "
            + $"line {change.Line}, “{change.Listed}”, party “{change.ListedParty.Name}”{(change.ListedParty.Slug is null ? " (not a party in the record)" : "")}. When it happened is not known.",
    };

    /// <summary>A new name as a councillor with a seat at this council and the list's party.</summary>
    public static JsonObject Councillor(ListNewName name, ListComparisonResult result) => new()
    {
        ["name"] = name.Name,
        ["seats"] = new JsonArray(new JsonObject { ["council"] = result.Council.Slug, ["ward"] = name.Ward }),
        ["affiliations"] = new JsonArray(new JsonObject { ["party"] = name.Party.Slug }),
    };

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", English);
}
