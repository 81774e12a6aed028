using System.Net;
using DefectionTracker.Web.Features.Councils;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Councils;

/// <summary>
/// A council's page shows its defections a page at a time; the control story and the disagreements' links still
/// cover every event. The fixture's councils have at most five events, so the query is asked with small pages here.
/// </summary>
[Collection(SharedAppCollection.Name)]
public class CouncilEventPagesTests(SharedAppFixture app)
{
    private async Task<CouncilPageViewModel> GetAsync(string slug, int page = 1, int perPage = CouncilPageQuery.EventsPerPage)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CouncilPageQuery>().GetAsync(slug, CancellationToken.None, page, perPage)
            ?? throw new InvalidOperationException($"no council {slug}");
    }

    [Fact]
    public async Task Pages_TogetherHoldEveryEventOnce_InTheOrderOfTheWholeList()
    {
        // Kirkholme has five events: pages of two hold two, two and one.
        var whole = await GetAsync("kirkholme");
        var pages = new[] { await GetAsync("kirkholme", 1, 2), await GetAsync("kirkholme", 2, 2), await GetAsync("kirkholme", 3, 2) };

        Assert.Equal(5, whole.Defections.Count);
        Assert.Equal([2, 2, 1], pages.Select(p => p.Defections.Count));
        Assert.Equal(whole.Defections.Select(d => d.Detail.Id), pages.SelectMany(p => p.Defections).Select(d => d.Detail.Id));
        Assert.All(pages, p => Assert.Equal((5, 3), (p.EventsPage.Total, p.EventsPage.PageCount)));

        // Each event's effect here is the same whichever page shows it.
        Assert.Equal(whole.Defections.Select(d => (d.Effect.SeatsChanged, d.Effect.FlippedControl, d.Effect.Placed)),
            pages.SelectMany(p => p.Defections).Select(d => (d.Effect.SeatsChanged, d.Effect.FlippedControl, d.Effect.Placed)));
    }

    [Theory]
    [InlineData("kirkholme")]
    [InlineData("brackenholt")]
    [InlineData("fellside")]
    public async Task EveryPage_TellsTheSameStory_AndLabelsEveryEvent(string slug)
    {
        var whole = await GetAsync(slug);
        var first = await GetAsync(slug, 1, 1);
        var last = await GetAsync(slug, whole.Defections.Count, 1);

        Assert.All(new[] { first, last }, p =>
        {
            Assert.Equal(whole.Story, p.Story);
            Assert.Equal(whole.EventLabels, p.EventLabels);
            Assert.Equal(whole.Discrepancies.SelectMany(d => d.DefectionIds), p.Discrepancies.SelectMany(d => d.DefectionIds));
        });
        Assert.Equal(whole.Defections.Select(d => d.Detail.Id).Order(StringComparer.Ordinal), whole.EventLabels.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Brackenholt_DisagreementLinks_NameEventsOnOtherPages()
    {
        // Brackenholt's later seat table disagrees with the events before it; with one event a page, the links of the
        // disagreement still read "the event of …", not a bare id.
        var page = await GetAsync("brackenholt", 1, 1);
        var named = Assert.Single(page.Discrepancies).DefectionIds;

        Assert.Single(page.Defections);
        Assert.NotEmpty(named);
        Assert.All(named, id => Assert.StartsWith("the event of ", page.EventLabels[id], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/councils/kirkholme?events=0", "events must be a whole number, 1 or more")]
    [InlineData("/councils/kirkholme?events=two", "events must be a whole number, 1 or more")]
    [InlineData("/councils/kirkholme?events=99999999999", "events must be a whole number, 1 or more")]
    [InlineData("/councils/kirkholme?events=2", "There is no page 2 of this council's defections (events=2): 5 defections, 1 page of 50.")]
    public async Task BadEventsPage_IsA400_NamingTheField(string url, string message)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, PageReader.Parse(html).Single("ul.problems").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstPage_AskedByNumber_IsThePageWithoutIt_AndHasNoPager()
    {
        using var client = app.CreateClient();
        var plain = await client.GetStringAsync("/councils/kirkholme");
        var first = await client.GetStringAsync("/councils/kirkholme?events=1");

        Assert.Equal(PageReader.Parse(plain).Single("#defections").TextContent, PageReader.Parse(first).Single("#defections").TextContent);
        Assert.Equal("Defections at this council (5)", PageReader.Parse(plain).Single("#defections").TextContent);
        Assert.DoesNotContain("Pages of defections at this council", plain, StringComparison.Ordinal);
        Assert.Equal(5, PageReader.Parse(plain).QuerySelectorAll("ol.council-defections > li").Length);
    }
}
