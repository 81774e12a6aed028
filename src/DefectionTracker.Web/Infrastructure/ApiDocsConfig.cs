using Scalar.AspNetCore;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>
/// The JSON API's OpenAPI 3.1 document (/openapi/v1.json, the /api/* endpoints only) and its reference page (/api/docs,
/// Scalar's UI served from the package, no network: no telemetry, no web fonts).
/// </summary>
internal static class ApiDocsConfig
{
    public const string DocsPath = "/api/docs";

    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddApiDocs(this IServiceCollection services)
    {
        services.AddOpenApi("v1", o =>
        {
            o.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1;
            o.ShouldInclude = d => d.RelativePath is { } path && path.StartsWith("api/", StringComparison.Ordinal) && !path.StartsWith("api/docs", StringComparison.Ordinal);
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "DefectionTracker API";
                document.Info.Description =
                    "A sourced record of UK councillors leaving their parties. Read endpoints (GET) need no key, allow any origin (CORS) "
                    + "and answer ETag / Last-Modified from the data version (If-None-Match gives 304). JSON names are camelCase and enum "
                    + "values camelCase strings; an unknown value is null, never a guess. Bulk downloads (CSV, Popolo, the dataset zip): /data. "
                    + "Data licence: CC BY 4.0.";
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference(DocsPath, o =>
        {
            o.Title = "DefectionTracker API";
            o.OpenApiRoutePattern = "/openapi/{documentName}.json";
            o.Telemetry = false;
            o.DefaultFonts = false;
        });
        return app;
    }
}

/// <summary>
/// Every action routed under /api/ is in the API description (the OpenAPI document), whether or not its controller is an
/// [ApiController]; pages that return HTML are not.
/// </summary>
internal sealed class ApiRoutesVisibleConvention : Microsoft.AspNetCore.Mvc.ApplicationModels.IActionModelConvention
{
    public void Apply(Microsoft.AspNetCore.Mvc.ApplicationModels.ActionModel action)
    {
        if (action.Selectors.Any(s => s.AttributeRouteModel?.Template?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true))
        {
            action.ApiExplorer.IsVisible = true;
        }
    }
}
