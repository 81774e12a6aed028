namespace DefectionTracker.Web.Features.Sources;

/// <summary>The sources feature's services.</summary>
public static class SourcesFeature
{
    public static IServiceCollection AddSourcesFeature(this IServiceCollection services)
    {
        services.AddScoped<SourcesQuery>();
        services.AddScoped<Shared.IWarmStep, SourcesWarmStep>();
        return services;
    }
}

/// <summary>The sources list's orders, totals and disagreements, worked out after start and after each change.</summary>
public sealed class SourcesWarmStep(SourcesQuery sources) : Shared.IWarmStep
{
    public string Name => "the sources";

    public Task WarmAsync(CancellationToken ct) => sources.WarmAsync(ct);
}
