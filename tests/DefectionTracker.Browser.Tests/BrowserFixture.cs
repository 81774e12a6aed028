using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DefectionTracker.Browser.Tests;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 on a free port, and Debian's Chromium driven by Playwright. Playwright's own
/// browser download cannot work here, so it launches /usr/bin/chromium (test.sh installs it).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const int PhoneWidth = 360;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public AppFactory App { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser has not started");

    /// <summary>Screenshots go to tests/browser-artifacts/screenshots (git-ignored), for people to look at.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(TestPaths.RepoRoot, "tests", "browser-artifacts", "screenshots");

    public static string AxeScript { get; } = Path.Combine(TestPaths.RepoRoot, "tests", "browser", "node_modules", "axe-core", "axe.min.js");

    public async Task InitializeAsync()
    {
        App.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh page in its own context; phone-sized when <paramref name="width"/> is <see cref="PhoneWidth"/>.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            BypassCSP = bypassCsp,
            BaseURL = BaseUrl,
        });
        return await context.NewPageAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }

    /// <summary>axe-core's WCAG 2.0/2.1 A and AA violations on the page, one line each (rule, impact, first targets).</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = AxeScript });
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa'] })).violations" +
            ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))");
        return [.. json.EnumerateArray().Select(v => v.GetString()!)];
    }

    /// <summary>Whether the page is wider than the viewport, so that a person would have to scroll sideways.</summary>
    public static Task<bool> ScrollsSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

    /// <summary>
    /// What sticks out past the right edge, or holds text wider than itself (up to five elements, innermost last), to
    /// say why a page scrolls sideways.
    /// </summary>
    public static async Task<string> WideElementsAsync(IPage page) =>
        string.Join(", ", await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')]" +
            ".filter(e => !e.closest('.table-scroll') || e.classList.contains('table-scroll'))" +
            ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5" +
            " || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0))" +
            ".slice(-5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')" +
            " + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)')"));

    /// <summary>
    /// The checks every page type is held to: it loads with 200, axe finds no WCAG A/AA violations, it does not scroll
    /// sideways at 360 px, and screenshots at desktop and phone sizes are written for people to look at.
    /// </summary>
    public Task CheckPageTypeAsync(string path, string name) => CheckPageTypeAsync(path, name, expectedStatus: 200);

    /// <summary>The same checks for a page that answers with another status, such as the 404 page.</summary>
    public async Task CheckPageTypeAsync(string path, string name, int expectedStatus)
    {
        var desktop = await NewPageAsync(bypassCsp: true);
        var response = await desktop.GotoAsync(path);
        Assert.Equal(expectedStatus, response!.Status);
        await ScreenshotAsync(desktop, name + "-desktop");
        var violations = await AxeViolationsAsync(desktop);
        Assert.True(violations.Count == 0, $"axe on {path}:\n" + string.Join("\n", violations));

        var phone = await NewPageAsync(PhoneWidth, 780);
        var phoneResponse = await phone.GotoAsync(path);
        Assert.Equal(expectedStatus, phoneResponse!.Status);
        await ScreenshotAsync(phone, name + "-phone");
        Assert.False(await ScrollsSidewaysAsync(phone), $"{path} scrolls sideways at {PhoneWidth} px: {await WideElementsAsync(phone)}");
        await desktop.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        App.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
