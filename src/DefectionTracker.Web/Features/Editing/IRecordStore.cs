using System.Text.Json.Nodes;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>
/// The record as the editors see it: each record in the dataset's JSON format, checked by the dataset's own validator
/// and written by the same code as an import, so the forms, the API and the dataset files can never disagree.
/// </summary>
public interface IRecordStore
{
    /// <summary>The record in canonical JSON, or null when there is none with that id.</summary>
    Task<JsonObject?> GetAsync(RecordKind kind, string id, CancellationToken ct);

    /// <summary>
    /// The problems the dataset validator finds in the whole record with this one record put in (or, for null, taken
    /// out), keyed by the record's field; empty when the change can be saved.
    /// </summary>
    Task<IReadOnlyList<FieldProblem>> ValidateAsync(RecordKind kind, string id, JsonObject? record, CancellationToken ct);

    /// <summary>Writes the record (null: removes it) within the caller's transaction, and brings derived data up to date.</summary>
    Task ApplyAsync(RecordKind kind, string id, JsonObject? record, CancellationToken ct);

    /// <summary>After a change is committed: the search index and cached pages follow it (those it touched, where that is known).</summary>
    Task ChangedAsync(RecordKind kind, string? beforeJson, string? afterJson, CancellationToken ct);
}
