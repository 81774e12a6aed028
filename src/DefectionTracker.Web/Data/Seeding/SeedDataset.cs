using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Data.Seeding;

/// <summary>A validated dataset, as entities ready to bring the database in line with.</summary>
public sealed record SeedDataset(
    IReadOnlyList<Party> Parties,
    IReadOnlyList<Council> Councils,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Grievance> Grievances,
    IReadOnlyList<Councillor> Councillors,
    IReadOnlyList<Composition> Compositions,
    IReadOnlyList<Defection> Defections,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Administration> Administrations,
    string ContentHash)
{
    /// <summary>seeds/stories.json: groups of related events.</summary>
    public IReadOnlyList<Story> Stories { get; init; } = [];

    /// <summary>seeds/register.json: every UK council the register knows, recorded or not.</summary>
    public IReadOnlyList<RegisteredCouncil> Register { get; init; } = [];
}
