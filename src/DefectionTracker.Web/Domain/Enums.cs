namespace DefectionTracker.Web.Domain;

public enum PartyKind
{
    NationalParty,
    LocalGroup,
    Independent,
}

public enum CouncilKind
{
    County,
    Unitary,
    Metropolitan,
    District,
    Borough,
    City,
    Town,
    Parish,
}

/// <summary>How a party affiliation ended.</summary>
public enum AffiliationEnd
{
    Resigned,
    Suspended,
    WhipRemoved,
    Expelled,
    Readmitted,
    JoinedAnotherParty,
    LostSeat,
    Other,
}

public enum DefectionKind
{
    LeftParty,
    Suspended,
    Expelled,
    FormedNewGroup,
    JoinedAnotherParty,
}

/// <summary>How a source was read: at the publisher's own page, or as a copy of it on another site.</summary>
public enum SourceReadVia
{
    Original,
    Mirror,
}

public enum Verification
{
    Confirmed,
    SingleSource,
    Unverified,
}

/// <summary>Whether the councillors said it themselves or the press attributed it to them.</summary>
public enum GrievanceAttribution
{
    Stated,
    Attributed,
}

public enum CompositionKind
{
    ElectionResult,
    OfficialList,
    PressReport,
    Derived,
}
