using Microsoft.AspNetCore.Mvc.Razor;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>
/// Finds a feature's views beside its code: Features/{controller}/Views/{view}.cshtml, then the partials several features
/// share in Views/Shared. Each feature folder holds its controller, queries, view models and views together.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private static readonly string[] Locations =
    [
        "/Features/{1}/Views/{0}.cshtml",
        "/Views/Shared/{0}.cshtml",
    ];

    public void PopulateValues(ViewLocationExpanderContext context)
    {
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        Locations;
}
