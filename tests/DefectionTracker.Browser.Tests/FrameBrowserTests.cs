using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DefectionTracker.Browser.Tests;

/// <summary>The site's frame, home, sources and error pages, as a person uses them in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class FrameBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/", "home")]
    [InlineData("/sources", "sources")]
    [InlineData("/sources?sort=date", "sources-by-date")]
    public async Task PageType_PassesAxe_DoesNotScrollSideways_AndIsScreenshotted(string path, string name)
    {
        await browser.CheckPageTypeAsync(path, name);
    }

    [Fact]
    public async Task NotFoundPage_PassesAxe_DoesNotScrollSideways_AndIsScreenshotted()
    {
        await browser.CheckPageTypeAsync("/no-such-page", "not-found", expectedStatus: 404);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sources")]
    [InlineData("/no-such-page")]
    public async Task PageAtPhoneWidth_PassesAxeToo(string path)
    {
        var page = await browser.NewPageAsync(BrowserFixture.PhoneWidth, 780, bypassCsp: true);

        await page.GotoAsync(path);

        var violations = await BrowserFixture.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, $"axe at {BrowserFixture.PhoneWidth} px on {path}:\n" + string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_FirstTabFocusesTheVisibleSkipLink_EnterMovesFocusToMain_NextTabIsInsideMain()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Width: > 50, Height: > 20, Y: >= 0 }, "the focused skip link is on screen and readable");

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main#main")).ToBeFocusedAsync();
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);

        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('main') !== null"),
            "after the skip link, Tab continues inside the main content, past the header");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_FocusIsVisible_OnLinksTheSearchBoxAndTheButton()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/sources");

        // Links get a yellow highlight with a dark underline; form controls a thick outline.
        var focused = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var style = await page.EvaluateAsync<string>(
                "() => { const e = document.activeElement, s = getComputedStyle(e); " +
                "return e.tagName + '|' + s.outlineStyle + '|' + s.outlineWidth + '|' + s.backgroundColor + '|' + s.boxShadow; }");
            focused.Add(style);
            var parts = style.Split('|');
            var hasOutline = parts[1] != "none" && parts[2] != "0px";
            var hasHighlight = parts[3] == "rgb(255, 221, 0)";
            Assert.True(hasOutline || hasHighlight, "no visible focus on " + style);
        }

        Assert.Contains(focused, f => f.StartsWith("INPUT|solid|3px", StringComparison.Ordinal));
        Assert.Contains(focused, f => f.StartsWith("BUTTON|solid|3px", StringComparison.Ordinal));
        Assert.Contains(focused, f => f.StartsWith("A|", StringComparison.Ordinal) && f.Contains("rgb(255, 221, 0)", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Header_AtPhoneWidth_WrapsWithoutOverlapOrSidewaysScroll()
    {
        var page = await browser.NewPageAsync(BrowserFixture.PhoneWidth, 780);
        await page.GotoAsync("/");

        Assert.False(await BrowserFixture.ScrollsSidewaysAsync(page));
        var search = await page.Locator("#site-search-q").BoundingBoxAsync();
        var button = await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).BoundingBoxAsync();
        Assert.NotNull(search);
        Assert.NotNull(button);
        Assert.True(search.Width >= 150, $"the search box is usable at 360 px (it is {search.Width} px wide)");
        Assert.True(button.X + button.Width <= BrowserFixture.PhoneWidth, "the search button is on screen");
        foreach (var name in new[] { "Councils", "Timeline", "Grievances", "Search", "Sources" })
        {
            var link = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
            await Assertions.Expect(link).ToBeInViewportAsync();
            var b = await link.BoundingBoxAsync();
            Assert.True(b!.X >= 0 && b.X + b.Width <= BrowserFixture.PhoneWidth, $"{name} is within the screen");
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sources")]
    [InlineData("/no-such-page")]
    public async Task Page_UnderTheRealCsp_ReportsNoViolation_AndItsStylesheetApplies(string path)
    {
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                problems.Add(m.Text);
            }
        };
        page.PageError += (_, e) => problems.Add(e);

        await page.GotoAsync(path);

        Assert.DoesNotContain(problems, p => p.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        var font = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily");
        Assert.Contains("system-ui", font, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SearchBox_Submitted_NavigatesToSearchWithTheQuery()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/sources");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search defections" }).FillAsync("gaza");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=gaza$"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SearchBox_SubmittedWithEnter_LandsOnTheResultsPage()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search defections" }).FillAsync("gaza");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.Keyboard.PressAsync("Enter"), r => r.Request.IsNavigationRequest && r.Url.Contains("/search", StringComparison.Ordinal));

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=gaza$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Search", new() { IgnoreCase = true });
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("gaza", new() { IgnoreCase = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Person_GoesFromHomeToACouncilToADefection_ByClickingLinks()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        var latest = page.GetByRole(AriaRole.Region, new() { Name = "most recent events" });
        await latest.GetByRole(AriaRole.Link, new() { Name = "Brackenholt Metropolitan Borough Council", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/councils/brackenholt$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Brackenholt");

        var defectionLink = page.Locator("main a[href^='/defections/2025-02-10-brackenholt-five-quit-labour']").First;
        var response = await page.RunAndWaitForResponseAsync(
            () => defectionLink.ClickAsync(), r => r.Request.IsNavigationRequest && r.Url.Contains("/defections/", StringComparison.Ordinal));

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/defections/2025-02-10-brackenholt-five-quit-labour$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        // The fixture's disputed count: 5 in the press, 4 on the council's list.
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("5 according to Yorkshire Evening Courier");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("4 according to Brackenholt Metropolitan Borough Council");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The README's home page picture: the desktop viewport (not the full page), 1200 x 800. Always written to the
    /// screenshots folder; written over docs/home.png only when UPDATE_DOCS_SCREENSHOTS=1, so a test run leaves the
    /// repository unchanged.
    /// </summary>
    [Fact]
    public async Task HomePage_DocsScreenshot_IsASmallDesktopPng()
    {
        var page = await browser.NewPageAsync(1200, 800);
        await page.GotoAsync("/");
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        var artifact = Path.Combine(BrowserFixture.ScreenshotDirectory, "docs-home.png");

        var png = await page.ScreenshotAsync(new() { Path = artifact, FullPage = false });
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS_SCREENSHOTS") == "1")
        {
            await File.WriteAllBytesAsync(Path.Combine(TestPaths.RepoRoot, "docs", "home.png"), png);
        }

        Assert.True(png.Length < 200_000, $"the screenshot is {png.Length} bytes");
        var committed = new FileInfo(Path.Combine(TestPaths.RepoRoot, "docs", "home.png"));
        Assert.True(committed.Exists, "docs/home.png is committed (run with UPDATE_DOCS_SCREENSHOTS=1 to write it)");
        Assert.True(committed.Length is > 10_000 and < 200_000, $"docs/home.png is {committed.Length} bytes");
        await page.Context.CloseAsync();
    }
}
