using DefectionTracker.Web.Data.Accounts;
using Microsoft.Playwright;

namespace DefectionTracker.Browser.Tests;

/// <summary>The import assistant in a real browser: an article's draft and a councillor list's comparison, each passing axe and readable at 360 px.</summary>
public sealed class ImportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Article = "Councillors Ruth Askew and Tom Blaylock quit Labour on Fellside District Council on 16 July 2023 and will sit as independents. "
        + "Askew said: \"Nobody in the local party listens to members any more.\"";

    private async Task<IPage> EditorPageAsync(int width = 1280)
    {
        try
        {
            await browser.App.AddMemberAsync("editor@example.org", EditorRoles.Editor, "Eddie Editor");
        }
        catch (Xunit.Sdk.XunitException)
        {
            // Already added by another test of this class.
        }

        var page = await browser.NewPageAsync(width, 900, bypassCsp: true);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync("editor@example.org");
        await page.GetByLabel("Password").FillAsync(TeamAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/account");
        return page;
    }

    [Theory]
    [InlineData(1280, "import-draft-desktop")]
    [InlineData(BrowserFixture.PhoneWidth, "import-draft-phone")]
    public async Task ImportPage_WithADraft_PassesAxe_AndOpensThePrefilledForm(int width, string name)
    {
        var page = await EditorPageAsync(width);
        await page.GotoAsync("/edit/import");
        await page.GetByLabel("The article's text").FillAsync(Article);
        await page.GetByLabel("Publisher").FillAsync("Fellside Gazette");
        await page.GetByLabel("Published (YYYY-MM-DD)").FillAsync("2023-07-18");
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose a draft" }).ClickAsync();

        await Assertions.Expect(page.Locator("#draft-fields tr[data-field=fromParty]")).ToContainTextAsync("Labour");
        var violations = await BrowserFixture.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, "axe on /edit/import with a draft:\n" + string.Join("\n", violations));
        await BrowserFixture.ScreenshotAsync(page, name);
        Assert.False(await BrowserFixture.ScrollsSidewaysAsync(page), $"/edit/import scrolls sideways at {width} px: {await BrowserFixture.WideElementsAsync(page)}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Use this draft" }).ClickAsync();
        await Assertions.Expect(page.Locator("[name='r.fromParty']")).ToHaveValueAsync("labour");
        await Assertions.Expect(page.Locator("[name='r.toParty']")).ToHaveValueAsync("independent");
    }

    [Theory]
    [InlineData(1280, "import-list-desktop")]
    [InlineData(BrowserFixture.PhoneWidth, "import-list-phone")]
    public async Task ListComparison_PassesAxe_AndDoesNotScrollSideways(int width, string name)
    {
        var page = await EditorPageAsync(width);
        await page.GotoAsync("/edit/import/list");
        await page.GetByLabel("The council").SelectOptionAsync("brackenholt");
        await page.GetByLabel("The list (CSV)").SetInputFilesAsync(Path.Combine(TestPaths.CouncillorLists, "brackenholt-2025-03-01.csv"));
        await page.GetByLabel("Publisher").FillAsync("Brackenholt MBC");
        await page.GetByLabel("The list's date (YYYY-MM-DD)").FillAsync("2025-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare with the record" }).ClickAsync();

        await Assertions.Expect(page.Locator("#party-changes")).ToContainTextAsync("Peter Quayle");
        var violations = await BrowserFixture.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, "axe on /edit/import/list with a comparison:\n" + string.Join("\n", violations));
        await BrowserFixture.ScreenshotAsync(page, name);
        Assert.False(await BrowserFixture.ScrollsSidewaysAsync(page), $"/edit/import/list scrolls sideways at {width} px: {await BrowserFixture.WideElementsAsync(page)}");

        await page.Locator("#party-changes a.propose-defection").ClickAsync();
        await Assertions.Expect(page.Locator("[name='r.fromParty']")).ToHaveValueAsync("reform-uk");
    }
}
