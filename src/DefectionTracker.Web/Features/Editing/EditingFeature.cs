namespace DefectionTracker.Web.Features.Editing;

/// <summary>Editing the record: the change pipeline, history, the review queue and the write API.</summary>
public static class EditingFeature
{
    public static IServiceCollection AddEditingFeature(this IServiceCollection services)
    {
        services.AddScoped<IRecordStore, DatasetRecordStore>();
        services.AddScoped<ChangeService>();
        services.AddScoped<RevisionsQuery>();
        services.AddScoped<EditOptionsQuery>();
        return services;
    }
}
