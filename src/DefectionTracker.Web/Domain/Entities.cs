namespace DefectionTracker.Web.Domain;

// The data model follows the Popolo standard: people (Councillor), organisations (Party, Council) and memberships
// with start and end dates (Seat, Affiliation). Ids are the stable slugs of the seed dataset.

/// <summary>A national party, a named local group, or "Independent" (which is not the same as unknown).</summary>
public class Party
{
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string ShortName { get; set; }
    public PartyKind Kind { get; set; }
    public required string Colour { get; set; }
    public string? ColourSource { get; set; }
    public string? ElectoralCommissionId { get; set; }
    public string? Notes { get; set; }
}

public class Council
{
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public CouncilKind Kind { get; set; }
    public string? GssCode { get; set; }
    public int? TotalSeats { get; set; }
    public string? Area { get; set; }
    public string? Notes { get; set; }
    public List<CouncilSource> Sources { get; set; } = [];
}

/// <summary>A source for a council's own facts (seats, GSS code).</summary>
public class CouncilSource
{
    public required string CouncilSlug { get; set; }
    public required string SourceId { get; set; }
    public Source? Source { get; set; }
}

/// <summary>
/// A page a fact was read from. <see cref="Publisher"/> is the original publisher even when the page was read as a copy
/// on another site (<see cref="ReadVia"/> is then <see cref="SourceReadVia.Mirror"/> and <see cref="MirrorUrl"/> is
/// that copy); <see cref="OriginalUrl"/> is the publisher's own address, null when it is not known.
/// </summary>
public class Source
{
    public required string Id { get; set; }
    public required string Publisher { get; set; }
    public string? Title { get; set; }

    /// <summary>The headline was not seen as text: it was worked out from the words of the page's address.</summary>
    public bool HeadlineInferred { get; set; }

    public SourceReadVia ReadVia { get; set; }
    public string? OriginalUrl { get; set; }
    public string? MirrorUrl { get; set; }
    public PartialDate Published { get; set; }

    /// <summary>Which of the articles the record started from this is ("000"…"004"); for editors, never shown.</summary>
    public string? SeedArticle { get; set; }

    public string? Notes { get; set; }
}

public class Grievance
{
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }

    /// <summary>Words that lead a search to this grievance, separated by '|'.</summary>
    public string Synonyms { get; set; } = "";
}

/// <summary>A person who sits or sat on a council.</summary>
public class Councillor
{
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Notes { get; set; }
    public List<Seat> Seats { get; set; } = [];
    public List<Affiliation> Affiliations { get; set; } = [];
}

/// <summary>A councillor's seat on a council (a Popolo membership of the council).</summary>
public class Seat
{
    public int Id { get; set; }
    public required string CouncillorSlug { get; set; }
    public required string CouncilSlug { get; set; }
    public Council? Council { get; set; }
    public string? Ward { get; set; }
    public PartialDate From { get; set; }
    public PartialDate To { get; set; }
    public string? SourceId { get; set; }
}

/// <summary>A councillor's membership of a party or group over time, and how it ended.</summary>
public class Affiliation
{
    public int Id { get; set; }
    public required string CouncillorSlug { get; set; }
    public required string PartySlug { get; set; }
    public Party? Party { get; set; }
    public PartialDate From { get; set; }
    public PartialDate To { get; set; }
    public AffiliationEnd? EndReason { get; set; }
    public string? SourceId { get; set; }
}

/// <summary>Seats per party on a council at a date, as one source states them.</summary>
public class Composition
{
    public required string Id { get; set; }
    public required string CouncilSlug { get; set; }
    public Council? Council { get; set; }
    public PartialDate AsOf { get; set; }

    /// <summary>
    /// The event whose outcome these figures already include, when the snapshot's date cannot say ("new make-up" stated
    /// in the article about the event, dated only to its month). Null when the dates decide.
    /// </summary>
    public string? After { get; set; }
    public CompositionKind Kind { get; set; }
    public required string SourceId { get; set; }
    public Source? Source { get; set; }
    public string? Notes { get; set; }
    public List<CompositionSeat> Seats { get; set; } = [];
}

public class CompositionSeat
{
    public int Id { get; set; }
    public required string CompositionId { get; set; }
    public required string PartySlug { get; set; }
    public Party? Party { get; set; }
    public int Seats { get; set; }
}

/// <summary>One event in which councillors left, were suspended from, or were expelled from a party.</summary>
public class Defection
{
    public required string Id { get; set; }

    /// <summary>The date at its precision; unknown when the sources give none, or give a day and month with no year.</summary>
    public PartialDate Date { get; set; }

    /// <summary>The day and month as stated when no year is ("--04-08" for "8 April"); null otherwise. Never completed by a guess.</summary>
    public string? DateWithoutYear { get; set; }

    /// <summary>The earliest the event can have happened, when a source says ("after 17 October 2023"); unknown otherwise.</summary>
    public PartialDate NotBefore { get; set; }

    /// <summary>The latest the event can have happened, when a source says ("on or before 8 April 2024"); unknown otherwise.</summary>
    public PartialDate NotAfter { get; set; }

    /// <summary>The date was worked out from the text ("on Monday" against the publication date), not stated.</summary>
    public bool DateDerived { get; set; }

    /// <summary>How a derived date was worked out ("'on Monday' in the Nelson Leader of 10 April 2024"); null when stated.</summary>
    public string? DateBasis { get; set; }

