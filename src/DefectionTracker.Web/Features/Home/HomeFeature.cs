namespace DefectionTracker.Web.Features.Home;

/// <summary>The home feature's services.</summary>
public static class HomeFeature
{
    public static IServiceCollection AddHomeFeature(this IServiceCollection services)
    {
        services.AddScoped<HomeQuery>();
        services.AddScoped<SummaryQuery>();
        services.AddScoped<Shared.IWarmStep, HomeWarmStep>();
        return services;
    }
}

/// <summary>The home page's figures, worked out after start and after each change, before the first reader asks.</summary>
public sealed class HomeWarmStep(HomeQuery home) : Shared.IWarmStep
{
    public string Name => "the home page";

    public Task WarmAsync(CancellationToken ct) => home.GetAsync(ct);
}
