using System.Globalization;
using System.Text.Encodings.Web;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Editing;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>
/// "Added … ; last corrected …" under a record's page, from its published revisions (one indexed query). A record from
/// the first published dataset that no one has changed in the site says so.
/// </summary>
public sealed class RecordDatesViewComponent(DefectionsDbContext db, HtmlEncoder encoder) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string kind, string id)
    {
        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.Kind == kind && r.RecordId == id && r.Status == RevisionStatus.Published)
            .Select(r => new { r.Action, r.ReviewedAtUtc })
            .ToListAsync(HttpContext.RequestAborted);
        var added = revisions.Where(r => r.Action == RevisionAction.Created).Select(r => r.ReviewedAtUtc).Min();
        var corrected = revisions.Where(r => r.Action is RevisionAction.Corrected or RevisionAction.Reverted).Select(r => r.ReviewedAtUtc).Max();
        static string Day(DateTime? utc) => utc!.Value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var text = (added is null ? "Added with the first published dataset" : $"Added on {Day(added)}")
            + (corrected is null ? "; not corrected since." : $"; last corrected on {Day(corrected)}.");
        return new HtmlContentViewComponentResult(new HtmlString($"<span class=\"record-dates\">{encoder.Encode(text)}</span>"));
    }
}
