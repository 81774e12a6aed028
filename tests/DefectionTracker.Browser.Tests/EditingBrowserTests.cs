using DefectionTracker.Web.Data.Accounts;
using Microsoft.Playwright;

namespace DefectionTracker.Browser.Tests;

/// <summary>Editors in a real browser: sign in, enter an article through the forms, see it everywhere; a contributor waits for review.</summary>
public sealed class EditingBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> SignedInPageAsync(string email, string role, int width = 1280)
    {
        try
        {
            await browser.App.AddMemberAsync(email, role, role == EditorRoles.Editor ? "Eddie Editor" : "Connie Contributor");
        }
        catch (Xunit.Sdk.XunitException)
        {
            // Already added by another test of this class.
        }

        var page = await browser.NewPageAsync(width, 900, bypassCsp: true);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TeamAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/account");
        return page;
    }

    [Fact]
    public async Task Editor_EntersAnArticleThroughTheForms_AndSeesItOnCouncilTimelineSearchAndFeed()
    {
        var page = await SignedInPageAsync("editor@example.org", EditorRoles.Editor);

        await page.GotoAsync("/edit/sources/new");
        await page.Locator("[name='r.id']").FillAsync("marchbury-mercury-two-go-green");
        await page.Locator("[name='r.publisher']").FillAsync("Marchbury Mercury");
        await page.Locator("[name='r.title']").FillAsync("Two Marchbury councillors join the Greens");
        await page.Locator("[name='r.readVia']").SelectOptionAsync("original");
        await page.Locator("[name='r.originalUrl']").FillAsync("https://marchbury-mercury.example/two-go-green");
        await page.Locator("[name='r.published.date']").FillAsync("2024-10-03");
        await page.GetByLabel("What changed and why").FillAsync("New article from the Mercury");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the source" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Change published");

        await page.GotoAsync("/edit/defections/new");
        await page.Locator("[name='r.id']").FillAsync("2024-10-01-marchbury-two-join-greens");
        await page.Locator("[name='r.date.date']").FillAsync("2024-10-01");
        await page.Locator("[name='r.kind']").SelectOptionAsync("joinedAnotherParty");
        await page.Locator("[name='r.fromParty']").SelectOptionAsync("labour");
        await page.Locator("[name='r.toParty']").SelectOptionAsync("green");
        await page.Locator("[name='r.councils[0].council']").SelectOptionAsync("marchbury");
        await page.Locator("[name='r.councils[0].seatsChanged']").FillAsync("2");
        await page.Locator("[name='r.councils[0].source']").SelectOptionAsync("marchbury-mercury-two-go-green");
        await page.Locator("[name='r.councillorCount']").FillAsync("2");
        await page.Locator("[name='r.summary']").FillAsync("Two Labour councillors on Marchbury joined the Green Party.");
        await page.Locator("[name='r.verification']").SelectOptionAsync("singleSource");
        await page.Locator("[name='r.sources']").SelectOptionAsync("marchbury-mercury-two-go-green");
        await page.GetByLabel("What changed and why").FillAsync("Two join the Greens, from the Mercury");
        await page.GetByLabel("Source of the change").SelectOptionAsync("marchbury-mercury-two-go-green");
        await BrowserFixture.ScreenshotAsync(page, "edit-defection-filled-desktop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the defection" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Change published");

        var reader = await browser.NewPageAsync();
        await reader.GotoAsync("/councils/marchbury");
        await Assertions.Expect(reader.Locator("main")).ToContainTextAsync("Two Labour councillors on Marchbury joined the Green Party.");
        await reader.GotoAsync("/timeline");
        await Assertions.Expect(reader.Locator("main a[href='/defections/2024-10-01-marchbury-two-join-greens']").First).ToBeVisibleAsync();
        await reader.GotoAsync("/search?q=marchbury+green");
        await Assertions.Expect(reader.Locator("main a[href='/defections/2024-10-01-marchbury-two-join-greens']").First).ToBeVisibleAsync();
        var feed = await reader.APIRequest.GetAsync("/feeds/defections.atom");
        Assert.Contains("2024-10-01-marchbury-two-join-greens", await feed.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contributor_EditWaitsForReview_AndTheEditorSeesItInTheQueue()
    {
        var contributor = await SignedInPageAsync("contributor@example.org", EditorRoles.Contributor);
        await contributor.GotoAsync("/edit/parties/green");
        await contributor.GetByLabel("Notes").FillAsync("Stood candidates in every Fellside ward in 2023.");
        await contributor.GetByLabel("What changed and why").FillAsync("Background on the Greens");
        await contributor.GetByLabel("Source of the change").SelectOptionAsync("fellside-council-2023-results");
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        await Assertions.Expect(contributor.Locator("h1")).ToHaveTextAsync("Change waiting for review");

        var editor = await SignedInPageAsync("editor@example.org", EditorRoles.Editor);
        await editor.GotoAsync("/edit/reviews");
        await Assertions.Expect(editor.Locator("table.diff").First).ToContainTextAsync("Stood candidates in every Fellside ward");
        var violations = await BrowserFixture.AxeViolationsAsync(editor);
        Assert.True(violations.Count == 0, "axe on the review queue:\n" + string.Join("\n", violations));
        await BrowserFixture.ScreenshotAsync(editor, "review-queue-desktop");
    }

    [Theory]
    [InlineData("/edit/defections/new", "edit-defection")]
    [InlineData("/edit/councillors/new", "edit-councillor")]
    [InlineData("/edit/sources/new", "edit-source")]
    [InlineData("/edit/parties/labour", "edit-party")]
    [InlineData("/edit/compositions/new", "edit-composition")]
    [InlineData("/edit/administrations/new", "edit-administration")]
    [InlineData("/edit/councils/new", "edit-council")]
    [InlineData("/edit/quotes/new", "edit-quote")]
    [InlineData("/edit/grievances/new", "edit-grievance")]
    [InlineData("/edit", "edit-start")]
    [InlineData("/account/password", "change-password")]
    public async Task Form_PassesAxe_AndDoesNotScrollSidewaysAt360(string path, string name)
    {
        var desktop = await SignedInPageAsync("editor@example.org", EditorRoles.Editor);
        await desktop.GotoAsync(path);
        var violations = await BrowserFixture.AxeViolationsAsync(desktop);
        Assert.True(violations.Count == 0, $"axe on {path}:\n" + string.Join("\n", violations));
        await BrowserFixture.ScreenshotAsync(desktop, name + "-desktop");

        var phone = await SignedInPageAsync("editor@example.org", EditorRoles.Editor, BrowserFixture.PhoneWidth);
        await phone.GotoAsync(path);
        await BrowserFixture.ScreenshotAsync(phone, name + "-phone");
        Assert.False(await BrowserFixture.ScrollsSidewaysAsync(phone), $"{path} scrolls sideways at 360 px: {await BrowserFixture.WideElementsAsync(phone)}");
    }

    [Fact]
    public async Task LoginPage_PassesAxe_AndWorksAt360()
    {
        await browser.CheckPageTypeAsync("/account/login", "login");
    }
}
