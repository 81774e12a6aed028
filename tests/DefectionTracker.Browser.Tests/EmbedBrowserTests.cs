using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;

namespace DefectionTracker.Browser.Tests;

/// <summary>The embed snippet pasted into a page of another origin (a second loopback server), as a reader's browser sees it.</summary>
[Collection(BrowserCollection.Name)]
public class EmbedBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task EmbedPage_PassesAxe_DoesNotScrollSideways_AndIsScreenshotted()
    {
        await browser.CheckPageTypeAsync("/embed/councils/fellside", "embed-fellside");
    }

    [Fact]
    public async Task EmbedSnippet_InAPageOfAnotherOrigin_Renders_WhileFramingTheCouncilPageIsRefused()
    {
        var page = await browser.NewPageAsync(1280, 1800);
        await page.GotoAsync("/councils/fellside");
        var snippet = await page.Locator(".embed-snippet pre code").InnerTextAsync();
        Assert.StartsWith("<iframe src=\"" + browser.BaseUrl + "/embed/councils/fellside\"", snippet, StringComparison.Ordinal);

        var html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A newspaper's article</title></head><body>"
            + "<h1>A newspaper's article about Fellside</h1>" + snippet
            + $"<iframe id=\"refused\" src=\"{browser.BaseUrl}/councils/fellside\" title=\"The council page\" width=\"800\" height=\"300\"></iframe>"
            + "</body></html>";
        using var other = OtherOrigin.Start(html);
        Assert.NotEqual(new Uri(browser.BaseUrl).Port, new Uri(other.Url).Port);

        await page.GotoAsync(other.Url);
        await BrowserFixture.ScreenshotAsync(page, "embed-in-another-site");

        // The snippet's frame loads lazily, as a reader's browser would load it: scrolled to, then given time on a busy machine.
        var frame = page.Locator("iframe[src$='/embed/councils/fellside']");
        await frame.ScrollIntoViewIfNeededAsync();
        var embed = page.FrameLocator("iframe[src$='/embed/councils/fellside']");
        await Assertions.Expect(embed.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToContainTextAsync("Fellside District Council: seats before and now", new() { Timeout = 20_000 });
        await Assertions.Expect(embed.Locator("svg.hemicycle").First).ToBeVisibleAsync();
        await Assertions.Expect(embed.Locator(".embed-credit")).ToContainTextAsync("DefectionTracker, data as of");
        var box = await embed.Locator("svg.hemicycle").First.BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 50 }, "the embedded hemicycle is drawn at a readable size");

        var refused = await (await page.QuerySelectorAsync("#refused"))!.ContentFrameAsync();
        Assert.NotNull(refused);
        await refused.WaitForLoadStateAsync();
        Assert.Equal(0, await refused.Locator("h1:has-text('Fellside District Council')").CountAsync());
        Assert.False(refused.Url.StartsWith(browser.BaseUrl, StringComparison.Ordinal) && await refused.Locator("main").CountAsync() > 0,
            $"the council page rendered inside another site's frame ({refused.Url})");

        await BrowserFixture.ScreenshotAsync(page, "embed-in-another-site");
        await page.Context.CloseAsync();
    }

    /// <summary>A one-page web server on another loopback port: another origin for the browser.</summary>
    private sealed class OtherOrigin : IDisposable
    {
        private readonly HttpListener _listener = new();

        private OtherOrigin(string html)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            var body = Encoding.UTF8.GetBytes(html);
            _ = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await _listener.GetContextAsync();
                    }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }

                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.OutputStream.WriteAsync(body);
                    context.Response.Close();
                }
            });
        }

        public string Url { get; }

        public static OtherOrigin Start(string html) => new(html);

        public void Dispose() => _listener.Close();
    }
}
