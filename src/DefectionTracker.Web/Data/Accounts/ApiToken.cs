namespace DefectionTracker.Web.Data.Accounts;

/// <summary>
/// A personal API token. Only its SHA-256 hash is stored; the token itself is shown once, when it is made. The
/// <see cref="Prefix"/> (the first characters) lets its owner tell tokens apart without revealing them.
/// </summary>
public class ApiToken
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public EditorUser? User { get; set; }
    public required string Name { get; set; }
    public required string Prefix { get; set; }
    public required string Hash { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
}
