using DefectionTracker.Web.Data.Seeding;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>Output caching of read pages (evicted when the dataset changes), response compression, long-lived static assets.</summary>
internal static class PerformanceConfig
{
    /// <summary>Every cached response carries this tag; a dataset change evicts it.</summary>
    public const string DataTag = "dataset";

    public static IServiceCollection AddPerformance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(o =>
        {
            // The default policy caches 200 responses to anonymous GET/HEAD requests, keyed by path and query string;
            // the second narrows the query part of the key to the parameters the endpoint knows.
            o.AddBasePolicy(b => b
                .With(c => !c.HttpContext.Request.Path.StartsWithSegments("/health"))
                .Expire(TimeSpan.FromMinutes(10))
                .Tag(DataTag));
            o.AddBasePolicy(new KnownQueryCachePolicy());

            // Bounded: a flood of distinct (known) parameter values evicts entries instead of growing without end. 32 MB,
            // not 128: the crawl of 25,000 distinct pages at national peaked at 649 MB with 128 and at 482 MB with 32,
            // at the same throughput (tests/load/RESULTS.md).
            o.SizeLimit = configuration.GetValue("OutputCache:SizeLimitMegabytes", 32L) * 1024 * 1024;
            o.MaximumBodySize = configuration.GetValue("OutputCache:MaximumBodyMegabytes", 8L) * 1024 * 1024;
        });
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/atom+xml", "application/problem+json"]);
        });
        return services;
    }

    /// <summary>Static files with a version query (asp-append-version) may be cached for a year: the URL changes with the file.</summary>
    public static StaticFileOptions StaticFileOptions { get; } = new()
    {
        OnPrepareResponse = ctx =>
        {
            var headers = ctx.Context.Response.Headers;
            headers[HeaderNames.CacheControl] = ctx.Context.Request.Query.ContainsKey("v")
                ? "public, max-age=31536000, immutable"
                : "public, max-age=3600";
        },
    };
}

/// <summary>
/// Evicts cached pages when the data changed: every page after a start or import that changed it, and after an edit
/// the pages it touched (<see cref="DataChange"/>: those councils', events' and councillors' pages) and the lists.
/// </summary>
public sealed class OutputCacheInvalidation(IOutputCacheStore store, ILogger<OutputCacheInvalidation> logger) : IDatasetListener
{
    public async Task DatasetLoadedAsync(bool dataChanged, CancellationToken ct)
    {
        if (dataChanged)
        {
            await store.EvictByTagAsync(PerformanceConfig.DataTag, ct);
            logger.LogInformation("Cached pages evicted: the dataset changed");
        }
    }

    public async Task RecordsChangedAsync(DataChange change, CancellationToken ct)
    {
        if (change.IsEverything)
        {
            await DatasetLoadedAsync(true, ct);
            return;
        }

        var tags = CacheTags.For(change);
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, ct);
        }

        logger.LogInformation("Cached pages evicted: {Tags} tags (the lists, {Councils} councils, {Defections} events, {Councillors} councillors)",
            tags.Count, change.Councils.Count, change.Defections.Count, change.Councillors.Count);
    }
}

/// <summary>
/// The tag each cached page carries besides <see cref="PerformanceConfig.DataTag"/>: a council's, event's or
/// councillor's own pages (HTML and API) carry its tag; every other page (lists, figures, search, feeds) carries
/// <see cref="Lists"/>, which every change evicts.
/// </summary>
public static class CacheTags
{
    public const string Lists = "lists";

    private static readonly (string Prefix, string Tag)[] Subjects =
    [
        ("/councils/", "council:"), ("/api/councils/", "council:"),
        ("/defections/", "defection:"), ("/api/defections/", "defection:"),
        ("/councillors/", "councillor:"), ("/api/councillors/", "councillor:"),
    ];

    public static string For(PathString path)
    {
        var value = path.Value ?? "";
        foreach (var (prefix, tag) in Subjects)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && value.Length > prefix.Length)
            {
                var rest = value[prefix.Length..];
                var end = rest.IndexOf('/', StringComparison.Ordinal);
                return tag + (end < 0 ? rest : rest[..end]).ToLowerInvariant();
            }
        }

        return Lists;
    }

    public static IReadOnlyList<string> For(DataChange change) =>
    [
        Lists,
        .. change.Councils.Select(c => "council:" + c),
        .. change.Defections.Select(d => "defection:" + d),
        .. change.Councillors.Select(c => "councillor:" + c),
    ];
}
