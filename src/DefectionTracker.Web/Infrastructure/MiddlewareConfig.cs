using DefectionTracker.Web.Features.Accounts;
using Serilog;

namespace DefectionTracker.Web.Infrastructure;

internal static class MiddlewareConfig
{
    public static WebApplication UseAppMiddleware(this WebApplication app)
    {
        app.UseForwardedHeadersWhenEnabled(app.Configuration);
        app.UseSecurityHeaders();
        app.UseSerilogRequestLogging();
        app.UseHeadAsGet();
        app.UseReadOnlyCors();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error/500",

                // ErrorController logs the failure once, at Error, with the path and a reference people can quote.
                SuppressDiagnosticsCallback = _ => true,
            });
        }

        if (SecurityHeaders.IsHttpsConfigured(app.Configuration))
        {
            if (!app.Environment.IsDevelopment())
            {
                app.UseHsts();
            }

            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRouting();

        // Before the cache: a signed-in member's pages are never cached nor served from the cache.
        app.UseAccounts();
        if (app.Configuration.GetValue("OutputCache:Enabled", true))
        {
            // Off only in the test host, so that no test reads a page another test cached.
            app.UseOutputCache();
        }

        // Inside the cache, which therefore keeps the compressed bytes (one entry per encoding chosen) and serves a
        // hit without compressing it again; the cache's key needs the endpoint, so both come after routing.
        app.UseResponseCompression();
        app.UseStaticFiles(PerformanceConfig.StaticFileOptions);

        // After the cache: a cached answer costs the client nothing.
        app.UseAppRateLimiting();
        app.UseRequestTimeouts();
        app.UseCancellationAsCancellation();

        // "Healthy" as before; a read-only database says so after it ("Healthy: serving a read-only database (...)").
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "text/plain";
                var notes = report.Entries.Values.Select(e => e.Description).Where(d => d is not null).ToList();
                return context.Response.WriteAsync(report.Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy && notes.Count > 0
                    ? $"{report.Status}: {string.Join("; ", notes)}"
                    : report.Status.ToString());
            },
        });
        app.MapCspReports();
        app.MapApiDocs();
        app.MapControllers();
        return app;
    }
}
