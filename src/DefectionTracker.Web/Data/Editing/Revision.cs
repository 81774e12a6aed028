namespace DefectionTracker.Web.Data.Editing;

/// <summary>Where a change stands: waiting for an editor, published, or rejected with a reason.</summary>
public enum RevisionStatus
{
    Pending,
    Published,
    Rejected,
}

/// <summary>What a change does to its record.</summary>
public enum RevisionAction
{
    Created,
    Corrected,
    Retracted,
    Reverted,

    /// <summary>A correction suggested by a member of the public: words, not a change; closed by an editor, never published.</summary>
    Suggested,
}

/// <summary>
/// One saved change to one record, kept forever: the record before and after (in the dataset's JSON format; null
/// before = created, null after = retracted), who made it and why, from which source, and its review.
/// </summary>
public class Revision
{
    public int Id { get; set; }

    /// <summary>The kind of record, as in the API's path: defections, councillors, parties, ...</summary>
    public required string Kind { get; set; }

    public required string RecordId { get; set; }

    public RevisionAction Action { get; set; }

    public string? BeforeJson { get; set; }

    public string? AfterJson { get; set; }

    /// <summary>The record's version (<see cref="RecordVersions"/>) the author saw; a change on top of another is a conflict.</summary>
    public string? BaseVersion { get; set; }

    public required string Summary { get; set; }

    /// <summary>The source the change rests on (a source id of the record).</summary>
    public string? SourceId { get; set; }

    /// <summary>The member's user id; null for a public suggestion.</summary>
    public string? AuthorId { get; set; }

    /// <summary>Shown publicly: a display name, never an email address.</summary>
    public required string AuthorName { get; set; }

    /// <summary>How to reach a member of the public who suggested a correction (never shown publicly); may be empty.</summary>
    public string? SuggesterContact { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    public RevisionStatus Status { get; set; }

    public string? ReviewerId { get; set; }

    public string? ReviewerName { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    /// <summary>The reviewer's reason, required when rejecting.</summary>
    public string? ReviewNote { get; set; }

    /// <summary>For a revert: the revision whose "after" was restored.</summary>
    public int? RevertOf { get; set; }
}
