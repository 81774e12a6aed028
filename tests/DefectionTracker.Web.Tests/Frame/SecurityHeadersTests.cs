using System.Net;
using DefectionTracker.Web.Infrastructure;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace DefectionTracker.Web.Tests.Frame;

[Collection(SharedAppCollection.Name)]
public class SecurityHeadersTests(SharedAppFixture app)
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/sources", HttpStatusCode.OK)]
    [InlineData("/api/sources", HttpStatusCode.OK)]
    [InlineData("/api/defections", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/favicon.ico", HttpStatusCode.OK)]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/api/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("/sources?sort=nonsense", HttpStatusCode.BadRequest)]
    public async Task EveryKindOfResponse_CarriesTheSecurityHeaders(string url, HttpStatusCode status)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        SecurityHeaderAssert.Headers(response);
    }

    [Fact]
    public async Task PlainHttpApp_DoesNotRedirect_AndLogsNoHttpsWarning()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/sources");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(app.Factory.Logs.Entries, e => e.Message.Contains("https port", StringComparison.OrdinalIgnoreCase));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}

public class HttpsRedirectionTests
{
    [Fact]
    public async Task AppWithAnHttpsPort_RedirectsPlainHttpToHttps()
    {
        using var factory = new AppFactory();
        using var https = factory.WithWebHostBuilder(b => b.UseSetting("https_port", "8443"));
        using var client = https.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("http://localhost/sources");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://localhost:8443/sources", response.Headers.Location?.ToString());
        SecurityHeaderAssert.Headers(response);
    }

    [Theory]
    [InlineData(null, null, null, false)]
    [InlineData("http://127.0.0.1:5000", null, null, false)]
    [InlineData("http://localhost:5000;http://127.0.0.1:5001", null, null, false)]
    [InlineData("http://localhost:5000;https://localhost:5001", null, null, true)]
    [InlineData(null, "443", null, true)]
    [InlineData(null, null, "https://0.0.0.0:8443", true)]
    [InlineData(null, null, "http://0.0.0.0:8080", false)]
    public void IsHttpsConfigured_OnlyWithAnHttpsPortOrAnHttpsAddress(string? urls, string? httpsPort, string? kestrelUrl, bool expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = urls,
            ["https_port"] = httpsPort,
            ["Kestrel:Endpoints:Main:Url"] = kestrelUrl,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        Assert.Equal(expected, SecurityHeaders.IsHttpsConfigured(configuration));
    }

    [Fact]
    public void IsHttpsConfigured_ReadsAspNetCoreHttpsPortFromTheEnvironmentVariablesProvider()
    {
        // ASPNETCORE_HTTPS_PORT arrives as HTTPS_PORT (the host strips the prefix); configuration keys ignore case.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["HTTPS_PORT"] = "443" })
            .Build();

        Assert.True(SecurityHeaders.IsHttpsConfigured(configuration));
    }
}

internal static class SecurityHeaderAssert
{
    /// <summary>The headers every response must carry, whatever produced it.</summary>
    public static void Headers(HttpResponseMessage response)
    {
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.Ordinal);
        Assert.Equal("default-src 'self'", directives["default-src"]);
        Assert.Equal("script-src 'none'", directives["script-src"]);
        Assert.Equal("style-src 'self'", directives["style-src"]);
        Assert.Equal("img-src 'self'", directives["img-src"]);
        Assert.Equal("report-uri /csp-reports", directives["report-uri"]);
        Assert.Equal("report-to csp", directives["report-to"]);
        Assert.Equal("csp=\"/csp-reports\"", Assert.Single(response.Headers.GetValues("Reporting-Endpoints")));
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("base-uri 'self'", directives["base-uri"]);
        Assert.Equal("form-action 'self'", directives["form-action"]);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }
}
