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
    public async Task Fellside_LabourMajorityOf16Of30_ThenNoOverallControl()
    {
        var fellside = await GetJsonAsync("/api/councils/fellside");

        // Fixture: the 4 May 2023 election gave Labour 16 of 30 (16 needed); three left on 14 July 2023 (Lab 13, Ind 5),
        // and one of those independents joined the Lib Dems in January 2025 (LD 4 -> 5, Ind 5 -> 4).
        var before = fellside.GetProperty("before");
        Assert.Equal("majority", before.GetProperty("control").GetProperty("kind").GetString());
        Assert.Equal("labour", before.GetProperty("control").GetProperty("party").GetProperty("slug").GetString());
        Assert.Equal("Labour Party", before.GetProperty("control").GetProperty("party").GetProperty("name").GetString());
        Assert.Equal(16, SeatsOf(before, "labour"));
        Assert.Equal(16, before.GetProperty("majorityThreshold").GetInt32());
        Assert.Equal("2023-05-04", before.GetProperty("asOf").GetString());

        var after = fellside.GetProperty("after");
        Assert.Equal("noOverallControl", after.GetProperty("control").GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("control").GetProperty("party").ValueKind);
        Assert.Equal(13, SeatsOf(after, "labour"));
        Assert.Equal(5, SeatsOf(after, "liberal-democrats"));
        Assert.Equal(4, SeatsOf(after, "independent"));

        Assert.True(fellside.GetProperty("controlChanged").GetBoolean());
        Assert.Equal(2, fellside.GetProperty("defectionCount").GetInt32());
    }

    [Fact]
    public async Task Brackenholt_LabourMajorityBeforeAndAfter_40ThenTheOfficialList37()
    {
        var brackenholt = await GetJsonAsync("/api/councils/brackenholt");

        // Fixture: 40 of 63 in 2023; "after" is the council's own list of 1 March 2025 (Labour 37), not the events' 36.
        Assert.Equal(40, SeatsOf(brackenholt.GetProperty("before"), "labour"));
        var after = brackenholt.GetProperty("after");
        Assert.Equal(37, SeatsOf(after, "labour"));
        Assert.Equal("2025-03-01", after.GetProperty("asOf").GetString());
        Assert.Equal("brackenholt-council-members-march-2025", after.GetProperty("sourceId").GetString());
        Assert.Equal("majority", after.GetProperty("control").GetProperty("kind").GetString());
        Assert.False(brackenholt.GetProperty("controlChanged").GetBoolean());
        Assert.Equal(3, brackenholt.GetProperty("defectionCount").GetInt32());
    }

    [Fact]
    public async Task Marchbury_NoOverallControlBeforeAndAfter()
    {
        var marchbury = await GetJsonAsync("/api/councils/marchbury");

        Assert.Equal("noOverallControl", marchbury.GetProperty("before").GetProperty("control").GetProperty("kind").GetString());
        Assert.Equal("noOverallControl", marchbury.GetProperty("after").GetProperty("control").GetProperty("kind").GetString());
        Assert.False(marchbury.GetProperty("controlChanged").GetBoolean());
        Assert.Equal("2021-05-06", marchbury.GetProperty("before").GetProperty("asOf").GetString());
        Assert.Equal("day", marchbury.GetProperty("before").GetProperty("asOfPrecision").GetString());
    }

    [Fact]
    public async Task TownCouncil_UnknownCompositionIsNull_NeverAnEmptyListOrZero()
    {
        // Fixture: Castlebridge Town Council (16 seats, so 9 for a majority) has no composition; its one event moved an
        // unknown number of seats.
        var council = await GetJsonAsync("/api/councils/castlebridge-town");

        foreach (var side in new[] { "before", "after" })
        {
            var composition = council.GetProperty(side);
            Assert.Equal(JsonValueKind.Null, composition.GetProperty("seats").ValueKind);
            Assert.Equal("unknown", composition.GetProperty("control").GetProperty("kind").GetString());
            Assert.Equal(JsonValueKind.Null, composition.GetProperty("asOf").ValueKind);
            Assert.Equal(9, composition.GetProperty("majorityThreshold").GetInt32());
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
