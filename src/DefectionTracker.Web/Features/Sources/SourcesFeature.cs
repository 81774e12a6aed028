namespace DefectionTracker.Web.Features.Sources;

/// <summary>The sources feature's services.</summary>
public static class SourcesFeature
{
    public static IServiceCollection AddSourcesFeature(this IServiceCollection services)
    {
        services.AddScoped<SourcesQuery>();
        return services;
    }
}
