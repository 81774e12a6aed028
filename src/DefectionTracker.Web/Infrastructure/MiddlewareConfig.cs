namespace DefectionTracker.Web.Infrastructure;

internal static class MiddlewareConfig
{
    public static WebApplication UseAppMiddleware(this WebApplication app)
    {
        app.UseHttpLogging();
        app.UseResponseCompression();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles(PerformanceConfig.StaticFileOptions);
        app.UseRouting();
        app.UseOutputCache();
        app.MapHealthChecks("/health");
        app.MapControllers();
        return app;
    }
}
