namespace DefectionTracker.Web.Features.Home;

/// <summary>The home feature's services.</summary>
public static class HomeFeature
{
    public static IServiceCollection AddHomeFeature(this IServiceCollection services)
    {
        services.AddScoped<HomeQuery>();
        services.AddScoped<SummaryQuery>();
        return services;
    }
}
