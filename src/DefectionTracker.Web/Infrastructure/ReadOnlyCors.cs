using Microsoft.Net.Http.Headers;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>
/// Read-only CORS on the open data: any origin may GET (or HEAD) /api/*, /feeds/* and /data/*, and read the caching
/// headers; a preflight is answered for those methods only. Writes (the editing API's POST, PUT, DELETE) get no CORS
/// headers, so a browser on another origin cannot make them.
/// </summary>
internal static class ReadOnlyCors
{
    public const string AllowedMethods = "GET, HEAD";

    public const string AllowedHeaders = "If-None-Match, If-Modified-Since, Accept";

    public static bool Applies(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/feeds") || path.StartsWithSegments("/data") || path.StartsWithSegments("/openapi");

    public static IApplicationBuilder UseReadOnlyCors(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!Applies(request.Path) || !request.Headers.ContainsKey(HeaderNames.Origin))
            {
                await next(context);
                return;
            }

            var headers = context.Response.Headers;
            if (HttpMethods.IsOptions(request.Method) && request.Headers.TryGetValue(HeaderNames.AccessControlRequestMethod, out var method))
            {
                var asked = method.ToString();
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                if (HttpMethods.IsGet(asked) || HttpMethods.IsHead(asked))
                {
                    headers.AccessControlAllowOrigin = "*";
                    headers.AccessControlAllowMethods = AllowedMethods;
                    headers.AccessControlAllowHeaders = AllowedHeaders;
                    headers.AccessControlMaxAge = "86400";
                }

                return;
            }

            if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            {
                headers.AccessControlAllowOrigin = "*";
                headers.AccessControlExposeHeaders = "ETag, Last-Modified, Content-Disposition";
            }

            await next(context);
        });
}
