using Microsoft.Extensions.Options;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>Site:BaseUrl: the address the site is published at, for absolute links that leave the site (the Atom feed).</summary>
public sealed class SiteOptions
{
    public string? BaseUrl { get; set; }
}

/// <summary>
/// The scheme, host and path base absolute links are built from. The request's Host header is the client's to choose,
/// so it is used only when the host is one the site answers to: Site:BaseUrl when configured; otherwise the request's
/// own host when it is one AllowedHosts names (not the "*" wildcard) or a loopback name for a local run; otherwise
/// nothing, and links stay root-relative (readers resolve them against the feed's own address), so
/// <c>Host: evil.example</c> never reaches a feed.
/// </summary>
public sealed class PublicBaseUrl(IOptions<SiteOptions> site, IConfiguration configuration)
{
    private readonly string? _configured = site.Value.BaseUrl is { Length: > 0 } url ? url.TrimEnd('/') : null;

    private readonly string[] _allowedHosts = (configuration["AllowedHosts"] ?? "")
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(h => h != "*")
        .ToArray();

    /// <summary>"https://example.org" (no trailing slash), or "" for root-relative links.</summary>
    public string For(HttpRequest request)
    {
        if (_configured is not null)
        {
            return _configured;
        }

        var host = request.Host.Host;
        return IsLoopback(host) || _allowedHosts.Any(allowed => Matches(allowed, host))
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : request.PathBase.Value ?? "";
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host is "127.0.0.1" or "[::1]" or "::1";

    // AllowedHosts' patterns: "example.org" or "*.example.org".
    private static bool Matches(string pattern, string host) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase)
            : host.Equals(pattern, StringComparison.OrdinalIgnoreCase);
}