    /// <summary>
    /// The date the event is ordered by (<see cref="EventDate.OrderDate"/>: its date, or for an event with no year or
    /// only bounds, the latest it can have happened). Computed when the data is written, like <see cref="Sequence"/>.
    /// </summary>
    public PartialDate OrderDate { get; set; }

    /// <summary>The story (a group of related events) this event belongs to; null for most.</summary>
    public string? StoryId { get; set; }

    /// <summary>
    /// True when <see cref="ToPartySlug"/> is "independent" and the sources do not say whether they sit in a named
    /// independent group: "Independent, group not known", distinct from a known group and from "not known".
    /// </summary>
    public bool ToGroupNotKnown { get; set; }

    /// <summary>
    /// The event this one is known to follow, when the dates alone cannot say (Sollis left "in November 2023", days after
    /// the eleven of 5 November). Null when the dates decide or nobody knows.
    /// </summary>
    public string? After { get; set; }

    /// <summary>
    /// The event's place in the one chronological order (dates, then <see cref="After"/>, then id), numbered from 0 over
    /// every event, undated ones last. Computed when the data is written (<see cref="DefectionOrder.Sequence"/>), so SQL
    /// can page in that order.
    /// </summary>
    public int Sequence { get; set; }
    public DefectionKind Kind { get; set; }
    public required string FromPartySlug { get; set; }
    public Party? FromParty { get; set; }

    /// <summary>The party or group joined ("independent" is a party of its own); null when not known.</summary>
    public string? ToPartySlug { get; set; }
    public Party? ToParty { get; set; }

    /// <summary>How many councillors left; null when unknown ("several" is not a number).</summary>
    public int? CouncillorCount { get; set; }
    public required string Summary { get; set; }
    public Verification Verification { get; set; }
    public string? Notes { get; set; }
    public List<DefectionCouncil> Councils { get; set; } = [];
    public List<DefectionCouncillor> Councillors { get; set; } = [];
    public List<ReportedCount> ReportedCounts { get; set; } = [];
    public List<DefectionGrievance> Grievances { get; set; } = [];
    public List<DefectionSource> Sources { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
}

/// <summary>A council touched by a defection, and how many of its seats moved (null when the split is unknown).</summary>
public class DefectionCouncil
{
    public required string DefectionId { get; set; }
    public required string CouncilSlug { get; set; }
    public Council? Council { get; set; }
    public int? SeatsChanged { get; set; }
    public string? SourceId { get; set; }
}

public class DefectionCouncillor
{
    public required string DefectionId { get; set; }
    public required string CouncillorSlug { get; set; }
    public Councillor? Councillor { get; set; }

    /// <summary>
    /// True when a source gives this councillor a destination of their own, which then replaces the event's
    /// <see cref="Defection.ToPartySlug"/> for them (<see cref="ToPartySlug"/> null = not known for this councillor).
    /// </summary>
    public bool OwnDestination { get; set; }

    public string? ToPartySlug { get; set; }

    /// <summary>As <see cref="Defection.ToGroupNotKnown"/>, for this councillor's own destination.</summary>
    public bool ToGroupNotKnown { get; set; }

    public string? DestinationSourceId { get; set; }
}

/// <summary>A count of defectors as one source reports it; where sources disagree every count is kept.</summary>
public class ReportedCount
{
    public int Id { get; set; }
    public required string DefectionId { get; set; }
    public int Count { get; set; }
    public required string SourceId { get; set; }
    public Source? Source { get; set; }
    public string? Note { get; set; }
}

public class DefectionGrievance
{
    public required string DefectionId { get; set; }
    public required string GrievanceSlug { get; set; }
    public Grievance? Grievance { get; set; }
    public GrievanceAttribution Attribution { get; set; }
    public string? SourceId { get; set; }

    /// <summary>
    /// Every source that cites this reason for the event, separated by '|', <see cref="SourceId"/> first; empty when
    /// none is named.
    /// </summary>
    public string SourceIds { get; set; } = "";

    /// <summary>
    /// The councillors who gave (or were said to have) this reason, separated by '|'; empty when it is the group's as a
    /// whole (a joint statement). One councillor's reasons are never a whole group's.
    /// </summary>
    public string CouncillorSlugs { get; set; } = "";
}

public class DefectionSource
{
    public required string DefectionId { get; set; }
    public required string SourceId { get; set; }
    public Source? Source { get; set; }
}

/// <summary>A short attributed quote: what a councillor or another named person said, and where.</summary>
public class Quote
{
    public required string Id { get; set; }
    public required string DefectionId { get; set; }
    public Defection? Defection { get; set; }
    public required string Text { get; set; }
    public string? SpeakerCouncillorSlug { get; set; }
    public Councillor? SpeakerCouncillor { get; set; }
    public required string SpeakerName { get; set; }
    public string? SpeakerRole { get; set; }
    public required string SourceId { get; set; }
    public Source? Source { get; set; }
}

/// <summary>
/// A story: related events reported together ("three councillors to the Greens over two announcements"). Its events
/// name it in <see cref="Defection.StoryId"/>.
/// </summary>
public class Story
{
    public required string Id { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public List<StorySource> Sources { get; set; } = [];
}

public class StorySource
{
    public required string StoryId { get; set; }
    public required string SourceId { get; set; }
    public Source? Source { get; set; }
}
