namespace DefectionTracker.Web.Features.Grievances;

/// <summary>The grievances feature's services.</summary>
public static class GrievancesFeature
{
    public static IServiceCollection AddGrievancesFeature(this IServiceCollection services)
    {
        services.AddScoped<GrievancesQuery>();
        services.AddScoped<Shared.IWarmStep, GrievancesWarmStep>();
        return services;
    }
}

/// <summary>The grievances' counts (/grievances, /api/grievances) worked out before anyone asks.</summary>
public sealed class GrievancesWarmStep(GrievancesQuery grievances) : Shared.IWarmStep
{
    public string Name => "the grievances";

    public Task WarmAsync(CancellationToken ct) => grievances.ListAsync(ct);
}
