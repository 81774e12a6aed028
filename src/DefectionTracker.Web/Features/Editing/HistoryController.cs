using System.Globalization;
using System.Xml.Linq;
using DefectionTracker.Web.Data.Accounts;
using DefectionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>Public history: each record's changes, the list of recent changes and its Atom feed, one change in full.</summary>
public class HistoryController(RevisionsQuery revisions, ChangeService changes, PublicBaseUrl baseUrl) : Controller
{
    [HttpGet("/{kind:regex(" + EditingApiController.KindPattern + ")}/{id}/history")]
    public async Task<IActionResult> Record(string kind, string id, CancellationToken ct) =>
        await revisions.HistoryAsync(RecordKinds.Find(kind)!, id, ct) is { } history ? View(history) : NotFound();

    [HttpGet("/changes")]
    public async Task<IActionResult> Recent(int? before, CancellationToken ct) =>
        before is < 1 ? NotFound() : View(await revisions.RecentAsync(before, ct));

    [HttpGet("/changes/{id:int}")]
    public async Task<IActionResult> One(int id, CancellationToken ct) =>
        await revisions.OneAsync(id, IsTeam(), ct) is { } revision ? View(revision) : NotFound();

    [HttpPost("/changes/{id:int}/revert")]
    [Microsoft.AspNetCore.Http.Timeouts.RequestTimeout(Infrastructure.RequestLimits.EditPolicy)]
    [Authorize(Policy = EditorPolicies.Reviewer, AuthenticationSchemes = "Identity.Application")]
    public async Task<IActionResult> Revert(int id, string? summary, CancellationToken ct)
    {
        var outcome = await changes.RevertAsync(id, summary, EditingAuthors.Of(User), ct);
        return outcome.Result switch
        {
            ChangeResult.Published => LocalRedirect($"/changes/{outcome.Revision!.Id}"),
            ChangeResult.NotFound => NotFound(),
            _ => ReviewsController.Problems(this, outcome),
        };
    }

    [HttpGet("/feeds/changes.atom")]
    public async Task<IActionResult> Feed(CancellationToken ct)
    {
        var recent = await revisions.RecentAsync(null, ct);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var site = baseUrl.For(Request);
        static string Stamp(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var feed = new XElement(atom + "feed",
            new XElement(atom + "id", "tag:defectiontracker,2025:feeds/changes"),
            new XElement(atom + "title", "DefectionTracker: changes to the record"),
            new XElement(atom + "updated", Stamp(recent.Items.Count == 0 ? DateTime.UnixEpoch : recent.Items[0].ReviewedAtUtc ?? recent.Items[0].SubmittedAtUtc)),
            new XElement(atom + "link", new XAttribute("rel", "self"), new XAttribute("href", site + "/feeds/changes.atom")),
            new XElement(atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", site + "/changes")),
            new XElement(atom + "author", new XElement(atom + "name", "DefectionTracker")),
            recent.Items.Select(r => new XElement(atom + "entry",
                new XElement(atom + "id", $"tag:defectiontracker,2025:change/{r.Id}"),
                new XElement(atom + "title", $"{r.Kind} {r.RecordId} {r.Action}: {r.Summary}"),
                new XElement(atom + "published", Stamp(r.SubmittedAtUtc)),
                new XElement(atom + "updated", Stamp(r.ReviewedAtUtc ?? r.SubmittedAtUtc)),
                new XElement(atom + "author", new XElement(atom + "name", r.Author)),
                new XElement(atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", $"{site}/changes/{r.Id}")),
                new XElement(atom + "summary", $"{r.Changes.Count} field(s) changed. {r.Summary}"))));
        return Content(new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed.ToString(SaveOptions.DisableFormatting),
            "application/atom+xml; charset=utf-8");
    }

    private bool IsTeam() => User.Identity?.IsAuthenticated == true;
}
