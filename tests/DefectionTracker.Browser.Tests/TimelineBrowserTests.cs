using Microsoft.Playwright;

namespace DefectionTracker.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class TimelineBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Timeline_PassesThePageTypeChecks()
    {
        await browser.CheckPageTypeAsync("/timeline", "timeline");
    }

    [Fact]
    public async Task Timeline_AnotherParty_PassesThePageTypeChecks()
    {
        await browser.CheckPageTypeAsync("/timeline?party=liberal-democrats", "timeline-liberal-democrats");
    }

    [Fact]
    public async Task Timeline_FilterPage_AndBadFilterPage_PassThePageTypeChecks()
    {
        await browser.CheckPageTypeAsync("/timeline?destination=another-party", "timeline-no-match");
        var page = await browser.NewPageAsync(bypassCsp: true);
        var response = await page.GotoAsync("/timeline?from=2024-13");
        Assert.Equal(400, response!.Status);
        Assert.Empty(await BrowserFixture.AxeViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Chart_OnADesktop_ShowsTheWideDrawingWithAMarkerPerDatedEvent()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/timeline");

        var wide = page.Locator("svg.timeline-chart-wide");
        Assert.True(await wide.IsVisibleAsync());
        Assert.False(await page.Locator("svg.timeline-chart-narrow").IsVisibleAsync());
        // Fixture: 9 dated Labour events; Fellside lost control; the resignation and the unknown count add nothing.
        Assert.Equal(9, await wide.Locator("g.marker").CountAsync());
        Assert.Equal(1, await wide.Locator("g.marker-controllost").CountAsync());
        Assert.Equal(2, await wide.Locator("g.marker-notadded").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Chart_At360px_IsVisible_InsideTheScreen_WithReadableLabels()
    {
        var page = await browser.NewPageAsync(BrowserFixture.PhoneWidth, 780);
        await page.GotoAsync("/timeline");

        var narrow = page.Locator("svg.timeline-chart-narrow");
        Assert.True(await narrow.IsVisibleAsync());
        Assert.False(await page.Locator("svg.timeline-chart-wide").IsVisibleAsync());
        var box = (await narrow.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= BrowserFixture.PhoneWidth, $"chart spans {box.X} to {box.X + box.Width}");
        Assert.True(box.Width >= 280, $"chart is only {box.Width} px wide");

        // every axis label is drawn at least 10 px tall on the phone's screen
        var labelHeights = await narrow.Locator("g.axis text").EvaluateAllAsync<double[]>("els => els.map(e => e.getBoundingClientRect().height)");
        Assert.NotEmpty(labelHeights);
        Assert.All(labelHeights, h => Assert.True(h >= 10, $"an axis label is {h} px tall"));

        var bars = (await page.Locator("svg.timeline-quarters").BoundingBoxAsync())!;
        Assert.True(bars.X >= 0 && bars.X + bars.Width <= BrowserFixture.PhoneWidth);
        Assert.False(await BrowserFixture.ScrollsSidewaysAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Filter_ChosenAndSubmitted_NarrowsTheList_AndTheAddressCanBeShared()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/timeline");
        var rows = page.Locator("#events-caption ~ tbody tr");
        Assert.Equal(9, await rows.CountAsync());

        await page.GetByLabel("Area").SelectOptionAsync(new SelectOptionValue { Label = "Kent" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show events" }).ClickAsync();
        await page.WaitForURLAsync("**/timeline?*area=Kent*");

        Assert.Equal(2, await rows.CountAsync());
        Assert.Contains("Showing 2 of 10 events", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#undated-heading").CountAsync());

        await page.GetByLabel("From").FillAsync("2024-07");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show events" }).ClickAsync();
        await page.WaitForURLAsync("**from=2024-07**");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Contains("November 2024", await rows.First.InnerTextAsync(), StringComparison.Ordinal);

        // the filtered address works on its own, as a shared link would
        var shared = await browser.NewPageAsync();
        await shared.GotoAsync(page.Url);
        Assert.Equal(1, await shared.Locator("#events-caption ~ tbody tr").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Clear the filters" }).First.ClickAsync();
        await page.WaitForURLAsync("**/timeline?party=labour");
        Assert.Equal(9, await rows.CountAsync());
        await page.Context.CloseAsync();
        await shared.Context.CloseAsync();
    }

    [Fact]
    public async Task Filter_ThatMatchesNothing_SaysSo()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/timeline");

        // Fixture: Labour's only Cumbrian event (Fellside) went independent.
        await page.GetByLabel("Area").SelectOptionAsync(new SelectOptionValue { Label = "Cumbria" });
        await page.GetByLabel("Where they went").SelectOptionAsync(new SelectOptionValue { Label = "Joined another party" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show events" }).ClickAsync();
        await page.WaitForURLAsync("**destination=another-party**");

        Assert.Contains("No events match these filters", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("table.timeline-events").CountAsync());
        await page.Context.CloseAsync();
    }
}
