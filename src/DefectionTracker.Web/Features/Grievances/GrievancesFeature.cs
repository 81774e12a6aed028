namespace DefectionTracker.Web.Features.Grievances;

/// <summary>The grievances feature's services.</summary>
public static class GrievancesFeature
{
    public static IServiceCollection AddGrievancesFeature(this IServiceCollection services)
    {
        services.AddScoped<GrievancesQuery>();
        return services;
    }
}
