using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>
/// The record's version and when it last changed: the data version (SeedStates, one up on every write) and the later of
/// the last import and the last published revision. <see cref="LastChangedUtc"/> is null when neither is known.
/// </summary>
public sealed record DataStampViewModel(long Version, DateTime? LastChangedUtc)
{
    /// <summary>Changes with the data and with the build, so a new release never answers 304 with an old format.</summary>
    public string ETag => $"W/\"d{Version}-{Build}\"";

    private static readonly string Build = typeof(DataStampViewModel).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];
}

public sealed class DataStampQuery(DefectionsDbContext db)
{
    public async Task<DataStampViewModel> GetAsync(CancellationToken ct)
    {
        // One command: the stamp is read on every API answer and feed.
        var state = await db.SeedStates.AsNoTracking().Where(s => s.Id == 1)
            .Select(s => new
            {
                s.DataVersion,
                s.AppliedAtUtc,
                Published = db.Revisions.Where(r => r.Status == RevisionStatus.Published && r.ReviewedAtUtc != null).Max(r => r.ReviewedAtUtc),
            })
            .SingleOrDefaultAsync(ct);
        var published = state?.Published;
        DateTime? applied = state is null || state.AppliedAtUtc == default ? null : DateTime.SpecifyKind(state.AppliedAtUtc, DateTimeKind.Utc);
        DateTime? last = published is { } p ? DateTime.SpecifyKind(p, DateTimeKind.Utc) : null;
        return new DataStampViewModel(state?.DataVersion ?? 0, applied > last || last is null ? applied : last);
    }
}

/// <summary>
/// ETag and Last-Modified from the data version on a read-only answer, and 304 Not Modified when the client already has
/// it (If-None-Match, or If-Modified-Since without one). Only a 200 carries the headers.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class DataETagAttribute : TypeFilterAttribute
{
    public DataETagAttribute()
        : base(typeof(DataETagFilter))
    {
    }

    private sealed class DataETagFilter(DataStampQuery stamps) : IAsyncActionFilter
    {
        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            var http = context.HttpContext;
            var stamp = await stamps.GetAsync(http.RequestAborted);
            var request = http.Request.GetTypedHeaders();
            var lastModified = stamp.LastChangedUtc is { } l ? new DateTimeOffset(l.Ticks - (l.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero) : (DateTimeOffset?)null;
            var notModified = request.IfNoneMatch.Count > 0
                ? request.IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(EntityTagHeaderValue.Parse(stamp.ETag), useStrongComparison: false))
                : request.IfModifiedSince is { } since && lastModified is { } modified && modified <= since;
            if (notModified)
            {
                http.Response.Headers.ETag = stamp.ETag;
                context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
                return;
            }

            // Set now, not as the response starts, so the output cache keeps them with the body and answers 304 itself.
            http.Response.Headers.ETag = stamp.ETag;
            if (lastModified is { } m)
            {
                http.Response.GetTypedHeaders().LastModified = m;
            }

            var executed = await next();
            if (executed.Exception is not null || executed.Result is IStatusCodeActionResult { StatusCode: not (null or StatusCodes.Status200OK) })
            {
                http.Response.Headers.Remove(HeaderNames.ETag);
                http.Response.Headers.Remove(HeaderNames.LastModified);
            }
        }
    }
}
