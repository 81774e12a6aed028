namespace DefectionTracker.Web.Domain;

/// <summary>How a council is run: one party with a majority, one party without one, several parties together, or not known.</summary>
public enum AdministrationKind
{
    Majority,
    Minority,
    Coalition,
    Unknown,
}

/// <summary>
/// Who runs a council from a date until the next administration there: the second layer of control, beside the seat
/// arithmetic (<see cref="Seats.Control"/>). A coalition can run a council with no overall control; a party can keep
/// running it after losing its majority, or lose power without losing seats.
/// </summary>
public class Administration
{
    public required string Id { get; set; }
    public required string CouncilSlug { get; set; }
    public Council? Council { get; set; }

    /// <summary>The name the administration goes by ("Co-operative Alliance"), when the sources give one.</summary>
    public string? Name { get; set; }

    public PartialDate From { get; set; }

    /// <summary>The defection this administration is known to follow, where its date alone cannot place it.</summary>
    public string? AfterDefectionId { get; set; }

    public AdministrationKind Kind { get; set; }

    /// <summary>The party of the council's leader under this administration; null when not known.</summary>
    public string? LeaderPartySlug { get; set; }
    public Party? LeaderParty { get; set; }

    public string? Notes { get; set; }

    /// <summary>The parties in the administration, in order (first = the leader's party when known).</summary>
    public List<AdministrationParty> Parties { get; set; } = [];

    public List<AdministrationSource> Sources { get; set; } = [];
}

public class AdministrationParty
{
    public int Id { get; set; }
    public required string AdministrationId { get; set; }
    public required string PartySlug { get; set; }
    public Party? Party { get; set; }

    /// <summary>The party's place in the administration's list, from 0.</summary>
    public int Position { get; set; }
}

public class AdministrationSource
{
    public required string AdministrationId { get; set; }
    public required string SourceId { get; set; }
    public Source? Source { get; set; }
}
