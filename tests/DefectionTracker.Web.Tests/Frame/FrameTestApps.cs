using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Frame;

/// <summary>
/// Test-only: a startup filter that appends, after the app's own pipeline, a middleware that throws on
/// /test-only/throw and /api/test-only/throw, so the tests can see what an unhandled error produces. The app itself
/// ships no throwing endpoint.
/// </summary>
internal sealed class ThrowingEndpointStartupFilter : IStartupFilter
{
    public const string SecretMessage = "test-only failure: connection string Password=hunter2";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((HttpContext context, RequestDelegate rest) =>
            context.Request.Path.StartsWithSegments("/test-only/throw") || context.Request.Path.StartsWithSegments("/api/test-only/throw")
                ? throw new InvalidOperationException(SecretMessage)
                : rest(context));
    };
}

/// <summary>The real app (outside Development) with the test-only throwing path added.</summary>
public sealed class ThrowingAppFixture : IDisposable
{
    private readonly AppFactory _factory = new();

    public ThrowingAppFixture() =>
        App = _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, ThrowingEndpointStartupFilter>()));

    public WebApplicationFactory<Program> App { get; }

    public CapturingLoggerProvider Logs => _factory.Logs;

    public HttpClient CreateClient() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public void Dispose() => _factory.Dispose();
}
