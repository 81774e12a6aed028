using Microsoft.AspNetCore.HttpLogging;
using Serilog;

namespace DefectionTracker.Web.Infrastructure;

internal static class LoggingConfig
{
    /// <summary>Serilog (levels and sinks from the "Serilog" section) plus one HTTP log event per request.</summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        // Not the static Log.Logger: test hosts run several apps in one process.
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        builder.Services.AddHttpLogging(o =>
        {
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.RequestQuery | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });
        return builder;
    }
}
