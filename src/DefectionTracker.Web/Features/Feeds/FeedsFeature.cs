namespace DefectionTracker.Web.Features.Feeds;

/// <summary>The feeds feature's services.</summary>
public static class FeedsFeature
{
    public static IServiceCollection AddFeedsFeature(this IServiceCollection services)
    {
        services.AddScoped<DefectionFeedQuery>();
        return services;
    }
}
