using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DefectionTracker.Browser.Tests;

/// <summary>Search and grievances as a person uses them in Chromium, with axe, the 360 px check and screenshots.</summary>
[Collection(BrowserCollection.Name)]
public partial class SearchBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/grievances", "grievances")]
    [InlineData("/grievances/gaza", "grievance-gaza")]
    [InlineData("/search", "search-empty")]
    [InlineData("/search?q=winter+fuel", "search-winter-fuel")]
    [InlineData("/search?q=gaza&council=marchbury", "search-gaza-marchbury")]
    [InlineData("/search?q=zzzz", "search-no-results")]
    public Task PageType_PassesAxe_AndFitsAPhone(string path, string name) => browser.CheckPageTypeAsync(path, name);

    [Fact]
    public async Task Person_TypesAGrievance_NarrowsByAFacet_AndFollowsAResult()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/search");

        var form = page.GetByRole(AriaRole.Search, new() { Name = "Search the record" });
        await form.GetByLabel("Words to search for").FillAsync("winter fuel");
        await form.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/search\?q=winter\+fuel$"));
        var results = page.GetByRole(AriaRole.Region, new() { Name = "Results" });
        await Assertions.Expect(page.Locator(".search-summary")).ToContainTextAsync("results for");
        await Assertions.Expect(results.GetByRole(AriaRole.Link, new() { Name = "Castlebridge Borough Council", Exact = true })).ToBeVisibleAsync();

        var facets = page.GetByRole(AriaRole.Navigation, new() { Name = "Narrow the results" });
        await facets.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Marchbury Council") }).ClickAsync();

        await page.WaitForURLAsync(new Regex("council=marchbury"));
        await Assertions.Expect(page.Locator(".search-summary")).ToContainTextAsync("narrowed by council: Marchbury Council");
        await Assertions.Expect(results.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("2 councillors left Labour Party for Reform UK") })).ToBeVisibleAsync();
        await Assertions.Expect(results.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Castlebridge") })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "search-flow-narrowed");

        // Follow a defection: its page belongs to the defections feature; the link is the contract.
        await results.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("2 councillors left Labour Party for Reform UK") }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/defections/2025-11-marchbury-two-join-reform$"));

        // Back to the results, drop the filter and follow the grievance itself.
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Remove council filter: Marchbury Council" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/search\?q=winter%20fuel$"));
        await results.GetByRole(AriaRole.Link, new() { Name = "Winter fuel payment", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/grievances/winter-fuel-payment$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Winter fuel payment");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Person_RemovesAFilter_AndPagesThroughResults()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/search?q=labour&council=kirkholme");

        await page.GetByRole(AriaRole.Link, new() { Name = "Remove council filter: Kirkholme City Council" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/search\?q=labour$"));
        await Assertions.Expect(page.Locator(".active-filters")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Result pages" }).GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("page=2"));
        await Assertions.Expect(page.GetByText(new Regex("^Page 2 of"))).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_WorksWithoutJavaScript_FromTheHeaderBox()
    {
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, BaseURL = browser.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/grievances");

        await page.GetByLabel("Search defections").FillAsync("Pennington");
        await page.GetByLabel("Search defections").PressAsync("Enter");

        await page.WaitForURLAsync(new Regex(@"/search\?q=Pennington$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "David Pennington", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("mark").First).ToContainTextAsync("Pennington");
        await context.CloseAsync();
    }

    [Fact]
    public async Task GrievancesPage_LeadsToAGrievance_AndOnToItsSearch()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/grievances");

        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = "Gaza", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/grievances/gaza$"));
        await Assertions.Expect(page.Locator(".attribution-stated").First).ToHaveTextAsync("Stated by the councillors");
        await Assertions.Expect(page.Locator(".attribution-attributed").First).ToHaveTextAsync("Attributed by the press");

        await page.GetByRole(AriaRole.Link, new() { Name = "Search everything tagged with it" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/search\?grievance=gaza$"));
        await Assertions.Expect(page.Locator(".search-summary")).ToContainTextAsync("narrowed by grievance: Gaza");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task HostileQuery_IsShownAsText_NotRunAsScript()
    {
        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("\"><img src=x onerror=alert(1)><script>alert(2)</script> NEAR( gaza"));

        await Assertions.Expect(page.Locator("#search-q")).ToHaveValueAsync("\"><img src=x onerror=alert(1)><script>alert(2)</script> NEAR( gaza");
        Assert.Equal(0, await page.Locator("main img").CountAsync());
        Assert.Equal(0, dialogs);
        await page.Context.CloseAsync();
    }
}
