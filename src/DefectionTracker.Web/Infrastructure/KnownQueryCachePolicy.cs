using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Primitives;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>
/// The output cache's key holds only the query parameters the endpoint's action binds (read from its parameters, so a
/// new filter is keyed without being listed here); any other parameter is ignored for the key. Without this, each
/// made-up parameter (<c>/search?q=labour&amp;n=123</c>) made a new entry and evicted good ones.
/// The cache holds compressed bytes, so the key also holds the encoding response compression will choose for the
/// request ("br", "gzip" or none), not the raw Accept-Encoding header, whose endless spellings would each make an entry.
/// </summary>
public sealed class KnownQueryCachePolicy : IOutputCachePolicy
{
    public const string EncodingKey = "encoding";

    private readonly ConcurrentDictionary<Endpoint, StringValues> _keys = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.CacheVaryByRules.QueryKeys = context.HttpContext.GetEndpoint() is { } endpoint
            ? _keys.GetOrAdd(endpoint, KnownKeys)
            : StringValues.Empty;
        context.CacheVaryByRules.VaryByValues[EncodingKey] = EncodingFor(context.HttpContext);
        context.Tags.Add(CacheTags.For(context.HttpContext.Request.Path));
        return ValueTask.CompletedTask;
    }

    /// <summary>The encoding response compression would use for this request; "identity" when it would not compress.</summary>
    public static string EncodingFor(HttpContext context) =>
        context.RequestServices.GetService<IResponseCompressionProvider>() is { } compression
        && compression.CheckRequestAcceptsCompression(context) && compression.GetCompressionProvider(context) is { } provider
            ? provider.EncodingName
            : "identity";

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>The names an endpoint's action binds from the query: simple parameters, and the properties of a bound record.</summary>
    public static StringValues KnownKeys(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not { } action)
        {
            return StringValues.Empty;
        }

        var route = action.AttributeRouteInfo?.Template ?? "";
        var names = action.MethodInfo.GetParameters()
            .Where(p => p.ParameterType != typeof(CancellationToken) && p.Name is not null)
            .Where(p => !route.Contains("{" + p.Name, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => IsSimple(p.ParameterType)
                ? [p.Name!]
                : p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(x => x.CanWrite && IsSimple(x.PropertyType))
                    .Select(x => x.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        return new StringValues(names);
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal);
    }
}
