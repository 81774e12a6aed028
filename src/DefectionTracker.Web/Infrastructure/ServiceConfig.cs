using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Features.Councillors;
using DefectionTracker.Web.Features.Councils;
using DefectionTracker.Web.Features.Defections;
using DefectionTracker.Web.Features.Feeds;
using DefectionTracker.Web.Features.Grievances;
using DefectionTracker.Web.Features.Home;
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
        services.AddDbContext<DefectionsDbContext>(o => o
            .UseSqlite(connectionString)
            .AddInterceptors(InterruptOnCancel)
            .ReplaceService<Microsoft.EntityFrameworkCore.Storage.IExceptionDetector, SqliteCancellationDetector>());
        services.AddScoped<DatabaseSeeder>();

        // "Today" for the dataset's future-date check; tests replace it with a fixed clock.
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<DatabaseStartup>();
        services.AddScoped<IDatasetListener, OutputCacheInvalidation>();
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
            .AddStoriesFeature();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseIntegrityCheck>();
        services.AddHealthChecks().AddCheck<DatabaseIntegrityCheck>("database");
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JsonText);
        services.AddPerformance(configuration);
        services.AddAppRateLimiting(configuration);
        services.AddRequestLimits(configuration);
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection("Site"));
        services.AddSingleton<PublicBaseUrl>();
        services
            .AddControllersWithViews()
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
