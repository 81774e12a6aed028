using Microsoft.Playwright;

namespace DefectionTracker.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class CouncilsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Person_GoesFromTheCouncilsList_ToFellside_AndSeesTheBeforeAndAfterCharts()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/councils");

        await page.GetByRole(AriaRole.Link, new() { Name = "Fellside District Council" }).ClickAsync();
        await page.WaitForURLAsync("**/councils/fellside");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fellside District Council");
        var before = page.GetByRole(AriaRole.Img, new() { Name = "Before: after the election of 4 May 2023: Labour majority" });
        var now = page.GetByRole(AriaRole.Img, new() { Name = "Now: January 2025: No overall control" });
        await Assertions.Expect(before).ToBeVisibleAsync();
        await Assertions.Expect(now).ToBeVisibleAsync();
        Assert.True((await before.BoundingBoxAsync())!.Width > 300, "the chart is drawn at a readable size");

        // The text alternative: the story, and a table beside each chart.
        await Assertions.Expect(page.Locator("#control-story")).ToContainTextAsync("Labour lost its majority on 14 July 2023 when 3 councillors left");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Seats per party. Before: after the election of 4 May 2023" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Seats per party. Now: January 2025" })).ToBeVisibleAsync();
        var description = await page.Locator("#chart-before-desc").TextContentAsync();
        Assert.Contains("Labour Party 16", description, StringComparison.Ordinal);
        Assert.Contains("A majority needs 16 seats", description, StringComparison.Ordinal);

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Person_FiltersTheCouncilsList_AndTheAddressCanBeShared()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/councils");

        await page.GetByLabel("Only councils where control changed").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show councils" }).ClickAsync();
        await page.WaitForURLAsync("**/councils?changed=true*");

        var rows = page.Locator("table.council-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Fellside District Council");

        var shared = await browser.NewPageAsync();
        await shared.GotoAsync(page.Url);
        await Assertions.Expect(shared.Locator("table.council-table tbody tr")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
        await shared.Context.CloseAsync();
    }

    [Fact]
    public async Task Person_FollowsADefectionFromTheCouncilPage_AndSeesItsEffect()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/councils/fellside");

        await page.GetByRole(AriaRole.Link, new() { Name = "14 July 2023: left the party (Labour)" }).ClickAsync();
        await page.WaitForURLAsync("**/defections/2023-07-14-fellside-three-quit-labour");

        await Assertions.Expect(page.GetByText("Yes: control changed")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Just before, Fellside District Council: Labour majority" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Just after, Fellside District Council: No overall control" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Charts_FitAPhoneScreen_WithTheirTablesReadable()
    {
        var page = await browser.NewPageAsync(BrowserFixture.PhoneWidth, 780);
        await page.GotoAsync("/councils/brackenholt");

        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Now: 1 March 2025: Labour majority" });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var box = (await chart.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= BrowserFixture.PhoneWidth, $"chart at {box.X}+{box.Width} overflows {BrowserFixture.PhoneWidth} px");
        Assert.False(await BrowserFixture.ScrollsSidewaysAsync(page));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/councils?sort=bogus")]
    [InlineData("/defections?page=0")]
    public async Task BadRequestPages_SayWhatIsWrong_AndAreAccessible(string path)
    {
        var page = await browser.NewPageAsync(bypassCsp: true);

        var response = await page.GotoAsync(path);

        Assert.Equal(400, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The list could not be shown");
        var violations = await BrowserFixture.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, $"axe on {path}:\n" + string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/councils", "councils")]
    [InlineData("/councils/fellside", "council-fellside")]
    [InlineData("/councils/brackenholt", "council-brackenholt")]
    [InlineData("/councils/castlebridge-town", "council-castlebridge-town")]
    [InlineData("/councils/kirkholme", "council-kirkholme")]
    [InlineData("/councils?changed=true&area=Kent", "councils-no-match")]
    [InlineData("/defections", "defections")]
    [InlineData("/defections/2024-06-castlebridge-six-quit-labour", "defection")]
    [InlineData("/defections/bramwell-unverified", "defection-unverified")]
    [InlineData("/councillors/david-pennington", "councillor")]
    [InlineData("/parties/labour", "party")]
    public async Task PageType_IsAccessible_AndFitsAPhone(string path, string name)
    {
        await browser.CheckPageTypeAsync(path, name);
    }
}
