namespace DefectionTracker.Web.Data;

/// <summary>Which version of the dataset the database holds (a hash of the seed files), so an unchanged start writes nothing.</summary>
public class SeedState
{
    public int Id { get; set; }
    public required string ContentHash { get; set; }
    public DateTime AppliedAtUtc { get; set; }
}
