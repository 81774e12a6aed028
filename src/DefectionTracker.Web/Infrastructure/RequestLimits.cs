using System.Net;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.HttpOverrides;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>
/// A time limit per request, and the proxy headers the site trusts.
/// <para>Time limit (RequestTimeouts:Seconds, default 10): the request's cancellation token fires, the query in progress
/// stops, and the client gets a 503 page (ProblemDetails under /api) instead of a thread left working. Saves by the team
/// have their own, longer limit (<see cref="EditPolicy"/>).</para>
/// <para>Forwarded headers (ForwardedHeaders:Enabled, off by default): X-Forwarded-For and X-Forwarded-Proto are
/// honoured only from ForwardedHeaders:KnownProxies (IP addresses) and ForwardedHeaders:KnownNetworks (CIDR), or
/// loopback when neither is given, so that a client cannot choose its own address (the rate limiter's key) or scheme.</para>
/// </summary>
internal static class RequestLimits
{
    /// <summary>
    /// The limit for a save by a signed-in member of the team (RequestTimeouts:EditSeconds, default 60): a save checks
    /// the change against the whole dataset, several seconds at national scale, and must not be cut off at the
    /// readers' limit. Only authenticated writes carry it; nothing an anonymous request reaches does.
    /// </summary>
    public const string EditPolicy = "edits";

    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("RequestTimeouts:Seconds", 10.0);
        var editSeconds = configuration.GetValue("RequestTimeouts:EditSeconds", Math.Max(seconds, 60.0));
        services.AddRequestTimeouts(o =>
        {
            o.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = TimeSpan.FromSeconds(seconds),
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            };
            o.AddPolicy(EditPolicy, new RequestTimeoutPolicy
            {
                Timeout = TimeSpan.FromSeconds(editSeconds),
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            });
        });

        if (configuration.GetValue("ForwardedHeaders:Enabled", false))
        {
            services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                o.ForwardLimit = configuration.GetValue("ForwardedHeaders:ForwardLimit", 1);
                var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
                var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
                if (proxies.Length + networks.Length > 0)
                {
                    o.KnownProxies.Clear();
                    o.KnownIPNetworks.Clear();
                }

                foreach (var proxy in proxies)
                {
                    o.KnownProxies.Add(IPAddress.Parse(proxy));
                }

                foreach (var network in networks)
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            });
        }

        return services;
    }

    public static IApplicationBuilder UseForwardedHeadersWhenEnabled(this IApplicationBuilder app, IConfiguration configuration) =>
        configuration.GetValue("ForwardedHeaders:Enabled", false) ? app.UseForwardedHeaders() : app;

    /// <summary>
    /// Under the time limit: whatever a cancelled request throws (SQLite reports an interrupted query as its own
    /// error, not as a cancellation) becomes an OperationCanceledException, so the time limit answers 503 and a client
    /// that went away is logged as such, at a low level, not as an unhandled error with a stack trace.
    /// </summary>
    /// <summary>Set in HttpContext.Items when the request was cancelled: its 499 or 503 is no error of the site's.</summary>
    public const string CancelledKey = "DefectionTracker.Cancelled";

    public static IApplicationBuilder UseCancellationAsCancellation(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (context.RequestAborted.IsCancellationRequested)
            {
                context.Items[CancelledKey] = true;
                if (e is OperationCanceledException)
                {
                    throw;
                }

                throw new OperationCanceledException("The request was cancelled (client gone or time limit reached).", e, context.RequestAborted);
            }
        });
}
