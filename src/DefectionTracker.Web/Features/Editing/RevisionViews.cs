using System.Text.Json.Nodes;
using DefectionTracker.Web.Data.Editing;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>A revision as people outside the team may see it: a display name, never an email or a contact.</summary>
public sealed record RevisionView(
    int Id, string Kind, string RecordId, string Action, string Status, string Summary, string? Source,
    string Author, DateTime SubmittedAtUtc, string? Reviewer, DateTime? ReviewedAtUtc, string? ReviewNote,
    int? RevertOf, string? NeedsEditorBecause, string RecordPage, IReadOnlyList<FieldChange> Changes)
{
    /// <summary>A public suggestion: words for an editor, not a change.</summary>
    public bool IsSuggestion => Action == "suggested";

    /// <summary>How the suggester may be reached: set only for the review queue, never on public pages.</summary>
    public string? SuggesterContact { get; init; }

    /// <summary>The kind in words: "defection", "party or group".</summary>
    public string KindName => RecordKinds.Find(Kind)?.Singular ?? Kind;

    public static RevisionView Of(Revision r)
    {
        var kind = RecordKinds.Find(r.Kind);
        var before = Parse(r.BeforeJson);
        var after = Parse(r.AfterJson);
        return new RevisionView(
            r.Id, r.Kind, r.RecordId, Wording(r.Action), r.Status.ToString().ToLowerInvariant(), r.Summary, r.SourceId,
            r.AuthorName, r.SubmittedAtUtc, r.ReviewerName, r.ReviewedAtUtc, r.ReviewNote, r.RevertOf,
            kind is null ? null : ReviewRules.NeedsEditor(kind, before, after),
            kind?.PageOf(r.RecordId, after ?? before) ?? "",
            RecordDiff.Between(before, after));
    }

    public static JsonObject? Parse(string? json) => json is null ? null : JsonNode.Parse(json) as JsonObject;

    private static string Wording(RevisionAction action) => action switch
    {
        RevisionAction.Created => "added",
        RevisionAction.Corrected => "corrected",
        RevisionAction.Retracted => "retracted",
        RevisionAction.Reverted => "reverted",
        RevisionAction.Suggested => "suggested",
        _ => "changed",
    };
}
