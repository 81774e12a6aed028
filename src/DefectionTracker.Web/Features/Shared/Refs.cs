using System.Text.Json.Serialization;
using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>A link to a named thing: a council, party, councillor or grievance.</summary>
public sealed record RefViewModel(string Slug, string Name);

/// <summary>
/// A source as every page and endpoint shows it: the original publisher, the publisher's own address where known, and,
/// where the page was read as a copy on another site, that copy's address (<see cref="MirrorUrl"/>).
/// </summary>
public sealed record SourceRefViewModel(
    string Id,
    string Publisher,
    string? Title,
    bool HeadlineInferred,
    SourceReadVia ReadVia,
    string? OriginalUrl,
    string? MirrorUrl,
    string? Published)
{
    /// <summary>The published date as a date, for bounds (a report cannot describe an event after its publication).</summary>
    public PartialDate PublishedDate { get; init; }

    /// <summary>The published date for people ("2 January 2025", "April 2024", "date unknown").</summary>
    [JsonIgnore]
    public string PublishedDisplay { get; init; } = "date unknown";

    [JsonIgnore]
    public bool ReadViaMirror => ReadVia == SourceReadVia.Mirror;

    /// <summary>The site a mirror link goes to ("thewriterstown.com"), so that a reader sees it is not the publisher's.</summary>
    [JsonIgnore]
    public string? MirrorHost => HostOf(MirrorUrl);

    /// <summary>The publisher's site, where its address is known.</summary>
    [JsonIgnore]
    public string? OriginalHost => HostOf(OriginalUrl);

    public static SourceRefViewModel From(Source s) =>
        new(s.Id, s.Publisher, s.Title, s.HeadlineInferred, s.ReadVia, s.OriginalUrl, s.MirrorUrl, s.Published.ToIso())
        {
            PublishedDisplay = s.Published.ToDisplay(),
            PublishedDate = s.Published,
        };

    /// <summary>An address's site without "www." ("bbc.co.uk"); null when there is no address.</summary>
    public static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? (uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host) : null;
}

public sealed record PagedViewModel<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}
