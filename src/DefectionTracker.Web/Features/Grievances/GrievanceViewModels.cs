using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Grievances;

/// <summary>
/// A grievance with its counts. <see cref="CouncillorCount"/> adds up the known councillor counts of its defections;
/// <see cref="DefectionsWithUnknownCount"/> says how many defections gave no number ("several" is not a number).
/// A councillor in two recorded events with the grievance (suspended, then resigned) is counted in each.
/// </summary>
public sealed record GrievanceSummaryViewModel(
    string Slug,
    string Name,
    string Description,
    int DefectionCount,
    int StatedCount,
    int AttributedCount,
    int CouncillorCount,
    int DefectionsWithUnknownCount,
    int UnverifiedDefectionCount);

public sealed record GrievanceListViewModel(IReadOnlyList<GrievanceSummaryViewModel> Grievances, BarChartViewModel Chart)
{
    public int DefectionsWithUnknownCount => Grievances.Sum(g => g.DefectionsWithUnknownCount);
}

/// <summary>GET /api/grievances.</summary>
public sealed record GrievanceApiItem(string Slug, string Name, string Description, int DefectionCount, [property: System.Text.Json.Serialization.JsonPropertyName("councillorsStating")] int CouncillorCount,
    int DefectionsWithUnknownCount, int UnverifiedDefectionCount, int StatedCount, int AttributedCount)
{
    public static GrievanceApiItem From(GrievanceSummaryViewModel g) => new(g.Slug, g.Name, g.Description, g.DefectionCount,
        g.CouncillorCount, g.DefectionsWithUnknownCount, g.UnverifiedDefectionCount, g.StatedCount, g.AttributedCount);
}

public sealed record GrievanceDetailViewModel(
    string Slug,
    string Name,
    string Description,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<GrievanceDefectionViewModel> Defections,
    IReadOnlyList<GrievanceCouncilViewModel> Councils,
    IReadOnlyList<GrievanceQuoteViewModel> Quotes)
{
    /// <summary>All the grievance's defections; <see cref="Defections"/> holds one page of them, <see cref="Quotes"/> theirs.</summary>
    public int DefectionTotal { get; init; }

    public int StatedCount { get; init; }

    public int AttributedCount => DefectionTotal - StatedCount;

    /// <summary>Some defection (on any page) spans several councils.</summary>
    public bool SpansCouncils { get; init; }

    public PageInfo Paging { get; init; } = new(1, PageRequest.DefaultPageSize, 0);

    /// <summary>The councillors in these defections, by the one counting rule (unverified reports counted apart).</summary>
    public LossTally Tally { get; init; } = new(0, 0, 0, 0, 0);

    /// <summary>The councillors who stated this reason themselves (<see cref="GrievanceCitations"/>).</summary>
    public CitingCount Citing { get; init; } = new(0, 0);

    public int CouncillorCount => Citing.Known;

    public int DefectionsWithUnknownCount => Citing.UnknownCitations;
}

/// <summary>GET /api/grievances/{slug}: the grievance's figures and, per council, the councillors at that council.</summary>
public sealed record GrievanceDetailApiItem(string Slug, string Name, string Description, int DefectionCount, [property: System.Text.Json.Serialization.JsonPropertyName("councillorsStating")] int CouncillorCount,
    int DefectionsWithUnknownCount, int UnverifiedDefectionCount, int StatedCount, int AttributedCount,
    IReadOnlyList<GrievanceCouncilApiItem> Councils)
{
    public static GrievanceDetailApiItem From(GrievanceDetailViewModel g) => new(g.Slug, g.Name, g.Description, g.DefectionTotal,
        g.CouncillorCount, g.DefectionsWithUnknownCount, g.Tally.UnverifiedEvents, g.StatedCount, g.AttributedCount,
        [.. g.Councils.Select(c => new GrievanceCouncilApiItem(c.Slug, c.Name, c.DefectionsWithUnknownCount > 0 ? null : c.CouncillorCount))]);
}

/// <param name="CouncillorCount">Councillors at this council in the defections citing the grievance; null when a split is not known.</param>
public sealed record GrievanceCouncilApiItem(string Slug, string Name, [property: System.Text.Json.Serialization.JsonPropertyName("councillorsStating")] int? CouncillorCount);

/// <param name="Stated">True when the councillors said it themselves; false when the press attributed it to them.</param>
/// <param name="AttributionSources">The source for the link between this defection and the grievance.</param>
public sealed record GrievanceDefectionViewModel(
    string Id,
    PartialDate Date,
    DefectionKind Kind,
    string Summary,
    IReadOnlyList<RefViewModel> Councils,
    IReadOnlyList<RefViewModel> Councillors,
    PartyLabelViewModel From,
    PartyLabelViewModel? To,
    int? CouncillorCount,
    Verification Verification,
    bool Stated,
    IReadOnlyList<SourceRefViewModel> AttributionSources)
{
    /// <summary>When, as the sources say it (<see cref="EventDate"/>).</summary>
    public EventDate When { get; init; } = new(Date);
}

public sealed record GrievanceCouncilViewModel(
    string Slug,
    string Name,
    int DefectionCount,
    int StatedCount,
    int CouncillorCount,
    int DefectionsWithUnknownCount,
    PartialDate Latest);

/// <param name="ByDefector">The speaker is one of the councillors who left in this defection.</param>
/// <param name="DefectionStated">Whether the grievance was stated (not attributed) for the quote's defection.</param>
public sealed record GrievanceQuoteViewModel(
    string Id,
    string DefectionId,
    PartialDate Date,
    string Text,
    string SpeakerName,
    string? SpeakerRole,
    string? SpeakerSlug,
    bool ByDefector,
    bool DefectionStated,
    SourceRefViewModel Source);
