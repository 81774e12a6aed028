using System.Text.Json.Nodes;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>One field that a change touches: its path in the record ("councils[0].seatsChanged") and its values.</summary>
public sealed record FieldChange(string Path, string? Before, string? After);

/// <summary>The field-level difference between two versions of a record, as reviewers and history pages show it.</summary>
public static class RecordDiff
{
    public static IReadOnlyList<FieldChange> Between(JsonObject? before, JsonObject? after)
    {
        var was = Flatten(before);
        var now = Flatten(after);
        return was.Keys.Union(now.Keys, StringComparer.Ordinal)
            .Select(path => new FieldChange(path, was.GetValueOrDefault(path), now.GetValueOrDefault(path)))
            .Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>Each leaf value by its path, in document order; nulls are left out (a null field is an absent one).</summary>
    private static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(node, "", leaves);
        return leaves;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string> leaves)
    {
        switch (node)
        {
            case null:
                return;
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Walk(child, path.Length == 0 ? name : $"{path}.{name}", leaves);
                }

                return;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", leaves);
                }

                return;
            default:
                leaves[path] = node is JsonValue v && v.TryGetValue<string>(out var text) ? text : node.ToJsonString();
                return;
        }
    }
}
