using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Features.Accounts;
using DefectionTracker.Web.Features.Councillors;
using DefectionTracker.Web.Features.Councils;
using DefectionTracker.Web.Features.Defections;
using DefectionTracker.Web.Features.Editing;
using DefectionTracker.Web.Features.Feeds;
using DefectionTracker.Web.Features.Grievances;
using DefectionTracker.Web.Features.Home;
using DefectionTracker.Web.Features.OpenData;
using DefectionTracker.Web.Features.Parties;
using DefectionTracker.Web.Features.Search;
using DefectionTracker.Web.Features.Shared;
using DefectionTracker.Web.Features.Sources;
using DefectionTracker.Web.Features.Stories;
using DefectionTracker.Web.Features.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DefectionTracker.Web.Infrastructure;

internal static class ServiceConfig
{
    /// <summary>
    /// JSON keeps every script readable (names such as "Ynys Môn" stay as they are) but escapes &lt; &gt; &amp; and quotes,
    /// so text from the address that a response repeats (a bad value in a ProblemDetails) is never markup.
    /// </summary>
    private static readonly SqliteInterruptOnCancel InterruptOnCancel = new();

    private static readonly JavaScriptEncoder JsonText = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static IServiceCollection AddAppServices(this IServiceCollection services, IConfiguration configuration,
        IWebHostEnvironment environment)
    {
        var connectionString = DataPaths.ResolveConnectionString(configuration, environment.ContentRootPath);
        // Start-up may switch the connection to a read-only one (DatabaseAccess); every scope after that opens it so.
        services.AddSingleton(new DatabaseAccess(connectionString));
        services.AddSingleton<StepPause>();
        services.AddDbContext<DefectionsDbContext>((sp, o) => o
            // A list in a query (ids.Contains(x)) goes as one JSON parameter, not one parameter per item: thousands of
            // ids made a new SQL text per count (parsed and planned each time), and past 32,766 SQLite refuses the command.
            .UseSqlite(sp.GetRequiredService<DatabaseAccess>().ConnectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(InterruptOnCancel)
            .ReplaceService<Microsoft.EntityFrameworkCore.Storage.IExceptionDetector, SqliteCancellationDetector>()

            // A failed write is thrown to whoever wrote (start-up, which reports it in one line naming the file):
            // EF's own logging of it, stack trace and all, would say it a second and third time.
            .ConfigureWarnings(w => w.Log(
                (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.TransactionError, LogLevel.Debug))));
        services.AddScoped<DatabaseSeeder>();
        services.AddScoped<DatasetExporter>();

        // "Today" for the dataset's future-date check; tests replace it with a fixed clock.
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<DatabaseStartup>();
        services
            .AddSharedFeatureServices()
            .AddHomeFeature()
            .AddCouncilsFeature()
            .AddDefectionsFeature()
            .AddCouncillorsFeature()
            .AddPartiesFeature()
            .AddTimelineFeature()
            .AddGrievancesFeature()
            .AddSearchFeature()
            .AddSourcesFeature()
            .AddFeedsFeature()
            .AddOpenDataFeature()
            .AddStoriesFeature()
            .AddAccountsFeature(configuration)
            .AddEditingFeature();

        // Last of the listeners (they are told in the order they are registered): cached pages are evicted only once
        // the search index and the shared council histories follow the change, so no page is cached from the old ones.
        services.AddScoped<IDatasetListener, OutputCacheInvalidation>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseIntegrityCheck>();
        services.AddHealthChecks().AddCheck<DatabaseIntegrityCheck>("database");
        services.AddProblemDetails();
        services.AddApiDocs();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JsonText);
        services.AddPerformance(configuration);
        services.AddAppRateLimiting(configuration);
        services.AddRequestLimits(configuration);
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection("Site"));
        services.AddSingleton<PublicBaseUrl>();
        services
            .AddControllersWithViews(o =>
            {
                // Every form that changes something carries an antiforgery token; a POST without one is a 400.
                o.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
                o.Conventions.Add(new ApiRoutesVisibleConvention());
            })
            .AddRazorOptions(o => o.ViewLocationExpanders.Add(new FeatureViewLocationExpander()))
            .AddJsonOptions(o =>
            {
                o.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
                o.JsonSerializerOptions.Encoder = JsonText;
                o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            });
        return services;
    }
}
