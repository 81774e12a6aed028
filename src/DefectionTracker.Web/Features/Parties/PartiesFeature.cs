namespace DefectionTracker.Web.Features.Parties;

/// <summary>The parties feature's services.</summary>
public static class PartiesFeature
{
    public static IServiceCollection AddPartiesFeature(this IServiceCollection services)
    {
        services.AddScoped<PartyPageQuery>();
        services.AddScoped<PartyListQuery>();
        return services;
    }
}
