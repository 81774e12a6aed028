using System.Reflection;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Hostile;

/// <summary>One route of the app: its pattern, the route values it takes and the query parameters its action binds.</summary>
public sealed record HostileRoute(string Pattern, IReadOnlyList<string> RouteParameters, IReadOnlyList<string> QueryParameters)
{
    /// <summary>The route with ordinary values in its placeholders, so the query parameters reach the action.</summary>
    public string Path(Func<string, string>? routeValue = null) =>
        "/" + string.Join('/', Pattern.Trim('/').Split('/').Select(segment =>
            segment.StartsWith('{') ? routeValue?.Invoke(segment) ?? OrdinaryValue(segment) : segment));

    private static string OrdinaryValue(string segment) => segment.Contains(":int", StringComparison.Ordinal) ? "404" : "labour";
}

/// <summary>
/// Every route the app maps, read from its endpoints rather than listed by hand, so a new page or endpoint joins the
/// hostile suite without anyone remembering to add it.
/// </summary>
public static class HostileRoutes
{
    public static IReadOnlyList<HostileRoute> All(IServiceProvider services)
    {
        var routes = new Dictionary<string, HostileRoute>(StringComparer.Ordinal);
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (pattern.StartsWith("/test-only", StringComparison.Ordinal))
            {
                continue;
            }

            var routeParameters = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList();
            var query = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action
                ? QueryParameters(action, routeParameters)
                : [];
            routes[pattern] = routes.TryGetValue(pattern, out var known)
                ? known with { QueryParameters = [.. known.QueryParameters.Union(query, StringComparer.OrdinalIgnoreCase)] }
                : new HostileRoute(pattern, routeParameters, query);
        }

        return [.. routes.Values.OrderBy(r => r.Pattern, StringComparer.Ordinal)];
    }

    private static List<string> QueryParameters(ControllerActionDescriptor action, List<string> routeParameters) =>
    [
        .. action.MethodInfo.GetParameters()
            .Where(p => p.ParameterType != typeof(CancellationToken))
            .Where(p => !routeParameters.Contains(p.Name!, StringComparer.OrdinalIgnoreCase))
            .SelectMany(p => IsSimple(p.ParameterType)
                ? [p.Name!]
                : p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(x => x.CanWrite && IsSimple(x.PropertyType))
                    .Select(x => char.ToLowerInvariant(x.Name[0]) + x.Name[1..])),
    ];

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal);
    }
}

/// <summary>The values the suite sends: the probe's categories and more.</summary>
public static class HostileValues
{
    /// <summary>Markup that must never come back as markup: if the response holds it raw, the input was echoed unescaped.</summary>
    public const string Marker = "<hostile-7f3 x=1>";

    public static readonly string[] All =
    [
        // markup and script
        Marker, "\"'>" + Marker, "</title>" + Marker, "<script>alert(1)</script>" + Marker, "javascript:alert(1)",

        // numbers: negative, zero, huge, overflowing, not whole
        "-1", "0", "-2147483648", "2147483647", "2147483648", "99999999999999999999", "1e9", "1.5", "0x10", "NaN", "+1",

        // dates at and past the edges of what a date holds
        "9999", "9999-12", "9999-12-31", "10000", "0001", "0001-01-01", "0000", "-0001", "2024-13", "2024-02-30", "2024-1-1",

        // control characters, NUL, newlines that would forge a log line, escapes
        "\0", "a\0b", "\u0001\u0002\u001b[31m", "x\n[00:00:00 ERR] forged", "x\r\nSet-Cookie: a=1", "\t", "\u007f\u0085\u2028",

        // unicode: right-to-left, combining, emoji, lone surrogates, non-characters
        "\u202Elabour", "غزة", "ＬＡＢＯＵＲ", "e\u0301\u0301", "🙂", "\uD83D", "\uFFFF", "İ",

        // SQL, FTS5 and template syntax, paths
        "' OR '1'='1", "'; DROP TABLE Defections; --", "\" NEAR(", "*", "labour*", "{{7*7}}", "${jndi:ldap://x}", "%s%n{0}",
        "../../etc/passwd", "..%2f..%2f", "%00", "%", "true", "false", "date", "publisher",

        // length
        "", " ", new string('x', 2_000), string.Concat(Enumerable.Repeat("🙂", 1_000)),
    ];

    /// <summary>Query strings sent as they are, not encoded by the suite: raw escapes, duplicates, empty names.</summary>
    public static readonly string[] RawQueries =
    [
        "?{p}=%00", "?{p}=%", "?{p}=%ZZ", "?{p}=%0a[00:00:00%20ERR]%20forged", "?{p}=%c0%ae", "?{p}=%ff%fe", "?{p}=1&{p}=2",
        "?{p}=a&{p}=%3Cb%3E&{p}=", "?{p}", "?{p}=", "?=&&&", "?{p}[]=1", "?{p}[0]=1&{p}[1]=2", "?{p}.x=1", "?%00=1",
    ];

    public static readonly string[] OddMethods = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "HEAD", "FOO"];

    public static string Describe(string value) =>
        value.Length > 40
            ? $"<{value.Length} chars: {Escape(value[..20])}…>"
            : Escape(value);

    private static string Escape(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
