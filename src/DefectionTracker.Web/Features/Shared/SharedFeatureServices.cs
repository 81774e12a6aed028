namespace DefectionTracker.Web.Features.Shared;

/// <summary>The pieces several features use.</summary>
public static class SharedFeatureServices
{
    public static IServiceCollection AddSharedFeatureServices(this IServiceCollection services)
    {
        services.AddScoped<CouncilHistoryQuery>();
        services.AddSingleton<CouncilHistoryStore>();
        services.AddHostedService<CouncilHistoryWarmup>();
        services.AddSingleton<DataMemo>();
        services.AddScoped<Data.Seeding.IDatasetListener, SharedValuesInvalidation>();
        services.AddScoped<AdministrationsQuery>();
        services.AddScoped<PartyLabelsQuery>();
        services.AddScoped<DefectionDetailsQuery>();
        services.AddScoped<PartyLossesQuery>();
        services.AddScoped<DataStampQuery>();
        services.AddScoped<PageCitations>();
        return services;
    }
}
