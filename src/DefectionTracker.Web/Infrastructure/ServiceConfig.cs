using System.Text.Json;
using System.Text.Json.Serialization;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Infrastructure;

internal static class ServiceConfig
{
    public static IServiceCollection AddAppServices(this IServiceCollection services, IConfiguration configuration,
        IWebHostEnvironment environment)
    {
        var connectionString = DataPaths.ResolveConnectionString(configuration, environment.ContentRootPath);
        services.AddDbContext<DefectionsDbContext>(o => o.UseSqlite(connectionString));
        services.AddScoped<DatabaseSeeder>();
        services.AddHostedService<DatabaseStartup>();
        services.AddFeatureQueries();
        services.AddHealthChecks().AddDbContextCheck<DefectionsDbContext>("database");
        services.AddProblemDetails();
        services.AddPerformance();
        services
            .AddControllersWithViews()
            .AddJsonOptions(o =>
            {
                o.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
                o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            });
        return services;
    }

    /// <summary>
    /// Every *Query and *Queries class under Features/ is a scoped service, and every <see cref="IDatasetListener"/> is
    /// told after seeding: a feature adds one without touching this file.
    /// </summary>
    private static IServiceCollection AddFeatureQueries(this IServiceCollection services)
    {
        var queries = typeof(ServiceConfig).Assembly.GetTypes().Where(t =>
            t is { IsClass: true, IsAbstract: false, IsNested: false }
            && t.Namespace?.StartsWith("DefectionTracker.Web.Features", StringComparison.Ordinal) == true
            && (t.Name.EndsWith("Query", StringComparison.Ordinal) || t.Name.EndsWith("Queries", StringComparison.Ordinal)));
        foreach (var query in queries)
        {
            services.AddScoped(query);
        }

        var listeners = typeof(ServiceConfig).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDatasetListener).IsAssignableFrom(t));
        foreach (var listener in listeners)
        {
            services.AddScoped(typeof(IDatasetListener), listener);
        }

        return services;
    }
}
