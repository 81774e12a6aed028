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
        Assert.True(body.GetProperty("total").GetInt32() >= 10);
        Assert.Equal(2, body.GetProperty("items").GetArrayLength());
        var item = body.GetProperty("items")[0];
        foreach (var field in new[] { "id", "date", "datePrecision", "kind", "councils", "fromParty", "toParty", "councillorCount",
                     "reportedCounts", "councillors", "grievances", "verification", "summary", "sources" })
        {
            Assert.True(item.TryGetProperty(field, out _), $"missing {field}");
        }
    }

    [Fact]
    public async Task Broxtowe_KeepsBothReportedCounts_WithTheirSources()
    {
        var broxtowe = (await AllItemsAsync()).Single(d => AtCouncil(d, "broxtowe") && d.GetProperty("date").GetString() == "2025-01-02");

        var counts = broxtowe.GetProperty("reportedCounts").EnumerateArray().Select(c => c.GetProperty("count").GetInt32()).ToList();
        Assert.Contains(20, counts);
        Assert.Contains(18, counts);
        Assert.All(broxtowe.GetProperty("reportedCounts").EnumerateArray(),
            c => Assert.False(string.IsNullOrEmpty(c.GetProperty("sourceId").GetString())));
        Assert.Equal("day", broxtowe.GetProperty("datePrecision").GetString());
        Assert.Equal("labour", broxtowe.GetProperty("fromParty").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Bolsover_NamesItsThreeCouncillors()
    {
        var bolsover = (await AllItemsAsync()).Single(d => AtCouncil(d, "bolsover"));

        var names = bolsover.GetProperty("councillors").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(3, names.Count);
        Assert.Contains(names, n => n!.Contains("Kane", StringComparison.Ordinal));
        Assert.Contains(names, n => n!.Contains("Stevenson", StringComparison.Ordinal));
        Assert.Contains(names, n => n!.Contains("Peake", StringComparison.Ordinal));
        Assert.Equal("month", bolsover.GetProperty("datePrecision").GetString());
        Assert.Equal("2025-03", bolsover.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Humberstone_IsUnverified_WithNoCouncilNoCountNoDate()
    {
        var humberstone = (await AllItemsAsync()).Single(d => d.GetProperty("verification").GetString() == "unverified");

        Assert.Equal(0, humberstone.GetProperty("councils").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, humberstone.GetProperty("councillorCount").ValueKind);
        Assert.Equal(JsonValueKind.Null, humberstone.GetProperty("date").ValueKind);
        Assert.Equal("unknown", humberstone.GetProperty("datePrecision").GetString());
        Assert.Equal(0, humberstone.GetProperty("councillors").GetArrayLength());
    }

    [Fact]
    public async Task Pendle_KeepsItsMonthPrecision()
    {
        var pendle = (await AllItemsAsync()).Single(d => AtCouncil(d, "pendle") && AtCouncil(d, "nelson-town"));

        Assert.Equal("2024-04", pendle.GetProperty("date").GetString());
        Assert.Equal(20, pendle.GetProperty("councillorCount").GetInt32());
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

        var broxtowe = councils.Single(c => c.GetProperty("slug").GetString() == "broxtowe");
        Assert.Equal("E07000172", broxtowe.GetProperty("gssCode").GetString());
        Assert.Equal(44, broxtowe.GetProperty("totalSeats").GetInt32());
        Assert.True(broxtowe.GetProperty("defectionCount").GetInt32() >= 1);
        var nelson = councils.Single(c => c.GetProperty("slug").GetString() == "nelson-town");
        Assert.Equal(JsonValueKind.Null, nelson.GetProperty("gssCode").ValueKind);
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
