using DefectionTracker.Web.Features.Shared;
using DefectionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Feeds;

public class FeedsController(DefectionFeedQuery feeds, PublicBaseUrl publicBaseUrl, ILogger<FeedsController> logger) : Controller
{
    /// <summary>
    /// The latest defections as Atom, newest first; <c>?party=slug</c> for those from one party; <c>?page=2</c> and on
    /// for older ones (RFC 5005 paging: each page links to the first, previous, next and last).
    /// </summary>
    [HttpGet("/feeds/defections.atom")]
    public async Task<IActionResult> Defections(string? party, int page = 1, CancellationToken ct = default)
    {
        if (!ModelState.IsValid || page < 1)
        {
            return BadRequests.Problem(this, logger, "Invalid feed page", [new FieldProblem("page", "page must be a whole number, 1 or more")]);
        }

        var slug = string.IsNullOrWhiteSpace(party) ? null : party.Trim().ToLowerInvariant();
        if (await feeds.GetAsync(slug, page, ct) is not { } feed)
        {
            logger.LogWarning("Feed asked for unknown party {Party}", slug);
            return NotFound();
        }

        if (feed.Entries.Count == 0 && page > 1)
        {
            return BadRequests.Problem(this, logger, "Invalid feed page",
                [new PageRequest(page, feeds.PageSize).PastEndProblem(feed.Paging.Total, "entry", "entries")]);
        }

        var baseUrl = publicBaseUrl.For(Request);
        return Content(AtomFeed.Write(AtomFeed.Build(feed, baseUrl)), AtomFeed.ContentType);
    }
}
