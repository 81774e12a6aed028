using System.Text.Json.Nodes;
using DefectionTracker.Web.Data.Editing;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>
/// Who may publish what. A contributor's change always waits for review; an editor's or admin's publishes at once.
/// Some changes need an editor whoever proposes them: a party or group, a grievance category, and setting a
/// defection's verification to confirmed. The queue says which rule applies.
/// </summary>
public static class ReviewRules
{
    public static RevisionStatus StatusFor(bool authorCanPublish) =>
        authorCanPublish ? RevisionStatus.Published : RevisionStatus.Pending;

    /// <summary>Why the change needs an editor beyond the contributor rule, or null.</summary>
    public static string? NeedsEditor(RecordKind kind, JsonObject? before, JsonObject? after) => kind.Name switch
    {
        "parties" => "it changes a party or group",
        "grievances" => "it changes a grievance category",
        "defections" when Verification(after) == "confirmed" && Verification(before) != "confirmed" =>
            "it sets the verification to confirmed",
        _ => null,
    };

    private static string? Verification(JsonObject? record) =>
        record?["verification"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
