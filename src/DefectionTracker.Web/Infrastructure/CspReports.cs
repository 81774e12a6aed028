using System.Text;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>
/// Where browsers send Content-Security-Policy violation reports (<c>report-uri</c> and the Reporting API's
/// <c>report-to</c>). Each report is logged at Warning, cut to a few kilobytes; the endpoint is rate-limited like the API.
/// </summary>
internal static class CspReports
{
    public const string Path = "/csp-reports";

    /// <summary>The name <c>report-to</c> uses, declared by the Reporting-Endpoints header.</summary>
    public const string EndpointName = "csp";

    private const int MaxBytes = 8 * 1024;

    public static IEndpointRouteBuilder MapCspReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, ReceiveAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, ILoggerFactory loggers)
    {
        var buffer = new byte[MaxBytes];
        var read = 0;
        while (read < buffer.Length && await context.Request.Body.ReadAsync(buffer.AsMemory(read), context.RequestAborted) is var n and > 0)
        {
            read += n;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, read);
        loggers.CreateLogger(typeof(CspReports).FullName!).LogWarning(
            "Content-Security-Policy report ({ContentType}, {Length} bytes read): {Report}",
            context.Request.ContentType, read, text);
        return Results.NoContent();
    }
}
