namespace DefectionTracker.Web.Features.Stories;

/// <summary>The stories feature's services.</summary>
public static class StoriesFeature
{
    public static IServiceCollection AddStoriesFeature(this IServiceCollection services) => services.AddScoped<StoryQuery>();
}
