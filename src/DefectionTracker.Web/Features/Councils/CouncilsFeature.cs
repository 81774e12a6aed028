namespace DefectionTracker.Web.Features.Councils;

/// <summary>The councils feature's services.</summary>
public static class CouncilsFeature
{
    public static IServiceCollection AddCouncilsFeature(this IServiceCollection services)
    {
        services.AddScoped<CouncilSummariesQuery>();
        services.AddScoped<CouncilApiQuery>();
        services.AddScoped<CouncilPageQuery>();
        services.AddScoped<CouncilListQuery>();
        services.AddScoped<CouncilRegisterQuery>();
        return services;
    }
}
