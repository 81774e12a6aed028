namespace DefectionTracker.Web.Features.Timeline;

/// <summary>The timeline feature's services.</summary>
public static class TimelineFeature
{
    public static IServiceCollection AddTimelineFeature(this IServiceCollection services)
    {
        services.AddScoped<TimelineQuery>();
        services.AddScoped<Shared.IWarmStep, TimelineWarmStep>();
        return services;
    }
}

/// <summary>The default timeline (Labour's losses, unfiltered), worked out after start and after each change.</summary>
public sealed class TimelineWarmStep(TimelineQuery timeline) : Shared.IWarmStep
{
    public string Name => "the timeline";

    public Task WarmAsync(CancellationToken ct) => timeline.GetAsync(TimelineQuery.DefaultParty, TimelineFilter.None, ct);
}
