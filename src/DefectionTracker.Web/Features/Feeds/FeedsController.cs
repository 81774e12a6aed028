using DefectionTracker.Web.Features.Shared;
using DefectionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Feeds;

public class FeedsController(DefectionFeedQuery feeds, PublicBaseUrl publicBaseUrl, ILogger<FeedsController> logger) : Controller
{
    /// <summary>
    /// The latest defections as Atom, newest first; <c>?council=</c>, <c>?party=</c> (those leaving it) and
    /// <c>?grievance=</c> (those citing it) narrow it, and a value that names nothing is a 404; <c>?page=2</c> and on
    /// for older ones (RFC 5005 paging: each page links to the first, previous, next and last).
    /// </summary>
    [HttpGet("/feeds/defections.atom")]
    [DataETag]
    public async Task<IActionResult> Defections(string? council, string? party, string? grievance, int page = 1, CancellationToken ct = default)
    {
        if (!ModelState.IsValid || page < 1)
        {
            return BadRequests.Problem(this, logger, "Invalid feed page", [new FieldProblem("page", "page must be a whole number, 1 or more")]);
        }

        var filter = new FeedFilter(Slug(council), Slug(party), Slug(grievance));
        var (feed, unknown) = await feeds.GetAsync(filter, page, ct);
        if (feed is null)
        {
            logger.LogWarning("Feed asked for unknown {Parameter} {Value}", unknown?.Parameter, unknown?.Value);
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

    private static string? Slug(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}
