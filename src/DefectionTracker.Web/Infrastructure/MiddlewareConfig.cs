namespace DefectionTracker.Web.Infrastructure;

internal static class MiddlewareConfig
{
    public static WebApplication UseAppMiddleware(this WebApplication app)
    {
        app.UseHttpLogging();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.MapHealthChecks("/health");
        app.MapControllers();
        return app;
    }
}
