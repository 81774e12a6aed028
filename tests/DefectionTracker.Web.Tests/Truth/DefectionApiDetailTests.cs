using System.Net;
using System.Text.Json;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Truth;

/// <summary>GET /api/defections/{id}: the list item plus what the event did at each council.</summary>
[Collection(SharedAppCollection.Name)]
public class DefectionApiDetailTests(SharedAppFixture app)
{
    private async Task<JsonElement> GetAsync(string id)
    {
        using var client = app.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/defections/{id}", UriKind.Relative))).RootElement.Clone();
    }

    private static int SeatsOf(JsonElement composition, string party) =>
        composition.GetProperty("seats").EnumerateArray().Single(s => s.GetProperty("party").GetProperty("slug").GetString() == party)
            .GetProperty("seats").GetInt32();

    [Fact]
    public async Task ControlLoss_ShowsSeatsAndBothLayersBeforeAndAfter()
    {
        var fellside = await GetAsync("2023-07-14-fellside-three-quit-labour");
        var effect = Assert.Single(fellside.GetProperty("effects").EnumerateArray());

        // Labour 16 of 30 (a majority of one) before; 13 after: no overall control.
        Assert.Equal("fellside", effect.GetProperty("council").GetProperty("slug").GetString());
        Assert.Equal(3, effect.GetProperty("seatsMoved").GetInt32());
        Assert.Equal(16, SeatsOf(effect.GetProperty("before"), "labour"));
        Assert.Equal(13, SeatsOf(effect.GetProperty("after"), "labour"));
        Assert.Equal("majority", effect.GetProperty("before").GetProperty("control").GetProperty("kind").GetString());
        Assert.Equal("noOverallControl", effect.GetProperty("after").GetProperty("control").GetProperty("kind").GetString());
        Assert.True(effect.GetProperty("controlFlipped").GetBoolean());
        Assert.True(effect.GetProperty("before").TryGetProperty("administration", out _));
        Assert.Equal(3, fellside.GetProperty("councillorsLost").GetInt32());
    }

    [Fact]
    public async Task MultiCouncilEvent_HasAnEffectPerCouncil_UnknownSplitStaysNull()
    {
        var castlebridge = await GetAsync("2024-06-castlebridge-six-quit-labour");
        var effects = castlebridge.GetProperty("effects").EnumerateArray()
            .ToDictionary(e => e.GetProperty("council").GetProperty("slug").GetString()!);

        Assert.Equal(3, effects.Count);
        Assert.Equal(4, effects["castlebridge"].GetProperty("seatsMoved").GetInt32());
        Assert.Equal(JsonValueKind.Null, effects["castlebridge-town"].GetProperty("seatsMoved").ValueKind);
        Assert.Equal(JsonValueKind.Null, effects["castlebridge-town"].GetProperty("after").GetProperty("seats").ValueKind);
    }

    [Fact]
    public async Task SameMonthPair_SaysTheOrderIsOpen()
    {
        var holt = await GetAsync("2024-05-01-marchbury-holt-leaves-labour");
        var effect = Assert.Single(holt.GetProperty("effects").EnumerateArray());

        Assert.Equal(["2024-05-marchbury-lib-dems-form-group"], effect.GetProperty("orderUnknownWith").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task UnknownId_IsA404Problem()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/defections/no-such-event", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
