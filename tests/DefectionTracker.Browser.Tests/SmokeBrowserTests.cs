namespace DefectionTracker.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class SmokeBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task HomePage_InChromium_ShowsTheSiteName()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        Assert.Contains("DefectionTracker", await page.TitleAsync());
    }
}
