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
using Microsoft.AspNetCore.DataProtection;
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
        var provider = DatabaseProviders.From(configuration);
        services.AddSingleton(new DatabaseSettings(provider, ChangePoll(configuration, provider)));
        services.AddSingleton<StepPause>();

        // A failed write is thrown to whoever wrote (start-up, which reports it in one line naming the file):
        // EF's own logging of it, stack trace and all, would say it a second and third time.
        static void QuietFailures(DbContextOptionsBuilder o) => o.ConfigureWarnings(w => w.Log(
            (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.TransactionError, LogLevel.Debug)));

        if (provider == DatabaseProvider.Postgres)
        {
            var postgres = DatabaseProviders.PostgresConnectionString(configuration);
            services.AddSingleton(new DatabaseAccess(postgres));

            // Npgsql cancels a running statement itself when the token fires; nothing like SqliteInterruptOnCancel is needed.
            services.AddDbContext<DefectionsDbContext, PostgresDefectionsDbContext>((sp, o) =>
                QuietFailures(o.UseNpgsql(sp.GetRequiredService<DatabaseAccess>().ConnectionString)));
        }
        else
        {
            var connectionString = DataPaths.ResolveConnectionString(configuration, environment.ContentRootPath);

            // Start-up may switch the connection to a read-only one (DatabaseAccess); every scope after that opens it so.
            services.AddSingleton(new DatabaseAccess(connectionString));
            services.AddDbContext<DefectionsDbContext>((sp, o) => QuietFailures(o
                // A list in a query (ids.Contains(x)) goes as one JSON parameter, not one parameter per item: thousands of
                // ids made a new SQL text per count (parsed and planned each time), and past 32,766 SQLite refuses the command.
                // (Npgsql sends a list as one array parameter already.)
                .UseSqlite(sp.GetRequiredService<DatabaseAccess>().ConnectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .AddInterceptors(InterruptOnCancel)
                .ReplaceService<Microsoft.EntityFrameworkCore.Storage.IExceptionDetector, SqliteCancellationDetector>()));
        }

        services.AddScoped<DatabaseSeeder>();
        services.AddScoped<DatasetExporter>();

        // "Today" for the dataset's future-date check; tests replace it with a fixed clock.
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<DatabaseStartup>();

        // After start-up (hosted services start in order): from then on, changes made through other instances are heard.
        services.AddHostedService<DataVersionWatcher>();

        // Keys in the database: a cookie or antiforgery token issued by one instance is read by every other. Registered
        // after start-up, whose migration creates their table, so that the key ring is first read from a migrated database.
        services.AddDataProtection()
            .SetApplicationName("DefectionTracker")
            .PersistKeysToDbContext<DefectionsDbContext>();
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

    /// <summary>
    /// How often an instance looks for changes made by another (Database:ChangePollMilliseconds): every 500 ms on
    /// PostgreSQL, where several instances share the database; off (0) on SQLite unless set.
    /// </summary>
    private static TimeSpan ChangePoll(IConfiguration configuration, DatabaseProvider provider) =>
        TimeSpan.FromMilliseconds(configuration.GetValue<int?>("Database:ChangePollMilliseconds")
            ?? (provider == DatabaseProvider.Postgres ? 500 : 0));
}
