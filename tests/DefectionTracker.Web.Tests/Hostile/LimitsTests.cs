using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DefectionTracker.Web.Tests.Hostile;

/// <summary>Rate limiting, the output cache's key, the time limit per request and client disconnects.</summary>
public sealed class LimitsTests : IDisposable
{
    private readonly AppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static readonly Dictionary<string, string> Limited = new()
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:Burst"] = "3",
        ["RateLimiting:PerMinute"] = "1",
    };

    [Theory]
    [InlineData("/api/councils", "application/problem+json")]
    [InlineData("/search?q=gaza", "text/html")]
    [InlineData("/defections?party=labour", "text/html")]
    public async Task RateLimit_On_RefusesTheRequestAfterTheBurst_With429AndRetryAfter(string url, string mediaType)
    {
        using var app = HostileApps.With(_factory, Limited);
        using var client = app.Client();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        }

        var refused = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal(mediaType, refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains(mediaType == "text/html" ? "Too many requests" : "\"status\":429", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(_factory.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task RateLimit_On_NeverRefusesPlainPages()
    {
        using var app = HostileApps.With(_factory, Limited);
        using var client = app.Client();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/councils", UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task RateLimit_OffInTheTestHost_NeverRefuses()
    {
        using var client = _factory.CreateClient();
        for (var i = 0; i < 40; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/councils", UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task OutputCache_UnknownParameters_DoNotMakeNewEntries_KnownOnesDo()
    {
        using var cached = new AppFactory(outputCache: true);
        using var client = cached.CreateClient();

        var first = await client.GetAsync(new Uri("/search?q=gaza&n=1", UriKind.Relative));
        var otherUnknown = await client.GetAsync(new Uri("/search?q=gaza&n=2&utm_source=x", UriKind.Relative));
        var otherKnown = await client.GetAsync(new Uri("/search?q=fuel&n=1", UriKind.Relative));
        var caseOfName = await client.GetAsync(new Uri("/search?Q=gaza", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(otherUnknown.Headers.Age); // served from the cache
        Assert.Null(otherKnown.Headers.Age);
        Assert.NotNull(caseOfName.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await otherUnknown.Content.ReadAsStringAsync());
        Assert.NotEqual(await first.Content.ReadAsStringAsync(), await otherKnown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OutputCache_PagesWithoutParameters_IgnoreTheQueryEntirely()
    {
        using var cached = new AppFactory(outputCache: true);
        using var client = cached.CreateClient();

        await client.GetAsync(new Uri("/parties/labour", UriKind.Relative));
        var busted = await client.GetAsync(new Uri("/parties/labour?n=" + Guid.NewGuid(), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, busted.StatusCode);
        Assert.NotNull(busted.Headers.Age);
    }

    [Theory]
    [InlineData("/test-only/slow", "text/html", "Taking too long")]
    [InlineData("/test-only/slow-sql", "text/html", "Taking too long")]
    [InlineData("/api/test-only/slow-sql", "application/problem+json", "\"status\":503")]
    public async Task Request_OverTheTimeLimit_Is503WithAClearAnswer_AndNoErrorLogged(string url, string mediaType, string text)
    {
        using var app = HostileApps.With(_factory, new Dictionary<string, string> { ["RequestTimeouts:Seconds"] = "0.5" });
        using var client = app.Client();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(text, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var errors = _factory.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Category + ": " + e.Message).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Theory]
    [InlineData("/test-only/slow")]
    [InlineData("/test-only/slow-sql")]
    public async Task ClientThatGoesAway_IsLoggedAsSuch_NotAsAnError(string url)
    {
        using var app = HostileApps.With(_factory, new Dictionary<string, string> { ["RequestTimeouts:Seconds"] = "60" });
        using var client = app.Client();
        using var gone = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync(new Uri(url, UriKind.Relative), gone.Token));

        var logged = await WaitForAsync(() => _factory.Logs.Entries.Any(e => e.Message.Contains($"{url} responded 499", StringComparison.Ordinal)));
        Assert.True(logged, "no request log entry with 499:\n" + string.Join('\n', _factory.Logs.Entries.Select(e => e.Message).TakeLast(10)));
        Assert.Equal(LogLevel.Information, _factory.Logs.Entries.First(e => e.Message.Contains("responded 499", StringComparison.Ordinal)).Level);
        var errors = _factory.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Category + ": " + e.Message).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        return condition();
    }

    [Fact]
    public void TimeLimit_ForSaves_IsOnEveryWriteByTheTeam_AndOnNothingAnonymous()
    {
        var endpoints = _factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => (Route: e.RoutePattern.RawText ?? "",
                Methods: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? [],
                Policy: e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutAttribute>()?.PolicyName,
                Anonymous: e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() is null))
            .ToList();

        var saves = endpoints.Where(e => e.Methods.Any(m => m is "PUT" or "DELETE")
            || (e.Methods.Contains("POST") && System.Text.RegularExpressions.Regex.IsMatch(e.Route,
                "^(edit/(?!import)|api/reviews/|changes/|api/(defections|councillors|parties|councils|compositions|administrations|sources|quotes|grievances)$)"))).ToList();
        Assert.NotEmpty(saves);
        Assert.All(saves, e => Assert.True(e.Policy == "edits", $"{string.Join(",", e.Methods)} {e.Route} has the save time limit"));
        Assert.All(endpoints.Where(e => e.Policy == "edits"), e => Assert.False(e.Anonymous && !(e.Route.StartsWith("api/", StringComparison.Ordinal) && e.Methods.Any(m => m != "GET")),
            $"{e.Route}: the longer limit only where a member of the team is signed in"));
    }
}
