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

        app.MapHealthChecks("/health");
        app.MapCspReports();
        app.MapControllers();
        return app;
    }
}
