using System.Text.Json;
using System.Text.Json.Nodes;
using DefectionTracker.Web.Data.Seeding;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>A kind of record as the editors and the write API know it: its path name, its dataset file and its JSON shape.</summary>
public sealed record RecordKind(string Name, string Singular, string File, Type SeedType, string PublicPath)
{
    /// <summary>The public page of a record of this kind (the council's page for a composition or administration).</summary>
    public string PageOf(string id, JsonObject? record) => PublicPath switch
    {
        "" => "",
        _ when PublicPath.Contains("{council}", StringComparison.Ordinal) =>
            record?["council"]?.GetValue<string>() is { } council ? PublicPath.Replace("{council}", Uri.EscapeDataString(council), StringComparison.Ordinal) : "",
        _ => PublicPath.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal),
    };
}

/// <summary>Every kind of record that can be edited, and the one canonical JSON form of a record.</summary>
public static class RecordKinds
{
    public static IReadOnlyList<RecordKind> All { get; } =
    [
        new("defections", "defection", SeedLoader.DefectionsFile, typeof(DefectionSeed), "/defections/{id}"),
        new("councillors", "councillor", SeedLoader.CouncillorsFile, typeof(CouncillorSeed), "/councillors/{id}"),
        new("parties", "party or group", SeedLoader.PartiesFile, typeof(PartySeed), "/parties/{id}"),
        new("councils", "council", SeedLoader.CouncilsFile, typeof(CouncilSeed), "/councils/{id}"),
        new("compositions", "composition snapshot", SeedLoader.CompositionsFile, typeof(CompositionSeed), "/councils/{council}"),
        new("administrations", "administration", SeedLoader.AdministrationsFile, typeof(AdministrationSeed), "/councils/{council}"),
        new("sources", "source", SeedLoader.SourcesFile, typeof(SourceSeed), "/sources"),
        new("quotes", "quote", SeedLoader.QuotesFile, typeof(QuoteSeed), ""),
        new("grievances", "grievance category", SeedLoader.GrievancesFile, typeof(GrievanceSeed), "/grievances/{id}"),
    ];

    public static RecordKind? Find(string? name) =>
        All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// The record in its one canonical form: read into the dataset's record type (unknown members dropped), written
    /// back with the dataset's options. Null when it is not an object of that shape.
    /// </summary>
    public static JsonObject? Canonical(RecordKind kind, JsonNode? node)
    {
        if (node is not JsonObject)
        {
            return null;
        }

        try
        {
            var record = node.Deserialize(kind.SeedType, SeedLoader.JsonOptions);
            return record is null ? null : JsonSerializer.SerializeToNode(record, kind.SeedType, DatasetExporter.WriteOptions) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A short version stamp of a record's canonical JSON, used as its ETag; null for a record that does not exist.</summary>
    public static string? Version(JsonObject? canonical) => canonical is null
        ? null
        : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(canonical.ToJsonString())))[..20];

    public static string? IdOf(JsonObject? record) =>
        record?["id"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null;
}
