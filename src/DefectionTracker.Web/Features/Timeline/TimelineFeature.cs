namespace DefectionTracker.Web.Features.Timeline;

/// <summary>The timeline feature's services.</summary>
public static class TimelineFeature
{
    public static IServiceCollection AddTimelineFeature(this IServiceCollection services)
    {
        services.AddScoped<TimelineQuery>();
        return services;
    }
}
