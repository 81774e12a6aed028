using System.Net;
using DefectionTracker.Web.Features.Error;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace DefectionTracker.Web.Tests.Frame;

[Collection(SharedAppCollection.Name)]
public class NotFoundPageTests(SharedAppFixture app)
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/councils-of-mars/x/y")]
    [InlineData("/css/no-such-file.css")]
    public async Task UnknownUrl_GetsTheSites404Page_WithStatus404(string url)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Page not found · DefectionTracker</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Page not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-footer\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiUrl_GetsProblemDetails_NotTheHtmlPage()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":404", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcesWithUnknownOrder_Gets400Page_NotA500()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/sources?sort=shoe-size");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>Bad request</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public class ServerErrorPageTests : IClassFixture<ThrowingAppFixture>
{
    private readonly ThrowingAppFixture _app;

    public ServerErrorPageTests(ThrowingAppFixture app) => _app = app;

    [Fact]
    public async Task UnhandledException_Gets500PageInTheLayout_WithoutTheExceptionOrStackTrace()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/test-only/throw");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Something went wrong</h1>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ThrowingEndpointStartupFilter", html, StringComparison.Ordinal);
        Assert.DoesNotContain("at Microsoft.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("at DefectionTracker.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnhandledException_IsLoggedOnceAtError_WithTheExceptionAndTheReferenceShownToThePerson()
    {
        using var client = _app.CreateClient();

        var html = await (await client.GetAsync("/test-only/throw?case=logging")).Content.ReadAsStringAsync();

        var errors = _app.Logs.Entries.Where(e => e.Level >= LogLevel.Error && e.Exception?.Message == ThrowingEndpointStartupFilter.SecretMessage).ToList();
        var logged = Assert.Single(errors, e => html.Contains(ReferenceIn(e.Message), StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Equal(typeof(ErrorController).FullName, logged.Category);
        Assert.Contains("/test-only/throw", logged.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(logged.Exception);
    }

    [Fact]
    public async Task UnhandledExceptionOnApiPath_GetsProblemDetails_WithoutTheMessage()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/api/test-only/throw");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnhandledException_ResponseStillCarriesTheSecurityHeaders()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/test-only/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        SecurityHeaderAssert.Headers(response);
    }

    private static string ReferenceIn(string message)
    {
        const string marker = "(reference ";
        var start = message.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return message[start..message.IndexOf(')', start)];
    }
}
