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
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"filter-problems\"", html);
        Assert.Contains("page", html[html.IndexOf("filter-problems", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstPage_OnTheSeedData_ShowsEveryEvent_WithoutAPager()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/timeline?page=1");

        Assert.Contains("5 November 2023", html);
        Assert.Contains("30 October 2025", html);
        Assert.DoesNotContain("Pages of the event table", html);
    }
}
