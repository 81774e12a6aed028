using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>RateLimiting: a client's budget for the requests that cost work; the defaults suit people, not crawlers.</summary>
public sealed class RateLimitingOptions
{
    /// <summary>On by default; load runs and benchmarks switch it off (RateLimiting:Enabled=false).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most requests a client may make at once after being idle.</summary>
    public int Burst { get; set; } = 30;

    /// <summary>How many more it may make each minute after that, one at a time (300: one every 200 ms).</summary>
    public int PerMinute { get; set; } = 300;

    /// <summary>Sign-in attempts (and password changes) a client may make each minute. Always on, even when Enabled is false.</summary>
    public int SignInsPerMinute { get; set; } = 10;

    /// <summary>Public correction suggestions a client may send each minute. Always on.</summary>
    public int SuggestionsPerMinute { get; set; } = 5;
}

/// <summary>Names of the rate-limiting policies that actions ask for by name.</summary>
public static class RateLimitingNames
{
    /// <summary>Sign-in and password forms: a few tries a minute per client, however the rest is configured.</summary>
    public const string Login = "login";

    /// <summary>The public "suggest a correction" form: a few a minute per client, always on.</summary>
    public const string Suggest = "suggest";
}

/// <summary>
/// ASP.NET Core's rate limiter, one token bucket per client address, over the requests an anonymous client can make
/// expensive: search, the API, the CSP report endpoint and any page with a query string (filtered lists, other sort
/// orders, pages of results). Plain pages are not limited: the output cache answers them. It runs after the output
/// cache, so a cached answer costs no token. A refused request gets 429 with Retry-After.
/// </summary>
internal static class RateLimitingConfig
{
    public static IServiceCollection AddAppRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("RateLimiting").Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        services.AddSingleton(options);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => options.Enabled && IsLimited(context.Request)
                ? RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, options.Burst),
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1) / Math.Max(1, options.PerMinute),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
            o.AddPolicy(RateLimitingNames.Login, context => RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, options.SignInsPerMinute),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
            o.AddPolicy(RateLimitingNames.Suggest, context => RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, options.SuggestionsPerMinute),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
            o.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    public static IApplicationBuilder UseAppRateLimiting(this IApplicationBuilder app)
    {
        // Always in the pipeline: the sign-in limit holds even when the general limit is switched off.
        return app.UseRateLimiter();
    }

    public static bool IsLimited(HttpRequest request) =>
        request.QueryString.HasValue
        || request.Path.StartsWithSegments("/search")
        || request.Path.StartsWithSegments("/api")
        || request.Path.StartsWithSegments(CspReports.Path);

    /// <summary>The client's address (the proxy's X-Forwarded-For when ForwardedHeaders are on and it is trusted).</summary>
    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken ct)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitingConfig).FullName!)
            .LogInformation("Rate limit: {Client} refused on {Path} for {Seconds} s", ClientKey(http), http.Request.Path.Value, seconds);

        // The status-code pages write the 429 page, or ProblemDetails under /api.
        return ValueTask.CompletedTask;
    }
}
