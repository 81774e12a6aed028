namespace DefectionTracker.Web.Features.Councillors;

/// <summary>The councillors feature's services.</summary>
public static class CouncillorsFeature
{
    public static IServiceCollection AddCouncillorsFeature(this IServiceCollection services)
    {
        services.AddScoped<CouncillorPageQuery>();
        services.AddScoped<CouncillorListQuery>();
        return services;
    }
}
