namespace DefectionTracker.Web.Domain;

/// <summary>
/// A council as the UK council register knows it (written from mySociety's register, CC-BY-4.0): every council, past
/// and present, whether or not anything about it is recorded. A council that is also in the record shares its slug.
/// Lists are kept joined by '|' (names hold commas), as <see cref="Grievance.Synonyms"/> are.
/// </summary>
public class RegisteredCouncil
{
    public required string Slug { get; set; }

    /// <summary>mySociety's three-letter code.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }
    public required string ShortName { get; set; }
    public string AlternativeNames { get; set; } = "";
    public string? GssCode { get; set; }
    public string FormerGssCodes { get; set; } = "";
    public CouncilKind Kind { get; set; }

    /// <summary>The register's own type name ("Non-metropolitan district", "London borough").</summary>
    public required string Type { get; set; }

    public string? Nation { get; set; }
    public string? Region { get; set; }
    public string? County { get; set; }
    public DateOnly? StartDate { get; set; }

    /// <summary>Set for a council abolished in a reorganisation; <see cref="ReplacedBy"/> names its successors.</summary>
    public DateOnly? EndDate { get; set; }

    public string ReplacedBy { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    public static IReadOnlyList<string> Split(string joined) => joined.Length == 0 ? [] : joined.Split('|');
}
