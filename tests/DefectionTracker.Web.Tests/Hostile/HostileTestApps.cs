using System.Net;
using DefectionTracker.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Hostile;

/// <summary>
/// Test-only paths appended after the app's own pipeline (so under its time limit and error handling):
/// /test-only/slow waits until the request is cancelled; /test-only/slow-sql runs a SQLite query that takes minutes
/// unless interrupted. The app itself ships neither.
/// </summary>
internal sealed class SlowEndpointStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use(async (HttpContext context, RequestDelegate rest) =>
        {
            if (context.Request.Path.StartsWithSegments("/test-only/slow-sql") || context.Request.Path.StartsWithSegments("/api/test-only/slow-sql"))
            {
                var db = context.RequestServices.GetRequiredService<DefectionsDbContext>();
                var n = await db.Database.SqlQueryRaw<long>(
                        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10000000000) SELECT max(x) AS Value FROM c")
                    .SingleAsync(context.RequestAborted);
                await context.Response.WriteAsync(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (context.Request.Path.StartsWithSegments("/test-only/slow"))
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            else
            {
                await rest(context);
            }
        });
    };
}

/// <summary>Sets the connection's remote address, as Kestrel would from the socket, for the forwarded-headers tests.</summary>
internal sealed class RemoteAddressStartupFilter(IPAddress address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((HttpContext context, RequestDelegate rest) =>
        {
            context.Connection.RemoteIpAddress = address;
            return rest(context);
        });
        next(app);
    };
}

internal static class HostileApps
{
    /// <summary>An app from <paramref name="factory"/> with extra settings and the slow test-only paths.</summary>
    public static WebApplicationFactory<Program> With(AppFactory factory, IReadOnlyDictionary<string, string> settings, IPAddress? remote = null) =>
        factory.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }

            b.ConfigureServices(s =>
            {
                s.AddTransient<IStartupFilter, SlowEndpointStartupFilter>();
                if (remote is not null)
                {
                    s.AddTransient<IStartupFilter>(_ => new RemoteAddressStartupFilter(remote));
                }
            });
        });

    public static HttpClient Client(this WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
