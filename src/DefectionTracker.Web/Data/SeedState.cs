namespace DefectionTracker.Web.Data;

/// <summary>
/// The database's one state row: <see cref="DataVersion"/> goes up by one in the same transaction as every write to the
/// record (the search index is stamped with it); <see cref="ContentHash"/> is the hash of the dataset folder last
/// imported, kept to say where the data came from.
/// </summary>
public class SeedState
{
    public int Id { get; set; }
    public required string ContentHash { get; set; }
    public DateTime AppliedAtUtc { get; set; }
    public long DataVersion { get; set; }
}
