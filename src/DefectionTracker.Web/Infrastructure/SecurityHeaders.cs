namespace DefectionTracker.Web.Infrastructure;

/// <summary>
/// Security headers on every response (pages, JSON, static files and error pages) and the rule for when HTTPS
/// redirection applies.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// No script at all (the site runs none: charts are server-rendered SVG, forms are plain GET forms), no inline style
    /// (CSS comes from /css; party colours are SVG presentation attributes, which a CSP does not treat as inline style),
    /// no data: images (nothing uses them). Violations are reported to <see cref="CspReports.Path"/>.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; "
        + "report-uri " + CspReports.Path + "; report-to " + CspReports.EndpointName;

    /// <summary>
    /// The API reference page (<see cref="ApiDocsConfig.DocsPath"/>) only: Scalar's UI runs script and sets styles inline,
    /// so this one path allows inline script and style (and data: images and fonts, which its bundle uses); still nothing
    /// from another origin, and still never framed.
    /// </summary>
    public const string ApiDocsContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; "
        + "report-uri " + CspReports.Path + "; report-to " + CspReports.EndpointName;

    /// <summary>Pages made to be framed by other sites (the embeddable charts) live under this path, and only they.</summary>
    public const string EmbedPath = "/embed";

    /// <summary>Pages under <see cref="EmbedPath"/>: the site's own policy, except that any site may frame them.</summary>
    public const string EmbedContentSecurityPolicy =
        "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; frame-ancestors *; base-uri 'self'; form-action 'self'; "
        + "report-uri " + CspReports.Path + "; report-to " + CspReports.EndpointName;

    /// <summary>
    /// The policy for a path: <see cref="ApiDocsContentSecurityPolicy"/> under /api/docs, <see cref="EmbedContentSecurityPolicy"/>
    /// under /embed, <see cref="ContentSecurityPolicy"/> everywhere else.
    /// </summary>
    public static string PolicyFor(PathString path) =>
        path.StartsWithSegments(ApiDocsConfig.DocsPath) ? ApiDocsContentSecurityPolicy
        : IsEmbed(path) ? EmbedContentSecurityPolicy
        : ContentSecurityPolicy;

    public static bool IsEmbed(PathString path) => path.StartsWithSegments(EmbedPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>The Reporting API's name for the report endpoint, which <c>report-to</c> refers to.</summary>
    public const string ReportingEndpoints = CspReports.EndpointName + "=\"" + CspReports.Path + "\"";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>
    /// Adds the headers just before the response starts, so that they survive the exception handler, which clears
    /// the headers of a failed response before it renders the error page.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var context = (HttpContext)state;
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = PolicyFor(context.Request.Path);
                headers["Reporting-Endpoints"] = ReportingEndpoints;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = ReferrerPolicy;
                headers["Permissions-Policy"] = PermissionsPolicy;
                if (!IsEmbed(context.Request.Path))
                {
                    // X-Frame-Options has no "any site": embeddable pages leave it out and rely on frame-ancestors.
                    headers.XFrameOptions = "DENY";
                }

                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            }, context);
            await next(context);
        });

    /// <summary>
    /// True when the app is told about an HTTPS port or listens on an https:// address: only then does redirecting
    /// to HTTPS make sense. A plain local HTTP run has neither, and gets no redirection and no warning about it.
    /// </summary>
    public static bool IsHttpsConfigured(IConfiguration configuration)
    {
        // https_port (host setting), HTTPS_PORT (from ASPNETCORE_HTTPS_PORT) and HttpsRedirection:HttpsPort.
        if (!string.IsNullOrWhiteSpace(configuration["https_port"])
            || !string.IsNullOrWhiteSpace(configuration["HttpsRedirection:HttpsPort"]))
        {
            return true;
        }

        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"] ?? "");
        return urls.Concat(endpoints).Any(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
    }
}
