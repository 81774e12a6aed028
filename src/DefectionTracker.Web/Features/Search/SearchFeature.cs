using DefectionTracker.Web.Data.Seeding;

namespace DefectionTracker.Web.Features.Search;

/// <summary>The search feature's services.</summary>
public static class SearchFeature
{
    public static IServiceCollection AddSearchFeature(this IServiceCollection services)
    {
        services.AddScoped<SearchQuery>();
        services.AddScoped<SearchVocabulary>();
        services.AddScoped<IDatasetListener, SearchIndex>();
        return services;
    }
}
