namespace DefectionTracker.Web.Features.OpenData;

/// <summary>The open data feature's services (the export it reads is registered with the data layer).</summary>
public static class OpenDataFeature
{
    public static IServiceCollection AddOpenDataFeature(this IServiceCollection services)
    {
        services.AddSingleton<DownloadStore>();
        services.AddScoped<Data.Seeding.IDatasetListener, DownloadInvalidation>();
        return services;
    }
}
