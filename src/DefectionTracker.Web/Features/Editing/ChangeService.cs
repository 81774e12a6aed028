using System.Text.Json.Nodes;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Editing;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>Who is making or reviewing a change. <see cref="CanPublish"/>: an editor or admin.</summary>
public sealed record ChangeAuthor(string? UserId, string DisplayName, bool CanPublish);

/// <summary>
/// A proposed change: the record after it (null retracts), the summary of why, the source it rests on, and the
/// version of the record the author started from (null for a new record).
/// </summary>
public sealed record ChangeRequest(
    RecordKind Kind, string Id, JsonObject? Record, string? Summary, string? SourceId, string? BaseVersion,
    bool Creating = false, string? SuggesterContact = null);

public enum ChangeResult
{
    Published,
    Queued,
    Invalid,
    Conflict,
    NotFound,
    AlreadyExists,
    NotPending,
}

/// <summary>What happened to a change; on a conflict, the record as it is now, so both versions can be shown.</summary>
public sealed record ChangeOutcome(
    ChangeResult Result, Revision? Revision, IReadOnlyList<FieldProblem> Problems, JsonObject? Current = null)
{
    public string? CurrentVersion => RecordKinds.Version(Current);
}

/// <summary>
/// Every change to the record goes through here, from the forms, the write API and public suggestions: it is checked
/// by the dataset validator, kept as a revision (who, when, why, from what source, before and after), and published
/// at once (editor, admin) or queued for review (contributor, the public). Nothing is written when anything is wrong.
/// </summary>
public sealed class ChangeService(DefectionsDbContext db, IRecordStore store, TimeProvider clock, ILogger<ChangeService> logger)
{
    public const int SummaryMaxLength = 500;

    /// <summary>One change at a time in this process, so a check and its write are never interleaved with another's.</summary>
    private static readonly SemaphoreSlim Writes = new(1, 1);

    public async Task<ChangeOutcome> SubmitAsync(ChangeRequest change, ChangeAuthor author, CancellationToken ct, int? revert = null)
    {
        await Writes.WaitAsync(ct);
        try
        {
            return await SubmitLockedAsync(change, author, revert, ct);
        }
        finally
        {
            Writes.Release();
        }
    }

    private async Task<ChangeOutcome> SubmitLockedAsync(ChangeRequest change, ChangeAuthor author, int? revert, CancellationToken ct)
    {
        var record = change.Record is null ? null : RecordKinds.Canonical(change.Kind, change.Record);
        var problems = CheckRequest(change, record);
        if (problems.Count > 0)
        {
            // Every problem at once: the record's own, from the validator, beside the change's.
            var recordProblems = record is not null && problems.All(p => p.Field is "summary" or "source")
                ? await store.ValidateAsync(change.Kind, change.Id, record, ct)
                : [];
            return new ChangeOutcome(ChangeResult.Invalid, null, [.. problems, .. recordProblems]);
        }

        var current = await store.GetAsync(change.Kind, change.Id, ct);
        if (change.Creating && current is not null)
        {
            return new ChangeOutcome(ChangeResult.AlreadyExists, null,
                [new FieldProblem("id", $"a {change.Kind.Singular} with the id \"{change.Id}\" already exists")], current);
        }

        if (!change.Creating && current is null)
        {
            return new ChangeOutcome(ChangeResult.NotFound, null, [new FieldProblem("id", $"no {change.Kind.Singular} \"{change.Id}\"")]);
        }

        if (!change.Creating && change.BaseVersion != RecordKinds.Version(current))
        {
            return new ChangeOutcome(ChangeResult.Conflict, null,
                [new FieldProblem("version", "someone else changed this record after you opened it")], current);
        }

        var ownSource = change.Kind.Name == "sources" && change.SourceId == change.Id && record is not null;
        if (!ownSource && await store.GetAsync(RecordKinds.Find("sources")!, change.SourceId!, ct) is null)
        {
            return new ChangeOutcome(ChangeResult.Invalid, null,
                [new FieldProblem("source", $"\"{change.SourceId}\" is not a source of the record: add the source first")]);
        }

        var invalid = await store.ValidateAsync(change.Kind, change.Id, record, ct);
        if (invalid.Count > 0)
        {
            return new ChangeOutcome(ChangeResult.Invalid, null, invalid);
        }

        var revision = new Revision
        {
            Kind = change.Kind.Name,
            RecordId = change.Id,
            Action = revert is not null ? RevisionAction.Reverted
                : current is null ? RevisionAction.Created : record is null ? RevisionAction.Retracted : RevisionAction.Corrected,
            RevertOf = revert,
            BeforeJson = current?.ToJsonString(),
            AfterJson = record?.ToJsonString(),
            BaseVersion = RecordKinds.Version(current),
            Summary = change.Summary!.Trim(),
            SourceId = change.SourceId,
            AuthorId = author.UserId,
            AuthorName = author.DisplayName,
            SuggesterContact = change.SuggesterContact,
            SubmittedAtUtc = clock.GetUtcNow().UtcDateTime,
            Status = ReviewRules.StatusFor(author.CanPublish),
        };
        if (revision.Status == RevisionStatus.Published)
        {
            Review(revision, author, RevisionStatus.Published);
        }

        if (!await SaveAsync(revision, change.Kind, record, revision.Status == RevisionStatus.Published, ct))
        {
            return new ChangeOutcome(ChangeResult.Conflict, null,
                [new FieldProblem("version", "someone else changed this record after you opened it")], await store.GetAsync(change.Kind, change.Id, ct));
        }

        logger.LogInformation("Change {Revision} to {Kind} {Id}: {Action}, {Status}", revision.Id, revision.Kind, revision.RecordId,
            revision.Action, revision.Status);
        return new ChangeOutcome(revision.Status == RevisionStatus.Published ? ChangeResult.Published : ChangeResult.Queued, revision, []);
    }

