using System.Net;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Timeline;

[Collection(SharedAppCollection.Name)]
public class TimelinePagingTests(SharedAppFixture app)
{
    [Theory]
    [InlineData("/timeline?page=0")]
    [InlineData("/timeline?page=2")]
    [InlineData("/timeline?page=abc")]
    public async Task Page_OutsideTheTable_IsA400PageNamingTheParameter(string url)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = PageReader.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("page", doc.Single(".filter-problems").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstPage_OnTheFixture_ShowsEveryEvent_WithoutAPager()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/timeline?page=1");

        // The fixture's first and last dated Labour events: well under one page of 100 rows.
        Assert.Contains("14 July 2023", html);
        Assert.Contains("November 2025", html);
        Assert.DoesNotContain("Pages of the event table", html);
    }
}
