using System.Globalization;
using System.Xml.Linq;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Feeds;

/// <summary>Writes defections as an Atom 1.0 feed (RFC 4287).</summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>
    /// The <c>updated</c> of an event whose date is unknown. Atom needs a timestamp and the record has none, so it is this
    /// fixed, obviously-not-a-real-date value (the Unix epoch), not the time the feed was read: an undated entry never
    /// looks new to a feed reader just because the feed was fetched again.
    /// </summary>
    public static readonly DateTimeOffset UndatedUpdated = DateTimeOffset.UnixEpoch;

    /// <summary>An entry id that never changes: the defection's stable id in a tag URI (RFC 4151).</summary>
    public static string EntryId(string defectionId) => $"tag:defectiontracker,2025:defection/{defectionId}";

    public static string FeedId(FeedFilter filter) =>
        "tag:defectiontracker,2025:feeds/defections" + string.Concat(filter.Parameters.Select(p => $"/{p.Name}/{p.Value}"));

    /// <summary>An event's date as a timestamp: midnight UTC on the first day of its known period; <see cref="UndatedUpdated"/> if unknown.</summary>
    public static DateTimeOffset Updated(PartialDate date) =>
        date.Start is { } s ? new DateTimeOffset(s.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : UndatedUpdated;

    public static string SelfPath(FeedFilter filter) => "/feeds/defections.atom" + filter.QueryString;

    /// <summary>A page of the feed: the feed's own address for page 1, with <c>page=N</c> after.</summary>
    public static string PagePath(FeedFilter filter, int page) =>
        page == 1 ? SelfPath(filter) : SelfPath(filter) + (filter.IsEmpty ? "?" : "&") + "page=" + page.ToString(CultureInfo.InvariantCulture);

    /// <summary>RFC 5005 section 3 paging links: first and last always, previous and next where there is such a page.</summary>
    private static IEnumerable<XElement> PagingLinks(DefectionFeedViewModel feed, string baseUrl)
    {
        var paging = feed.Paging;
        XElement Link(string rel, int page) => new(Atom + "link", new XAttribute("rel", rel), new XAttribute("type", "application/atom+xml"),
            new XAttribute("href", baseUrl + PagePath(feed.Filter, page)));
        yield return Link("first", 1);
        if (paging.HasPrevious)
        {
            yield return Link("previous", paging.Page - 1);
        }

        if (paging.HasNext)
        {
            yield return Link("next", paging.Page + 1);
        }

        yield return Link("last", paging.PageCount);
    }

    public static XDocument Build(DefectionFeedViewModel feed, string baseUrl)
    {
        var title = "DefectionTracker: councillors leaving " + (feed.Party is { } party ? party.Name : "their parties")
            + (feed.Council is { } council ? $" at {council.Name}" : "")
            + (feed.Grievance is { } grievance ? $", citing {grievance.Name}" : "");
        var updated = feed.Entries.Count == 0 ? UndatedUpdated : feed.Entries.Max(EntryUpdated);
        var alternate = baseUrl + (feed.Council is { } c ? $"/councils/{Uri.EscapeDataString(c.Slug)}"
            : feed.Grievance is { } g ? $"/grievances/{Uri.EscapeDataString(g.Slug)}"
            : feed.Party is { } p ? $"/timeline?party={Uri.EscapeDataString(p.Slug)}"
            : "/timeline");

        var root = new XElement(Atom + "feed",
            new XElement(Atom + "id", FeedId(feed.Filter)),
            new XElement(Atom + "title", title),
            new XElement(Atom + "subtitle",
                "Every recorded event, newest first, the latest on this page and older ones on the pages its rel=\"next\" link leads to. Dates are at their known precision; an event known only to the month is " +
                "dated to its first day in <published>, and an undated event carries 1970-01-01T00:00:00Z; <updated> is the later of that and the last published correction of the record."),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"),
                new XAttribute("href", baseUrl + PagePath(feed.Filter, feed.Paging.Page))),
            PagingLinks(feed, baseUrl),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"),
                new XAttribute("href", alternate)),
            new XElement(Atom + "author", new XElement(Atom + "name", "DefectionTracker")),
            feed.Entries.Select(e => Entry(e, baseUrl)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>The document as text, with its XML declaration.</summary>
    public static string Write(XDocument document) => document.Declaration + "\n" + document.ToString(SaveOptions.DisableFormatting);

    private static XElement Entry(DefectionFeedEntry e, string baseUrl) =>
        new(Atom + "entry",
            new XElement(Atom + "id", EntryId(e.Id)),
            new XElement(Atom + "title", EntryTitle(e)),
            new XElement(Atom + "published", Timestamp(Published(e))),
            new XElement(Atom + "updated", Timestamp(EntryUpdated(e))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"),
                new XAttribute("href", $"{baseUrl}/defections/{Uri.EscapeDataString(e.Id)}")),
            new XElement(Atom + "summary", e.Verification == Verification.Unverified ? e.Summary + " (Unverified.)" : e.Summary),
            e.Grievances.Select(g => new XElement(Atom + "category", new XAttribute("term", g.Slug), new XAttribute("label", g.Name))));

    /// <summary>An entry's <c>published</c>: the event's date (<see cref="Updated(PartialDate)"/>).</summary>
    public static DateTimeOffset Published(DefectionFeedEntry e) => Updated(e.Date.IsKnown ? e.Date : e.OrderDate);

    /// <summary>An entry's <c>updated</c>: the last published revision of the record when it is later than the event's date.</summary>
    public static DateTimeOffset EntryUpdated(DefectionFeedEntry e) =>
        e.LastRevisedUtc is { } revised && new DateTimeOffset(DateTime.SpecifyKind(revised, DateTimeKind.Utc)) is var r && r > Published(e) ? r : Published(e);

    /// <summary>"2 January 2025: 20 councillors left Labour for Broxtowe Independents (Broxtowe Borough Council)".</summary>
    public static string EntryTitle(DefectionFeedEntry e)
    {
        var where = e.Councils.Count == 0 ? "council unknown" : string.Join(", ", e.Councils);
        var what = Wording.Headline(e.Kind, e.CouncillorCount, e.FromParty, e.ToParty, e.ToPartyKind == PartyKind.Independent);
        var date = e.When.ToDisplayWithBasis();
        return $"{char.ToUpperInvariant(date[0])}{date[1..]}: {what} ({where})";
    }

    private static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