    /// <summary>Publishes a waiting change, if the record has not changed since it was proposed and it is still valid.</summary>
    public async Task<ChangeOutcome> ApproveAsync(int revisionId, ChangeAuthor reviewer, CancellationToken ct)
    {
        await Writes.WaitAsync(ct);
        try
        {
            return await ApproveLockedAsync(revisionId, reviewer, ct);
        }
        finally
        {
            Writes.Release();
        }
    }

    private async Task<ChangeOutcome> ApproveLockedAsync(int revisionId, ChangeAuthor reviewer, CancellationToken ct)
    {
        var revision = await db.Revisions.SingleOrDefaultAsync(r => r.Id == revisionId, ct);
        if (revision is null)
        {
            return new ChangeOutcome(ChangeResult.NotFound, null, [new FieldProblem("id", $"no change {revisionId}")]);
        }

        if (revision.Status != RevisionStatus.Pending)
        {
            return new ChangeOutcome(ChangeResult.NotPending, revision, [new FieldProblem("id", $"change {revisionId} is {revision.Status.ToString().ToLowerInvariant()}, not waiting for review")]);
        }

        if (revision.Action == RevisionAction.Suggested)
        {
            return new ChangeOutcome(ChangeResult.NotPending, revision,
                [new FieldProblem("id", "a suggestion is not a change: make the correction in the record's form, then close the suggestion with a note")]);
        }

        var kind = RecordKinds.Find(revision.Kind)!;
        var current = await store.GetAsync(kind, revision.RecordId, ct);
        if (RecordKinds.Version(current) != revision.BaseVersion)
        {
            return new ChangeOutcome(ChangeResult.Conflict, revision,
                [new FieldProblem("version", "the record has changed since this was proposed: edit it against the current version instead")], current);
        }

        var record = revision.AfterJson is null ? null : JsonNode.Parse(revision.AfterJson) as JsonObject;
        var invalid = await store.ValidateAsync(kind, revision.RecordId, record, ct);
        if (invalid.Count > 0)
        {
            return new ChangeOutcome(ChangeResult.Invalid, revision, invalid);
        }

        Review(revision, reviewer, RevisionStatus.Published);
        if (!await SaveAsync(null, kind, record, true, ct, revision))
        {
            return new ChangeOutcome(ChangeResult.Conflict, revision,
                [new FieldProblem("version", "the record has changed since this was proposed")], await store.GetAsync(kind, revision.RecordId, ct));
        }

        logger.LogInformation("Change {Revision} approved", revision.Id);
        return new ChangeOutcome(ChangeResult.Published, revision, []);
    }

