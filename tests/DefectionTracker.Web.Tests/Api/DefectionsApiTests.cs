using System.Net;
using System.Text.Json;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Api;

[Collection(SharedAppCollection.Name)]
public class DefectionsApiTests(SharedAppFixture app)
{
    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<List<JsonElement>> AllItemsAsync() =>
        [.. (await GetJsonAsync("/api/defections?pageSize=500")).GetProperty("items").EnumerateArray()];

    private static bool AtCouncil(JsonElement item, string slug) =>
        item.GetProperty("councils").EnumerateArray().Any(c => c.GetProperty("slug").GetString() == slug);

    [Fact]
    public async Task List_HasPagingEnvelope_AndCamelCaseItems()
    {
        var body = await GetJsonAsync("/api/defections?page=1&pageSize=2");

        Assert.Equal(1, body.GetProperty("page").GetInt32());
        Assert.Equal(2, body.GetProperty("pageSize").GetInt32());
        Assert.Equal(16, body.GetProperty("total").GetInt32()); // the fixture's 16 events
        Assert.Equal(2, body.GetProperty("items").GetArrayLength());
        var item = body.GetProperty("items")[0];
        foreach (var field in new[] { "id", "date", "datePrecision", "kind", "councils", "fromParty", "toParty", "councillorsLost",
                     "reportedCounts", "councillors", "grievances", "verification", "summary", "sources" })
        {
            Assert.True(item.TryGetProperty(field, out _), $"missing {field}");
        }
    }

    [Fact]
    public async Task Brackenholt_KeepsBothReportedCounts_WithTheirSources()
    {
        // Fixture: the press says five left Labour on 10 February 2025, the council's list four.
        var five = (await AllItemsAsync()).Single(d => AtCouncil(d, "brackenholt") && d.GetProperty("date").GetString() == "2025-02-10");

        var counts = five.GetProperty("reportedCounts").EnumerateArray().Select(c => c.GetProperty("count").GetInt32()).ToList();
        Assert.Equal([5, 5, 4], counts);
        Assert.All(five.GetProperty("reportedCounts").EnumerateArray(),
            c => Assert.False(string.IsNullOrEmpty(c.GetProperty("sourceId").GetString())));
        Assert.Equal(5, five.GetProperty("councillorsLost").GetInt32());
        Assert.Equal("day", five.GetProperty("datePrecision").GetString());
        Assert.Equal("labour", five.GetProperty("fromParty").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Fellside_NamesTwoOfItsThreeCouncillors()
    {
        var fellside = (await AllItemsAsync()).Single(d => d.GetProperty("id").GetString() == "2023-07-14-fellside-three-quit-labour");

        var names = fellside.GetProperty("councillors").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Ruth Askew", "Tom Blaylock"], names);
        Assert.Equal(3, fellside.GetProperty("councillorsLost").GetInt32());
        Assert.Equal("day", fellside.GetProperty("datePrecision").GetString());
        Assert.Equal("2023-07-14", fellside.GetProperty("date").GetString());
    }

    [Fact]
    public async Task UnverifiedReport_HasNoCouncilNoDate_ButItsClaimedCount()
    {
        var bramwell = (await AllItemsAsync()).Single(d => d.GetProperty("verification").GetString() == "unverified");

        Assert.Equal("bramwell-unverified", bramwell.GetProperty("id").GetString());
        Assert.Equal(0, bramwell.GetProperty("councils").GetArrayLength());
        Assert.Equal(2, bramwell.GetProperty("councillorsLost").GetInt32());
        Assert.Equal(JsonValueKind.Null, bramwell.GetProperty("date").ValueKind);
        Assert.Equal("unknown", bramwell.GetProperty("datePrecision").GetString());
        Assert.Equal(0, bramwell.GetProperty("councillors").GetArrayLength());
    }

    [Fact]
    public async Task UnknownCount_IsNull_AndTheMultiCouncilEvent_KeepsItsMonthPrecision()
    {
        var items = await AllItemsAsync();
        var several = items.Single(d => d.GetProperty("id").GetString() == "2025-06-kirkholme-several-quit-labour");
        var castlebridge = items.Single(d => AtCouncil(d, "castlebridge") && AtCouncil(d, "east-weald") && AtCouncil(d, "castlebridge-town"));

        Assert.Equal(JsonValueKind.Null, several.GetProperty("councillorsLost").ValueKind);
        Assert.Equal(JsonValueKind.Null, several.GetProperty("toParty").ValueKind);
        Assert.Equal("2024-06", castlebridge.GetProperty("date").GetString());
        Assert.Equal(6, castlebridge.GetProperty("councillorsLost").GetInt32());
    }

    [Fact]
    public async Task List_IsNewestFirst_WithUndatedLast()
    {
        var items = await AllItemsAsync();
        var dates = items.Select(i => i.GetProperty("date").GetString()).ToList();

        Assert.Null(dates[^1]);
        var known = dates.Where(d => d is not null).Select(d => d![..4]).ToList();
        Assert.Equal(known.OrderDescending(), known);
    }

    [Theory]
    [InlineData("/api/defections?pageSize=501")]
    [InlineData("/api/defections?page=0")]
    [InlineData("/api/defections?page=abc")]
    public async Task List_BadPaging_IsA400Problem(string url)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Councils_ListsEveryCouncil_WithGssCodesAndDefectionCounts()
    {
        var councils = (await GetJsonAsync("/api/councils")).EnumerateArray().ToList();

        var castlebridge = councils.Single(c => c.GetProperty("slug").GetString() == "castlebridge");
        Assert.Equal("E07000902", castlebridge.GetProperty("gssCode").GetString());
        Assert.Equal(41, castlebridge.GetProperty("totalSeats").GetInt32());
        Assert.Equal(1, castlebridge.GetProperty("defectionCount").GetInt32());
        var town = councils.Single(c => c.GetProperty("slug").GetString() == "castlebridge-town");
        Assert.Equal(JsonValueKind.Null, town.GetProperty("gssCode").ValueKind);
        Assert.Equal(7, councils.Count);
    }

    [Fact]
    public async Task Health_ReportsHealthy_IncludingTheDatabase()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
