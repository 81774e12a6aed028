using DefectionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Feeds;

public class FeedsController(DefectionFeedQuery feeds, PublicBaseUrl publicBaseUrl, ILogger<FeedsController> logger) : Controller
{
    /// <summary>Every defection as Atom, newest first; <c>?party=slug</c> for the defections from one party.</summary>
    [HttpGet("/feeds/defections.atom")]
    public async Task<IActionResult> Defections(string? party, CancellationToken ct)
    {
        var slug = string.IsNullOrWhiteSpace(party) ? null : party.Trim().ToLowerInvariant();
        if (await feeds.GetAsync(slug, ct) is not { } feed)
        {
            logger.LogWarning("Feed asked for unknown party {Party}", slug);
            return NotFound();
        }

        var baseUrl = publicBaseUrl.For(Request);
        return Content(AtomFeed.Write(AtomFeed.Build(feed, baseUrl)), AtomFeed.ContentType);
    }
}