    /// <summary>Keeps a member of the public's suggested correction in the review queue; nothing about the record changes.</summary>
    public async Task<ChangeOutcome> SuggestAsync(RecordKind kind, string id, string? text, string? contact, CancellationToken ct)
    {
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new FieldProblem("text", "say what is wrong and, if you can, where the right information is published"));
        }
        else if (text.Length > 2000)
        {
            problems.Add(new FieldProblem("text", "the suggestion is longer than 2,000 characters"));
        }

        if (contact?.Length > 200)
        {
            problems.Add(new FieldProblem("contact", "the contact is longer than 200 characters"));
        }

        var current = await store.GetAsync(kind, id, ct);
        if (current is null)
        {
            return new ChangeOutcome(ChangeResult.NotFound, null, [new FieldProblem("id", $"no {kind.Singular} \"{id}\"")]);
        }

        if (problems.Count > 0)
        {
            return new ChangeOutcome(ChangeResult.Invalid, null, problems);
        }

        var revision = new Revision
        {
            Kind = kind.Name,
            RecordId = id,
            Action = RevisionAction.Suggested,
            BeforeJson = current.ToJsonString(),
            AfterJson = current.ToJsonString(),
            BaseVersion = RecordKinds.Version(current),
            Summary = text!.Trim(),
            ReviewNote = null,
            AuthorName = "a member of the public",
            SuggesterContact = string.IsNullOrWhiteSpace(contact) ? null : contact.Trim(),
            SubmittedAtUtc = clock.GetUtcNow().UtcDateTime,
            Status = RevisionStatus.Pending,
        };
        db.Revisions.Add(revision);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Correction suggested for {Kind} {Id}: change {Revision}", kind.Name, id, revision.Id);
        return new ChangeOutcome(ChangeResult.Queued, revision, []);
    }

    public async Task<ChangeOutcome> RejectAsync(int revisionId, ChangeAuthor reviewer, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new ChangeOutcome(ChangeResult.Invalid, null, [new FieldProblem("reason", "say why the change is rejected")]);
        }

        var revision = await db.Revisions.SingleOrDefaultAsync(r => r.Id == revisionId, ct);
        if (revision is null)
        {
            return new ChangeOutcome(ChangeResult.NotFound, null, [new FieldProblem("id", $"no change {revisionId}")]);
        }

        if (revision.Status != RevisionStatus.Pending)
        {
            return new ChangeOutcome(ChangeResult.NotPending, revision, [new FieldProblem("id", $"change {revisionId} is not waiting for review")]);
        }

        Review(revision, reviewer, RevisionStatus.Rejected);
        revision.ReviewNote = reason.Trim().Length > 1000 ? reason.Trim()[..1000] : reason.Trim();
        await db.SaveChangesAsync(ct);
        return new ChangeOutcome(ChangeResult.Published, revision, []);
    }

    /// <summary>
    /// Puts the record back as it was before a published change (undoing it and any later change): a new revision of
    /// its own, published at once. Undoing the change that added a record retracts it.
    /// </summary>
    public async Task<ChangeOutcome> RevertAsync(int revisionId, string? summary, ChangeAuthor editor, CancellationToken ct)
    {
        var target = await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == revisionId && r.Status == RevisionStatus.Published, ct);
        if (target is null)
        {
            return new ChangeOutcome(ChangeResult.NotFound, null, [new FieldProblem("revision", $"no published change {revisionId}")]);
        }

        var kind = RecordKinds.Find(target.Kind)!;
        var current = await store.GetAsync(kind, target.RecordId, ct);
        var restored = target.BeforeJson is null ? null : JsonNode.Parse(target.BeforeJson) as JsonObject;
        if (current is null && restored is null)
        {
            return new ChangeOutcome(ChangeResult.NotPending, null, [new FieldProblem("revision", "the record is already retracted")]);
        }

        var outcome = await SubmitAsync(
            new ChangeRequest(kind, target.RecordId, restored,
                string.IsNullOrWhiteSpace(summary) ? $"Reverted: the record as it was before change {target.Id}" : summary,
                target.SourceId ?? (kind.Name == "sources" ? target.RecordId : null), RecordKinds.Version(current), Creating: current is null),
            editor with { CanPublish = true }, ct, revert: target.Id);
        return outcome;
    }

    /// <summary>
    /// Writes the revision and, when it publishes, the record, in one transaction; false (nothing written) when the
    /// record is no longer the version the change started from: another instance wrote it in the meantime.
    /// </summary>
    private async Task<bool> SaveAsync(Revision? added, RecordKind kind, JsonObject? record, bool apply, CancellationToken ct, Revision? approved = null)
    {
        var revision = added ?? approved!;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (apply && RecordKinds.Version(await store.GetAsync(kind, revision.RecordId, ct)) != revision.BaseVersion)
            {
                return false;
            }

            if (apply)
            {
                // The write clears the context's tracked rows: the revision is attached after it, in the same transaction.
                await store.ApplyAsync(kind, revision.RecordId, record, ct);

                // The revision keeps the record as stored (the canonical export), so its diff and version are exact.
                revision.AfterJson = (await store.GetAsync(kind, revision.RecordId, ct))?.ToJsonString();
            }

            if (added is not null)
            {
                db.Revisions.Add(added);
            }
            else
            {
                db.Revisions.Update(approved!);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        if (apply)
        {
            await store.ChangedAsync(kind, revision.BeforeJson, revision.AfterJson, ct);
        }

        return true;
    }

    /// <summary>Who decided a change, when, and how (an editor's own change is reviewed as it is saved).</summary>
    private void Review(Revision revision, ChangeAuthor reviewer, RevisionStatus status)
    {
        revision.Status = status;
        revision.ReviewerId = reviewer.UserId;
        revision.ReviewerName = reviewer.DisplayName;
        revision.ReviewedAtUtc = clock.GetUtcNow().UtcDateTime;
    }

    private static List<FieldProblem> CheckRequest(ChangeRequest change, JsonObject? record)
    {
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(change.Summary))
        {
            problems.Add(new FieldProblem("summary", "say in a few words what the change is and why"));
        }
        else if (change.Summary.Length > SummaryMaxLength)
        {
            problems.Add(new FieldProblem("summary", $"the summary is longer than {SummaryMaxLength} characters"));
        }

        var isNewSource = change.Kind.Name == "sources" && change.Record is not null;
        if (string.IsNullOrWhiteSpace(change.SourceId) && !isNewSource)
        {
            problems.Add(new FieldProblem("source", "name the source the change rests on"));
        }

        if (change.Record is not null && record is null)
        {
            problems.Add(new FieldProblem("record", $"the body is not a {change.Kind.Singular} record in the dataset's format"));
        }
        else if (record is not null && RecordKinds.IdOf(record) != change.Id)
        {
            problems.Add(new FieldProblem("id", $"the record's id must be \"{change.Id}\""));
        }

        return problems;
    }
}
