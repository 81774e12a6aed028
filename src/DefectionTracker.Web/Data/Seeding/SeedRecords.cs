namespace DefectionTracker.Web.Data.Seeding;

// The shape of the JSON files in seeds/, one file per kind of record. Ids are stable slugs: the seeder inserts,
// updates and removes database rows by them. Enums are camelCase strings; an unknown value is null, never a guess.

/// <summary>A date in a seed file: ISO at its precision ("2024", "2024-04", "2024-04-01"). Null as a whole = unknown.</summary>
public sealed record SeedDate(string? Date, string? Precision);

/// <summary>seeds/parties.json</summary>
public sealed record PartySeed(
    string? Id,
    string? Name,
    string? ShortName,
    string? Kind,
    string? Colour,
    string? ColourSource,
    string? ElectoralCommissionId,
    string? Notes);

/// <summary>seeds/councils.json</summary>
public sealed record CouncilSeed(
    string? Id,
    string? Name,
    string? Kind,
    string? GssCode,
    int? TotalSeats,
    string? Area,
    List<string>? Sources,
    string? Notes);

/// <summary>
/// seeds/register.json: the UK council register (from mySociety's, CC-BY-4.0). Dates are ISO days; lists of names and
/// codes may be empty, never null.
/// </summary>
public sealed record RegisterSeed(
    string? Id,
    string? Code,
    string? Name,
    string? ShortName,
    List<string>? AlternativeNames,
    string? GssCode,
    List<string>? FormerGssCodes,
    string? Kind,
    string? Type,
    string? Nation,
    string? Region,
    string? County,
    string? StartDate,
    string? EndDate,
    List<string>? ReplacedBy,
    double? Latitude,
    double? Longitude);

/// <summary>
/// seeds/sources.json. <see cref="ReadVia"/> is "original" (read at <see cref="OriginalUrl"/>, which is null when no
/// address was kept) or "mirror" (read as a copy at <see cref="MirrorUrl"/>; <see cref="OriginalUrl"/> is the
/// publisher's own address, null when it is not known). <see cref="HeadlineInferred"/>: the headline was worked out
/// from the address, not seen as text.
/// </summary>
public sealed record SourceSeed(
    string? Id,
    string? Publisher,
    string? Title,
    bool HeadlineInferred,
    string? ReadVia,
    string? OriginalUrl,
    string? MirrorUrl,
    SeedDate? Published,
    string? SeedArticle,
    string? Notes);

/// <summary>seeds/grievances.json</summary>
public sealed record GrievanceSeed(
    string? Id,
    string? Name,
    string? Description,
    List<string>? Synonyms);

/// <summary>seeds/councillors.json</summary>
public sealed record CouncillorSeed(
    string? Id,
    string? Name,
    List<SeatSeed>? Seats,
    List<AffiliationSeed>? Affiliations,
    string? Notes);

public sealed record SeatSeed(string? Council, string? Ward, SeedDate? From, SeedDate? To, string? Source);

public sealed record AffiliationSeed(string? Party, SeedDate? From, SeedDate? To, string? EndReason, string? Source);

/// <summary>seeds/compositions.json: seats per party on a council at a date, as a source states them.</summary>
public sealed record CompositionSeed(
    string? Id,
    string? Council,
    SeedDate? AsOf,
    string? Kind,
    string? Source,
    List<CompositionSeatSeed>? Seats,
    string? Notes,
    string? After = null);

public sealed record CompositionSeatSeed(string? Party, int Seats);

/// <summary>seeds/defections.json: one event.</summary>
public sealed record DefectionSeed(
    string? Id,
    SeedDate? Date,
    string? Kind,
    string? FromParty,
    string? ToParty,
    List<DefectionCouncilSeed>? Councils,
    List<string>? Councillors,
    int? CouncillorCount,
    List<ReportedCountSeed>? ReportedCounts,
    string? Summary,
    List<DefectionGrievanceSeed>? Grievances,
    string? Verification,
    List<string>? Sources,
    string? Notes,
    string? After = null,
    string? DateWithoutYear = null,
    SeedDate? NotBefore = null,
    SeedDate? NotAfter = null,
    bool DateDerived = false,
    string? DateBasis = null,
    string? Story = null,
    bool ToGroupNotKnown = false,
    List<DestinationSeed>? Destinations = null);

/// <summary>
/// A councillor's own destination where a source gives it, replacing the event's <c>toParty</c> for them
/// (<paramref name="ToParty"/> null: not known for this councillor).
/// </summary>
public sealed record DestinationSeed(string? Councillor, string? ToParty, bool ToGroupNotKnown, string? Source);

/// <summary>seeds/stories.json: related events reported together; each event names its story in <c>story</c>.</summary>
public sealed record StorySeed(string? Id, string? Title, string? Summary, List<string>? Sources);

/// <summary>A council touched by the event and how many of its seats moved (null when the split is unknown).</summary>
public sealed record DefectionCouncilSeed(string? Council, int? SeatsChanged, string? Source);

public sealed record ReportedCountSeed(int Count, string? Source, string? Note);

/// <summary>
/// A reason given for the event; <paramref name="Councillors"/> names who gave it (absent: the group as a whole);
/// <paramref name="Source"/> or <paramref name="Sources"/> (one or more) the sources that cite it.
/// </summary>
public sealed record DefectionGrievanceSeed(
    string? Grievance,
    string? Attribution,
    string? Source,
    List<string>? Councillors = null,
    List<string>? Sources = null);

/// <summary>seeds/quotes.json</summary>
public sealed record QuoteSeed(
    string? Id,
    string? Defection,
    string? Text,
    string? SpeakerCouncillor,
    string? SpeakerName,
    string? SpeakerRole,
    string? Source);

/// <summary>
/// seeds/administrations.json: who runs a council from a date until the next administration there. <c>parties</c> in
/// order, the leader's party first when known; <c>afterEvent</c> names the defection it is known to follow where its
/// date alone cannot place it.
/// </summary>
public sealed record AdministrationSeed(
    string? Id,
    string? Council,
    string? Name,
    SeedDate? From,
    string? AfterEvent,
    string? Kind,
    List<string>? Parties,
    string? LeaderParty,
    List<string>? Sources,
    string? Notes);
