using DefectionTracker.Web.Data.Seeding;
using Serilog;
using Serilog.AspNetCore;
using Serilog.Events;

namespace DefectionTracker.Web.Infrastructure;

internal static class LoggingConfig
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>Serilog for every log event: levels and sinks from the "Serilog" section of the configuration.</summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        // Serilog's logger factory replaces the default one (and its console provider) for every ILogger<T>.
        builder.Services.AddSerilog(
            (services, logger) => Configure(logger, services, builder.Configuration, services.GetRequiredService<IHttpContextAccessor>()),

            // Not the static Log.Logger: test hosts run several apps in one process.
            preserveStaticLogger: true);

        builder.Services.AddHttpContextAccessor();

        // The request logging middleware falls back to the static logger; it is told to use this app's logger.
        builder.Services.AddOptions<RequestLoggingOptions>()
            .Configure<Serilog.ILogger>((options, logger) =>
            {
                options.Logger = logger;

                // The query says what was asked for; RequestInputEscaper cuts it and escapes its control characters.
                options.IncludeQueryInRequestPath = true;
                options.GetLevel = RequestLevel;
            });
        return builder;
    }

    private static LoggerConfiguration Configure(LoggerConfiguration logger, IServiceProvider services, IConfiguration configuration,
        IHttpContextAccessor http) => logger
        .ReadFrom.Configuration(configuration)
        .ReadFrom.Services(services) // sinks registered as services, e.g. the tests' capturing sink
        .Enrich.FromLogContext()
        .Enrich.With(new RequestInputEscaper(http))
        .Filter.ByExcluding(IsHostReportOfStartupFailure)
        .Filter.ByExcluding(e => IsStartupCommandError(e, http));

    /// <summary>
    /// A failure is an error; a client that went away (499) is not, and a request stopped by the time limit (503) is a
    /// warning, or a flood of them would bury the errors that matter.
    /// </summary>
    private static LogEventLevel RequestLevel(HttpContext context, double elapsedMs, Exception? error) =>
        context.Response.StatusCode == StatusCodes.Status499ClientClosedRequest
            ? LogEventLevel.Information
            : context.Items.ContainsKey(RequestLimits.CancelledKey)
                ? LogEventLevel.Warning
                : error is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error : LogEventLevel.Information;

    /// <summary>
    /// A SQL command that fails at start-up (a read-only or damaged file) ends start-up, and Program.cs reports it in one
    /// line naming the file and the cause; EF's own report of it would add the command's SQL over many lines. A failed
    /// command while answering a request is still logged.
    /// </summary>
    private static bool IsStartupCommandError(LogEvent e, IHttpContextAccessor http) =>
        e.Level >= LogEventLevel.Error
        && http.HttpContext is null
        && e.Properties.TryGetValue("SourceContext", out var source)
        && source is ScalarValue { Value: "Microsoft.EntityFrameworkCore.Database.Command" or "Microsoft.EntityFrameworkCore.Migrations" };

    /// <summary>
    /// The host reports a failed start with the exception's message and stack trace; for a broken dataset (or a port
    /// already taken) Program.cs already logs the message (file, record and field; the address) once, and the stack
    /// trace says nothing an editor can use.
    /// </summary>
    private static bool IsHostReportOfStartupFailure(LogEvent e) =>
        (e.Exception is SeedValidationException or StartupFailureException || IsAddressInUse(e.Exception))
        && e.Properties.TryGetValue("SourceContext", out var source)
        && source is ScalarValue { Value: HostCategory };

    /// <summary>Kestrel could not listen (the port is taken): Program.cs says so in one line naming the address.</summary>
    public static bool IsAddressInUse(Exception? e) =>
        e is IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException }
        || (e is IOException && e.Message.StartsWith("Failed to bind", StringComparison.Ordinal));
}
