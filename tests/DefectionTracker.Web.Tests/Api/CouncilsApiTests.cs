using System.Net;
using System.Text.Json;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Api;

[Collection(SharedAppCollection.Name)]
public class CouncilsApiTests(SharedAppFixture app)
{
    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static int SeatsOf(JsonElement composition, string party) =>
        composition.GetProperty("seats").EnumerateArray()
            .Where(s => s.GetProperty("party").GetProperty("slug").GetString() == party)
            .Select(s => s.GetProperty("seats").GetInt32())
            .SingleOrDefault();

    [Fact]
    public async Task List_EachCouncil_HasBeforeAfterControlChangedAndDefectionCount()
    {
        var councils = (await GetJsonAsync("/api/councils")).EnumerateArray().ToList();

        Assert.Equal(7, councils.Count);
        foreach (var council in councils)
        {
            foreach (var field in new[] { "slug", "name", "gssCode", "kind", "totalSeats", "defectionCount", "before", "after", "controlChanged" })
            {
                Assert.True(council.TryGetProperty(field, out _), $"missing {field}");
            }

            foreach (var side in new[] { "before", "after" })
            {
                var composition = council.GetProperty(side);
                foreach (var field in new[] { "asOf", "control", "seats", "majorityThreshold" })
                {
                    Assert.True(composition.TryGetProperty(field, out _), $"missing {side}.{field}");
                }

                Assert.Contains(composition.GetProperty("control").GetProperty("kind").GetString(), new[] { "majority", "noOverallControl", "unknown" });
            }
        }
    }

    [Fact]
    public async Task Broxtowe_LabourMajorityOf26Of44_ThenNoOverallControl()
    {
        var broxtowe = await GetJsonAsync("/api/councils/broxtowe");

        var before = broxtowe.GetProperty("before");
        Assert.Equal("majority", before.GetProperty("control").GetProperty("kind").GetString());
        Assert.Equal("labour", before.GetProperty("control").GetProperty("party").GetProperty("slug").GetString());
        Assert.Equal("Labour Party", before.GetProperty("control").GetProperty("party").GetProperty("name").GetString());
        Assert.Equal(26, SeatsOf(before, "labour"));
        Assert.Equal(23, before.GetProperty("majorityThreshold").GetInt32());
        Assert.Equal("2023-05-04", before.GetProperty("asOf").GetString());

        var after = broxtowe.GetProperty("after");
        Assert.Equal("noOverallControl", after.GetProperty("control").GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("control").GetProperty("party").ValueKind);
        Assert.Equal(8, SeatsOf(after, "labour"));
        Assert.Equal(18, SeatsOf(after, "broxtowe-independents"));
        Assert.Equal("2025-01-17", after.GetProperty("asOf").GetString());
        Assert.Equal("broxtowe-political-structure", after.GetProperty("sourceId").GetString());

        Assert.True(broxtowe.GetProperty("controlChanged").GetBoolean());
        Assert.Equal(3, broxtowe.GetProperty("defectionCount").GetInt32());
    }

    [Fact]
    public async Task Nottingham_LabourMajorityBeforeAndAfter_51Then43()
    {
        var nottingham = await GetJsonAsync("/api/councils/nottingham");

        Assert.Equal(51, SeatsOf(nottingham.GetProperty("before"), "labour"));
        Assert.Equal(43, SeatsOf(nottingham.GetProperty("after"), "labour"));
        Assert.Equal("majority", nottingham.GetProperty("after").GetProperty("control").GetProperty("kind").GetString());
        Assert.False(nottingham.GetProperty("controlChanged").GetBoolean());
    }

    [Fact]
    public async Task Burnley_NoOverallControlBeforeAndAfter()
    {
        var burnley = await GetJsonAsync("/api/councils/burnley");

        Assert.Equal("noOverallControl", burnley.GetProperty("before").GetProperty("control").GetProperty("kind").GetString());
        Assert.Equal("noOverallControl", burnley.GetProperty("after").GetProperty("control").GetProperty("kind").GetString());
        Assert.False(burnley.GetProperty("controlChanged").GetBoolean());
        Assert.Equal("2024", burnley.GetProperty("after").GetProperty("asOf").GetString());
        Assert.Equal("year", burnley.GetProperty("after").GetProperty("asOfPrecision").GetString());
    }

    [Theory]
    [InlineData("nelson-town", 13)]
    [InlineData("brierfield-town", 7)]
    public async Task TownCouncils_UnknownCompositionIsNull_NeverAnEmptyListOrZero(string slug, int threshold)
    {
        var council = await GetJsonAsync("/api/councils/" + slug);

        foreach (var side in new[] { "before", "after" })
        {
            var composition = council.GetProperty(side);
            Assert.Equal(JsonValueKind.Null, composition.GetProperty("seats").ValueKind);
            Assert.Equal("unknown", composition.GetProperty("control").GetProperty("kind").GetString());
            Assert.Equal(JsonValueKind.Null, composition.GetProperty("asOf").ValueKind);
            Assert.Equal(threshold, composition.GetProperty("majorityThreshold").GetInt32());
        }

        Assert.Equal(JsonValueKind.Null, council.GetProperty("controlChanged").ValueKind);
        Assert.Equal(1, council.GetProperty("defectionCount").GetInt32());
    }

    [Fact]
    public async Task List_AndItem_AgreeForEveryCouncil()
    {
        var list = (await GetJsonAsync("/api/councils")).EnumerateArray().ToList();

        foreach (var item in list)
        {
            var single = await GetJsonAsync("/api/councils/" + item.GetProperty("slug").GetString());
            Assert.Equal(item.GetRawText(), single.GetRawText());
        }
    }

    [Fact]
    public async Task UnknownCouncil_IsA404Problem()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/councils/no-such-council");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Council not found", problem.GetProperty("title").GetString());
    }
}
