using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>
/// Finds a feature's views beside its code: Features/{feature}/Views/{view}.cshtml, where the feature is the last part
/// of the controller's namespace (so a feature may hold several controllers), then Features/{controller}/Views, then
/// the partials several features share in Views/Shared. Each feature folder holds its controllers, queries, view
/// models and views together.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    private static readonly string[] Locations =
    [
        "/Features/{1}/Views/{0}.cshtml",
        "/Views/Shared/{0}.cshtml",
    ];

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns
            && ns.StartsWith("DefectionTracker.Web.Features.", StringComparison.Ordinal))
        {
            context.Values[FeatureKey] = ns["DefectionTracker.Web.Features.".Length..];
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(FeatureKey, out var feature) && feature is not null
            ? [$"/Features/{feature}/Views/{{0}}.cshtml", .. Locations]
            : Locations;
}
