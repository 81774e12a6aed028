namespace DefectionTracker.Web.Features.Defections;

/// <summary>The defections feature's services.</summary>
public static class DefectionsFeature
{
    public static IServiceCollection AddDefectionsFeature(this IServiceCollection services)
    {
        services.AddScoped<DefectionPageQuery>();
        services.AddScoped<DefectionListQuery>();
        services.AddScoped<DefectionApiQuery>();
        return services;
    }
}
