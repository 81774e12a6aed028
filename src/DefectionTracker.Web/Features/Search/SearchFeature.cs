using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;

namespace DefectionTracker.Web.Features.Search;

/// <summary>The search feature's services.</summary>
public static class SearchFeature
{
    public static IServiceCollection AddSearchFeature(this IServiceCollection services)
    {
        services.AddScoped<SearchQuery>();
        services.AddSingleton<SearchSnapshots>();
        services.AddScoped<Shared.IWarmStep, SearchWarmStep>();
        services.AddScoped<SearchVocabulary>();
        services.AddScoped<IDatasetListener, SearchIndex>();
        return services;
    }
}

/// <summary>Reads the search index's <see cref="SearchSnapshot"/> after start and after each change, before the first search needs it.</summary>
public sealed class SearchWarmStep(DefectionsDbContext db, SearchSnapshots snapshots) : Shared.IWarmStep
{
    public string Name => "the search snapshot";

    public Task WarmAsync(CancellationToken ct) => snapshots.RefreshAsync(db, ct);
}
