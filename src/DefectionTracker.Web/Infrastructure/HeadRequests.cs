namespace DefectionTracker.Web.Infrastructure;

/// <summary>
/// HEAD wherever GET is: routes are declared with [HttpGet], which ASP.NET Core does not extend to HEAD, so monitors
/// and link checkers saw 405 on every page. A HEAD request is answered as the GET would be, with the same status and
/// headers, and its body thrown away. The method is put back afterwards so the request log says HEAD.
/// </summary>
internal static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            var body = context.Response.Body;
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });
}
