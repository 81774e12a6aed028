using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace DefectionTracker.Web.Tests.Hostile;

/// <summary>
/// Hostile input over every route the app maps and every query parameter its actions bind (read from the endpoints, so
/// new routes are covered without editing this list): long strings, control characters, NUL, newlines that would forge a
/// log line, Unicode, SQL and FTS syntax, negative, huge and overflowing numbers, dates past what a date holds, raw
/// escapes, duplicate parameters and odd methods. Whatever comes in: no 5xx, the input never comes back as markup, and
/// nothing is logged as an error. Runs on its own app so that its log holds only these requests.
/// </summary>
public sealed class HostileInputSuiteTests : IClassFixture<HostileInputSuiteTests.App>
{
    private readonly App _app;

    public HostileInputSuiteTests(App app) => _app = app;

    public sealed class App : IDisposable
    {
        public AppFactory Factory { get; } = new();

        public HttpClient Client { get; }

        public IReadOnlyList<HostileRoute> Routes { get; }

        public App()
        {
            Client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            Routes = HostileRoutes.All(Factory.Services);
        }

        public void Dispose()
        {
            Client.Dispose();
            Factory.Dispose();
        }
    }

    [Fact]
    public void Routes_AreReadFromTheApp_AndIncludeEveryKindOfPage()
    {
        var patterns = _app.Routes.Select(r => r.Pattern).ToList();

        Assert.Contains("/timeline", patterns);
        Assert.Contains("/api/defections", patterns);
        Assert.Contains("/councils/{slug}", patterns);
        Assert.Contains("/feeds/defections.atom", patterns);
        Assert.Contains(_app.Routes, r => r.Pattern == "/api/defections" && r.QueryParameters.Contains("page") && r.QueryParameters.Contains("pageSize"));
        Assert.Contains(_app.Routes, r => r.Pattern == "/timeline" && r.QueryParameters.Contains("to") && r.QueryParameters.Contains("page"));
        Assert.True(_app.Routes.Count >= 20, $"only {_app.Routes.Count} routes: {string.Join(", ", patterns)}");
    }

    [Fact]
    public async Task EveryQueryParameter_WithEveryHostileValue_IsAnsweredWithoutA5xxOrAnEcho()
    {
        var failures = new List<string>();
        var sent = 0;
        foreach (var route in _app.Routes)
        {
            foreach (var parameter in route.QueryParameters)
            {
                foreach (var value in HostileValues.All)
                {
                    sent++;
                    var url = $"{route.Path()}?{parameter}={Uri.EscapeDataString(value)}";
                    await CheckAsync(HttpMethod.Get, url, $"{route.Pattern} {parameter}={HostileValues.Describe(value)}", failures);
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sent}:\n" + string.Join('\n', failures.Take(60)));
        Assert.True(sent > 1_000, $"only {sent} requests");
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task EveryRouteValue_WithEveryHostileValue_IsAnsweredWithoutA5xxOrAnEcho()
    {
        var failures = new List<string>();
        foreach (var route in _app.Routes.Where(r => r.RouteParameters.Count > 0))
        {
            // NUL in a path: Kestrel refuses it with a 400 before the app sees it, and the test host cannot send it.
            foreach (var value in HostileValues.All.Where(v => v.Length > 0 && !v.Contains('\0', StringComparison.Ordinal)))
            {
                var url = route.Path(_ => Uri.EscapeDataString(value));
                await CheckAsync(HttpMethod.Get, url, $"{route.Pattern} with {HostileValues.Describe(value)}", failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(60)));
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task RawEscapes_DuplicateAndOddlyNamedParameters_AreAnsweredWithoutA5xx()
    {
        var failures = new List<string>();
        foreach (var route in _app.Routes)
        {
            foreach (var parameter in route.QueryParameters.DefaultIfEmpty("x"))
            {
                foreach (var raw in HostileValues.RawQueries)
                {
                    var url = route.Path() + raw.Replace("{p}", parameter, StringComparison.Ordinal);
                    await CheckAsync(HttpMethod.Get, url, $"{route.Pattern} {url}", failures);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(60)));
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task OddMethods_OnEveryRoute_AreAnsweredWithoutA5xx()
    {
        var failures = new List<string>();
        foreach (var route in _app.Routes)
        {
            foreach (var method in HostileValues.OddMethods)
            {
                await CheckAsync(new HttpMethod(method), route.Path(), $"{method} {route.Pattern}", failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        AssertNoErrorLogged();
    }

    [Theory]
    [InlineData("/timeline?to=9999")]
    [InlineData("/timeline?to=9999-12")]
    [InlineData("/timeline?from=9999-12-31")]
    [InlineData("/api/timeline?to=9999")]
    [InlineData("/api/timeline?to=9999-12")]
    [InlineData("/api/timeline?from=0001-01")]
    public async Task DateBeyondTheSaneRange_IsA400NamingTheField(string url)
    {
        var response = await _app.Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var field = url.Contains("from=", StringComparison.Ordinal) ? "from" : "to";
        Assert.Contains($"{field}:", body, StringComparison.Ordinal);
        Assert.Contains("1900 to 2100", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/error/0")]
    [InlineData("/error/200")]
    [InlineData("/error/500")]
    [InlineData("/error/503")]
    [InlineData("/error/404")]
    [InlineData("/error/2147483647")]
    public async Task ErrorPage_AskedForDirectly_IsNotFound(string url)
    {
        var response = await _app.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/defections?page=2147483647")]
    [InlineData("/api/defections?page=2147483647&pageSize=500")]
    [InlineData("/api/defections?page=21474837&pageSize=100")]
    public async Task ApiDefections_PageFarBeyondTheEnd_IsAnEmptyPage_NeverPageOne(string url)
    {
        var response = await _app.Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal(0, json.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(16, json.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/defections?page=2147483647")]
    [InlineData("/defections?page=2147483647&pageSize=100")]
    [InlineData("/defections?page=-2147483648")]
    [InlineData("/defections?page=2147483648")]
    [InlineData("/search?q=labour&page=2147483647")]
    [InlineData("/api/search?q=labour&page=2147483647&pageSize=100")]
    [InlineData("/timeline?page=2147483647")]
    [InlineData("/timeline?page=-1")]
    public async Task PageFarBeyondTheEnd_IsA400(string url)
    {
        var response = await _app.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task CheckAsync(HttpMethod method, string url, string what, List<string> failures)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        using var response = await _app.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500)
        {
            failures.Add($"{what}: {(int)response.StatusCode}");
        }
        else if (body.Contains(HostileValues.Marker, StringComparison.Ordinal))
        {
            failures.Add($"{what}: echoed the input unescaped");
        }
    }

    private void AssertNoErrorLogged()
    {
        var errors = _app.Factory.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Message}").Distinct().ToList();
        Assert.True(errors.Count == 0, "errors logged:\n" + string.Join('\n', errors.Take(20)));

        // A newline from the address must not start a line of its own in the log: it would forge an entry.
        var forged = _app.Factory.Logs.Entries.Where(e => e.Message.Contains("\n[00:00:00 ERR]", StringComparison.Ordinal)).Select(e => e.Message).ToList();
        Assert.True(forged.Count == 0, "log lines forged:\n" + string.Join('\n', forged.Take(5)));
    }
}
