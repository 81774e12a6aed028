using System.Text.Json.Nodes;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>
/// What an edit touched (<see cref="DataChange"/>), from the record before and after it. Precise for the edits that come
/// every week (a defection, a composition, an administration: their councils, every event at those councils, whose
/// before-and-after may move, and the councillors named); any other kind may show on any page, so it is everything.
/// </summary>
public static class ChangeScopes
{
    public static async Task<DataChange> OfAsync(DefectionsDbContext db, RecordKind kind, string? beforeJson, string? afterJson, CancellationToken ct)
    {
        var records = new[] { beforeJson, afterJson }.OfType<string>().Select(j => JsonNode.Parse(j) as JsonObject).OfType<JsonObject>().ToList();
        HashSet<string> councils;
        var defections = new HashSet<string>(StringComparer.Ordinal);
        var councillors = new HashSet<string>(StringComparer.Ordinal);
        switch (kind.Name)
        {
            case "defections":
                councils = [.. records.SelectMany(r => r["councils"]?.AsArray() ?? []).Select(c => Text(c?["council"])).OfType<string>()];
                councillors.UnionWith(records.SelectMany(r => r["councillors"]?.AsArray() ?? []).Select(Text).OfType<string>());
                defections.UnionWith(records.Select(r => Text(r["id"])).OfType<string>());
                break;
            case "compositions" or "administrations":
                councils = [.. records.Select(r => Text(r["council"])).OfType<string>()];
                break;
            default:
                return DataChange.Everything;
        }

        // Each event at a touched council shows the council's seats before and after it, which the change may move.
        defections.UnionWith(await db.DefectionCouncils.AsNoTracking()
            .Where(dc => councils.Contains(dc.CouncilSlug))
            .Select(dc => dc.DefectionId)
            .ToListAsync(ct));
        return new DataChange(councils, defections, councillors);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
