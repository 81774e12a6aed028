using System.Net;
using System.Text.Json;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Timeline;

[Collection(SharedAppCollection.Name)]
public class TimelineApiTests(SharedAppFixture app)
{
    private async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private static PartialDate DateOf(JsonElement entry)
    {
        var precision = Enum.Parse<DatePrecision>(entry.GetProperty("datePrecision").GetString()!, ignoreCase: true);
        Assert.True(PartialDate.TryParse(entry.GetProperty("date").GetString(), precision, out var date, out var error), error);
        return date;
    }

    [Fact]
    public async Task Api_Labour_HasTheDocumentedShape()
    {
        var (response, body) = await GetAsync("/api/timeline?party=labour");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("labour", body.GetProperty("party").GetProperty("slug").GetString());
        Assert.Equal("Labour Party", body.GetProperty("party").GetProperty("name").GetString());
        var first = body.GetProperty("entries")[0];
        foreach (var field in new[] { "defectionId", "date", "datePrecision", "councils", "councillorsLost", "cumulative", "controlLost" })
        {
            Assert.True(first.TryGetProperty(field, out _), $"missing {field}");
        }

        // The fixture's oldest Labour event: three left on Fellside, ending Labour's 16-of-30 majority.
        Assert.Equal("2023-07-14-fellside-three-quit-labour", first.GetProperty("defectionId").GetString());
        Assert.Equal("2023-07-14", first.GetProperty("date").GetString());
        Assert.Equal("day", first.GetProperty("datePrecision").GetString());
        Assert.Equal("fellside", first.GetProperty("councils")[0].GetProperty("slug").GetString());
        Assert.Equal("Fellside District Council", first.GetProperty("councils")[0].GetProperty("name").GetString());
        Assert.Equal(3, first.GetProperty("councillorsLost").GetInt32());
        Assert.Equal(3, first.GetProperty("cumulative").GetInt32());
        Assert.True(first.GetProperty("controlLost").GetBoolean());
    }

    [Fact]
    public async Task Api_Entries_AreInDateOrder_ByTheOneRule()
    {
        var (_, body) = await GetAsync("/api/timeline");

        var dates = body.GetProperty("entries").EnumerateArray().Select(DateOf).ToList();
        Assert.Equal(9, dates.Count); // the fixture's 10 Labour events less the undated unverified report
        for (var i = 1; i < dates.Count; i++)
        {
            Assert.True(dates[i - 1].CompareTo(dates[i]) <= 0, $"{dates[i - 1]} before {dates[i]}");
        }

        // Castlebridge: control kept on the borough and county, unknown on the town council, so unknown overall.
        var castlebridge = body.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("defectionId").GetString() == "2024-06-castlebridge-six-quit-labour");
        Assert.Equal("2024-06", castlebridge.GetProperty("date").GetString());
        Assert.Equal("month", castlebridge.GetProperty("datePrecision").GetString());
        Assert.Equal(JsonValueKind.Null, castlebridge.GetProperty("controlLost").ValueKind);
        Assert.Equal(3, castlebridge.GetProperty("councils").GetArrayLength());
    }

    [Fact]
    public async Task Api_Cumulative_CountsKnownNumbersOnce()
    {
        var (_, body) = await GetAsync("/api/timeline?party=labour");

        var entries = body.GetProperty("entries").EnumerateArray().ToList();
        var running = 0;
        foreach (var e in entries)
        {
            running += e.GetProperty("addedToCumulative").GetInt32();
            Assert.Equal(running, e.GetProperty("cumulative").GetInt32());
        }

        // Pennington was counted at his suspension; his resignation moved no seat and adds nothing.
        var resigns = entries.Single(e => e.GetProperty("defectionId").GetString() == "2024-09-12-kirkholme-pennington-resigns");
        Assert.Equal(1, resigns.GetProperty("councillorsLost").GetInt32());
        Assert.Equal(0, resigns.GetProperty("addedToCumulative").GetInt32());
        Assert.Equal("2024-02-kirkholme-pennington-suspended", resigns.GetProperty("alreadyCountedIn").GetString());
        // 3 + 1 + 1 + 6 + 0 + 2 + 5 + unknown + 2 = 20 (README: Labour councillors lost).
        Assert.Equal(20, entries[^1].GetProperty("cumulative").GetInt32());
        Assert.Equal(20, body.GetProperty("totalCounted").GetInt32());
    }

    [Fact]
    public async Task Api_Fellside_IsTheOnlyControlLoss()
    {
        var (_, body) = await GetAsync("/api/timeline?party=labour");

        var lost = body.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("controlLost").ValueKind == JsonValueKind.True).ToList();
        var fellside = Assert.Single(lost);
        Assert.Equal("2023-07-14-fellside-three-quit-labour", fellside.GetProperty("defectionId").GetString());
        Assert.Equal(3, fellside.GetProperty("councillorsLost").GetInt32());
        Assert.Equal("independent", fellside.GetProperty("destination").GetString());
    }

    [Fact]
    public async Task Api_Undated_HoldsTheUnverifiedReport_WithNullDateAndCumulative()
    {
        var (_, body) = await GetAsync("/api/timeline?party=labour");

        var bramwell = Assert.Single(body.GetProperty("undated").EnumerateArray());
        Assert.Equal("bramwell-unverified", bramwell.GetProperty("defectionId").GetString());
        Assert.Equal(JsonValueKind.Null, bramwell.GetProperty("date").ValueKind);
        Assert.Equal("unknown", bramwell.GetProperty("datePrecision").GetString());
        Assert.Equal(2, bramwell.GetProperty("councillorsLost").GetInt32()); // claimed, shown, not added
        Assert.Equal(JsonValueKind.Null, bramwell.GetProperty("cumulative").ValueKind);
        Assert.Equal(JsonValueKind.Null, bramwell.GetProperty("controlLost").ValueKind);
        Assert.Equal(1, body.GetProperty("unknownCountEvents").GetInt32()); // the Kirkholme walk-out
    }

    [Fact]
    public async Task Api_Filters_ApplyAsOnThePage()
    {
        var (_, body) = await GetAsync("/api/timeline?party=labour&area=Kent");

        // Kent: the Castlebridge six and the two East Weald county councillors; the unverified report has no council.
        Assert.Equal(2, body.GetProperty("entries").GetArrayLength());
        Assert.Equal(0, body.GetProperty("undated").GetArrayLength());
        Assert.Equal(8, body.GetProperty("totalCounted").GetInt32());
    }

    [Fact]
    public async Task Api_UnknownParty_Is404ProblemDetails()
    {
        var (response, body) = await GetAsync("/api/timeline?party=no-such-party");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
        Assert.Contains("no-such-party", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2024-02-30", "from")]
    [InlineData("to=April", "to")]
    [InlineData("destination=elsewhere", "destination")]
    [InlineData("grievance=nope", "grievance")]
    public async Task Api_BadFilter_Is400ProblemDetails_NamingTheParameter(string query, string parameter)
    {
        var (response, body) = await GetAsync("/api/timeline?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out var messages), body.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
    }
}
