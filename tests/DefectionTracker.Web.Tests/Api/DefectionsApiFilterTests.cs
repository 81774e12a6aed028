using System.Net;
using System.Text.Json;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Api;

[Collection(SharedAppCollection.Name)]
public class DefectionsApiFilterTests(SharedAppFixture app)
{
    private async Task<List<string>> IdsAsync(string query)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/defections?pageSize=500&" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var ids = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, body.GetProperty("total").GetInt32());
        return [.. ids.Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task Council_KeepsEventsAtIt_IncludingThoseAtSeveralCouncils() =>
        Assert.Equal(["2024-06-castlebridge-six-quit-labour", "2024-11-east-weald-two-join-greens"], await IdsAsync("council=east-weald"));

    [Fact]
    public async Task PartyAndToParty_AreTheSidesOfTheMove() =>
        Assert.Equal(["2024-11-east-weald-two-join-greens"], await IdsAsync("party=labour&toParty=green"));

    [Fact]
    public async Task Grievance_KeepsEventsCitingIt() =>
        Assert.Equal(["2024-06-castlebridge-six-quit-labour", "2025-11-marchbury-two-join-reform"], await IdsAsync("grievance=winter-fuel-payment"));

    [Fact]
    public async Task DateRange_UsesTheTimelinesOverlapRule_AndLeavesUndatedOut()
    {
        var ids = await IdsAsync("from=2025-06-15&to=2025");

        // "June 2025" may fall after the 15th, so it is in; the undated event never is.
        Assert.Contains("2025-06-kirkholme-several-quit-labour", ids);
        Assert.Contains("2025-11-marchbury-two-join-reform", ids);
        Assert.DoesNotContain("bramwell-unverified", ids);
        Assert.DoesNotContain("2025-03-03-kirkholme-pennington-joins-green", ids);
    }

    [Fact]
    public async Task Verification_UsesTheApisOwnValues() =>
        Assert.Contains("bramwell-unverified", await IdsAsync("verification=unverified"));

    [Fact]
    public async Task Filters_AgreeWithTheTimelinesDateRange()
    {
        using var client = app.CreateClient();
        var timeline = JsonDocument.Parse(await client.GetStringAsync("/api/timeline?party=labour&from=2024&to=2024-12")).RootElement;
        var api = await IdsAsync("party=labour&from=2024&to=2024-12");

        Assert.NotEmpty(api);
        Assert.All(api, id => Assert.Contains(id, timeline.GetRawText(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("from=2024-13", "from")]
    [InlineData("from=2025&to=2024", "to")]
    [InlineData("verification=probably", "verification")]
    public async Task BadValue_Is400_NamingTheField(string query, string field)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/defections?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("council=atlantis")]
    [InlineData("toParty=no-such-party")]
    [InlineData("grievance=gazza")]
    public async Task UnknownSlug_Is404_NeverIgnored(string query)
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/defections?" + query)).StatusCode);
    }
}
