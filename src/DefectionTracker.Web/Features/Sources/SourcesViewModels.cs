using System.Text.Json.Serialization;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Sources;

/// <summary>How the list of sources is ordered: by publisher (A to Z) or by publication date (newest first).</summary>
public enum SourcesOrder
{
    Publisher,
    Date,
}

public sealed record SourcesPageViewModel(
    SourcesOrder Order,
    SourceTotalsViewModel Totals,
    IReadOnlyList<SourceGroupViewModel> Groups,
    IReadOnlyDictionary<Verification, int> ByVerification,
    IReadOnlyList<DefectionRefViewModel> Unverified,
    DisagreementsViewModel Disagreements)
{
    /// <summary>Which page of the list this is: the list is paged, the totals and disagreements are over every source.</summary>
    public PageInfo Paging { get; init; } = new(1, PageRequest.DefaultPageSize, Totals.Sources);
}

/// <summary>
/// How many sources there are and how many carry each caveat. <see cref="StartingArticles"/> counts the news articles
/// the record started from; <see cref="OriginalAddressUnknown"/> those whose publisher's own address is not known.
/// </summary>
public sealed record SourceTotalsViewModel(
    int Sources,
    int Publishers,
    int StartingArticles,
    int HeadlineInferred,
    int ReadViaMirror,
    int Undated,
    int OriginalAddressUnknown);

/// <summary>Sources under one heading (a year, in date order); <see cref="Heading"/> is null for a flat list.</summary>
public sealed record SourceGroupViewModel(string? Heading, string Id, IReadOnlyList<SourceEntryViewModel> Sources)
{
    /// <summary>The sources under this heading in the whole list, on this page and others.</summary>
    public int Total { get; init; } = Sources.Count;
}

/// <summary>
/// One source's entry on /sources: the source as every page shows it (<see cref="Source"/>), its date, notes, whether
/// it is one of the articles the record started from, and the pages that cite it.
/// </summary>
public sealed record SourceEntryViewModel(
    SourceRefViewModel Source,
    PartialDate Published,
    bool StartingArticle,
    string? Notes,
    IReadOnlyList<UsedForViewModel> UsedFor)
{
    public string Id => Source.Id;

    public string Publisher => Source.Publisher;

    public string? Title => Source.Title;
}

/// <summary>A page of this site that cites a source: a defection, a council or a councillor.</summary>
public sealed record UsedForViewModel(string Kind, string Slug, string Text, string Href);

public sealed record DefectionRefViewModel(string Id, string Label, Verification Verification);

/// <summary>A source cited inline: its id (an anchor on /sources) and publisher.</summary>
public sealed record SourceCiteViewModel(string Id, string Publisher);

/// <summary>Where sources disagree, found in the data rather than written by hand.</summary>
public sealed record DisagreementsViewModel(
    IReadOnlyList<CountDisagreementViewModel> Counts,
    IReadOnlyList<NotedDisagreementViewModel> Noted,
    IReadOnlyList<SnapshotDisagreementViewModel> SeatTables);

/// <summary>An event for which sources give different numbers of councillors; every number is kept with its sources.</summary>
public sealed record CountDisagreementViewModel(
    DefectionRefViewModel Defection,
    int? Recorded,
    IReadOnlyList<ReportedCountGroupViewModel> Counts);

public sealed record ReportedCountGroupViewModel(int Count, IReadOnlyList<ReportedCountSourceViewModel> Sources);

public sealed record ReportedCountSourceViewModel(SourceCiteViewModel Source, string? Note);

/// <summary>A conflict the dataset's notes flag (for example a date that sources give differently).</summary>
public sealed record NotedDisagreementViewModel(
    DefectionRefViewModel Defection,
    PartialDate RecordedDate,
    IReadOnlyList<NoteSegment> Conflict,
    IReadOnlyList<SourceCiteViewModel> Sources);

/// <summary>
/// A council's seat table, as a source states it, that does not match what the recorded events imply, or does not
/// account for every seat.
/// </summary>
public sealed record SnapshotDisagreementViewModel(
    RefViewModel Council,
    PartialDate AsOf,
    CompositionKind Kind,
    SourceCiteViewModel Source,
    int SeatsStated,
    int? TotalSeats,
    IReadOnlyList<SeatDifferenceViewModel> Differences,
    IReadOnlyList<NoteSegment> Notes);

/// <summary>One party's seats from the events and as stated; <see cref="Party"/> is null for seats whose party is not known.</summary>
public sealed record SeatDifferenceViewModel(PartyLabelViewModel? Party, int FromEvents, int Stated);

/// <summary>A piece of a note: plain text, or a source id that links to the source's entry.</summary>
public sealed record NoteSegment(string Text, string? SourceId);

/// <summary>GET /api/sources: one source and the pages that cite it.</summary>
/// <remarks>
/// <see cref="ReadVia"/> is "original" or "mirror"; <see cref="OriginalUrl"/> is the publisher's own address (null
/// when not known), <see cref="MirrorUrl"/> the copy that was read (null when read at the original).
/// </remarks>
public sealed record SourceApiItem(
    string Id,
    string Publisher,
    string? Title,
    bool HeadlineInferred,
    SourceReadVia ReadVia,
    string? OriginalUrl,
    string? MirrorUrl,
    string? Published,
    string PublishedPrecision,
    string? SeedArticle,
    string? Notes,
    SourceUsesApiItem UsedBy);

public sealed record SourceUsesApiItem(
    IReadOnlyList<string> Defections,
    IReadOnlyList<string> Councils,
    IReadOnlyList<string> Councillors)
{
    [JsonIgnore]
    public int Count => Defections.Count + Councils.Count + Councillors.Count;
}
