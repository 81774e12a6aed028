using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Editing;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>A record's public history: when it was added and last corrected, and every published change to it.</summary>
public sealed record HistoryViewModel(
    RecordKind Kind, string RecordId, bool Exists, bool Retracted, IReadOnlyList<RevisionView> Revisions,
    DateTime? AddedAtUtc, DateTime? LastCorrectedAtUtc, string RecordPage);

public sealed record ChangesViewModel(IReadOnlyList<RevisionView> Items, int? OlderThan);

public sealed record ReviewQueueViewModel(IReadOnlyList<RevisionView> Items);

public sealed class RevisionsQuery(DefectionsDbContext db, IRecordStore store)
{
    public const int PageSize = 50;

    public async Task<HistoryViewModel?> HistoryAsync(RecordKind kind, string id, CancellationToken ct)
    {
        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.Kind == kind.Name && r.RecordId == id && r.Status == RevisionStatus.Published)
            .OrderByDescending(r => r.Id).ToListAsync(ct);
        var record = await store.GetAsync(kind, id, ct);
        if (record is null && revisions.Count == 0)
        {
            return null;
        }

        var views = revisions.Select(RevisionView.Of).ToList();
        var added = revisions.LastOrDefault(r => r.Action == RevisionAction.Created)?.ReviewedAtUtc;
        var corrected = revisions.FirstOrDefault(r => r.Action is RevisionAction.Corrected or RevisionAction.Reverted)?.ReviewedAtUtc;
        var retracted = record is null && revisions.FirstOrDefault()?.Action == RevisionAction.Retracted;
        return new HistoryViewModel(kind, id, record is not null, retracted, views, added, corrected,
            record is null ? "" : kind.PageOf(id, record));
    }

    /// <summary>Published changes, newest first, 50 at a time, before the change <paramref name="before"/>.</summary>
    public async Task<ChangesViewModel> RecentAsync(int? before, CancellationToken ct)
    {
        var query = db.Revisions.AsNoTracking().Where(r => r.Status == RevisionStatus.Published);
        if (before is { } b)
        {
            query = query.Where(r => r.Id < b);
        }

        var page = await query.OrderByDescending(r => r.Id).Take(PageSize + 1).ToListAsync(ct);
        var items = page.Take(PageSize).Select(RevisionView.Of).ToList();
        return new ChangesViewModel(items, page.Count > PageSize ? items[^1].Id : null);
    }

    public async Task<RevisionView?> OneAsync(int id, bool team, CancellationToken ct)
    {
        var revision = await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        return revision is null || (!team && revision.Status != RevisionStatus.Published) ? null : RevisionView.Of(revision);
    }

    public async Task<ReviewQueueViewModel> QueueAsync(CancellationToken ct)
    {
        var pending = await db.Revisions.AsNoTracking().Where(r => r.Status == RevisionStatus.Pending)
            .OrderBy(r => r.Id).Take(200).ToListAsync(ct);
        return new ReviewQueueViewModel(pending.Select(r => RevisionView.Of(r) with { SuggesterContact = r.SuggesterContact }).ToList());
    }
}
