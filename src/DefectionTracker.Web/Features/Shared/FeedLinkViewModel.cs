namespace DefectionTracker.Web.Features.Shared;

/// <summary>A page's Atom feed: linked in the head (rel="alternate", for feed readers) and shown on the page.</summary>
public sealed record FeedLinkViewModel(string Title, string Href)
{
    /// <summary>The feed of defections at a council, leaving a party or citing a grievance (parameter: council, party, grievance).</summary>
    public static FeedLinkViewModel For(string parameter, string slug, string title) =>
        new(title, $"/feeds/defections.atom?{parameter}={Uri.EscapeDataString(slug)}");
}
