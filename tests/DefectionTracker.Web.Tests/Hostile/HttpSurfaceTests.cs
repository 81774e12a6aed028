using System.Net;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;

namespace DefectionTracker.Web.Tests.Hostile;

/// <summary>HEAD wherever GET is; the CSP report endpoint; the host and proxy headers a client can forge.</summary>
public sealed class HttpSurfaceTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly AppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/councils")]
    [InlineData("/timeline?to=2025")]
    [InlineData("/api/defections")]
    [InlineData("/feeds/defections.atom")]
    [InlineData("/css/site.css")]
    [InlineData("/health")]
    public async Task Head_WhereGetAnswers_IsTheSameStatusAndTypeWithNoBody(string url)
    {
        using var client = _factory.CreateClient();
        using var get = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Contains(_factory.Logs.Entries, e => e.Message.StartsWith($"HTTP HEAD {url.Split('?')[0]}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Head_OnAnUnknownPage_Is404()
    {
        using var client = _factory.CreateClient();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/no-such-page", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task CspReport_IsLoggedAtWarning_WithTheInputEscaped()
    {
        using var client = _factory.CreateClient();
        using var content = new StringContent(
            "{\"csp-report\":{\"blocked-uri\":\"https://evil.example/x.js\",\"violated-directive\":\"script-src 'none'\"}}\n[00:00:00 ERR] forged",
            System.Text.Encoding.UTF8, "application/csp-report");

        var response = await client.PostAsync(new Uri("/csp-reports", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var report = Assert.Single(_factory.Logs.Entries, e => e.Message.StartsWith("Content-Security-Policy report", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, report.Level);
        Assert.Contains("https://evil.example/x.js", report.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', report.Message);
    }

    [Fact]
    public async Task CspReport_LargerThanTheCap_IsCutNotRefused()
    {
        using var client = _factory.CreateClient();
        using var content = new StringContent(new string('x', 100_000), System.Text.Encoding.UTF8, "application/reports+json");

        var response = await client.PostAsync(new Uri("/csp-reports", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var report = Assert.Single(_factory.Logs.Entries, e => e.Message.StartsWith("Content-Security-Policy report", StringComparison.Ordinal));
        Assert.True(report.Message.Length < 2_000, $"{report.Message.Length} characters logged");
    }

    [Fact]
    public async Task Feed_WithAForgedHost_NeverLinksToIt()
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/feeds/defections.atom", UriKind.Relative));
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("evil.example", body, StringComparison.OrdinalIgnoreCase);
        var self = XDocument.Parse(body).Root!.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.Equal("/feeds/defections.atom", (string?)self.Attribute("href"));
    }

    [Fact]
    public async Task Feed_WithSiteBaseUrl_LinksToTheConfiguredAddress_WhateverTheHost()
    {
        using var app = HostileApps.With(_factory, new Dictionary<string, string> { ["Site:BaseUrl"] = "https://defections.example.org/" });
        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/feeds/defections.atom", UriKind.Relative));
        request.Headers.Host = "evil.example";

        var body = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.DoesNotContain("evil.example", body, StringComparison.OrdinalIgnoreCase);
        var links = XDocument.Parse(body).Descendants(Atom + "link").Select(l => (string)l.Attribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith("https://defections.example.org/", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_WithAHostAllowedHostsNames_LinksToThatHost()
    {
        using var app = HostileApps.With(_factory, new Dictionary<string, string> { ["AllowedHosts"] = "news.example;localhost" });
        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/feeds/defections.atom", UriKind.Relative));
        request.Headers.Host = "news.example";

        var body = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        var self = XDocument.Parse(body).Root!.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.Equal("http://news.example/feeds/defections.atom", (string?)self.Attribute("href"));
    }

    [Theory]
    [InlineData(false, "10.0.0.5", "http")]
    [InlineData(true, "10.0.0.5", "https")]
    [InlineData(true, "203.0.113.9", "http")]
    public async Task ForwardedProto_IsHonouredOnlyWhenEnabled_AndFromAKnownProxy(bool enabled, string remote, string expectedScheme)
    {
        using var app = HostileApps.With(_factory, new Dictionary<string, string>
        {
            ["ForwardedHeaders:Enabled"] = enabled ? "true" : "false",
            ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.5",
        }, IPAddress.Parse(remote));
        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/feeds/defections.atom", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.7");

        var body = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        var self = XDocument.Parse(body).Root!.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.Equal($"{expectedScheme}://localhost/feeds/defections.atom", (string?)self.Attribute("href"));
    }
}
