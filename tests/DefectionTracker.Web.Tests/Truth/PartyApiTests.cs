using System.Net;
using System.Text.Json;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Truth;

[Collection(SharedAppCollection.Name)]
public class PartyApiTests(SharedAppFixture app)
{
    [Fact]
    public async Task Labour_CouncillorsLostByTheOneRule_AndPerCouncil()
    {
        using var client = app.CreateClient();
        var labour = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/parties/labour", UriKind.Relative))).RootElement;
        var councils = labour.GetProperty("councils").EnumerateArray()
            .ToDictionary(c => c.GetProperty("slug").GetString()!, c => c.GetProperty("councillorsLost"));

        // The fixture README's figure: 20 (Bramwell unverified, Pennington's resignation already counted, the Kirkholme
        // walk-out of unknown size, so a lower bound).
        Assert.Equal(20, labour.GetProperty("councillorsLost").GetInt32());
        Assert.True(labour.GetProperty("councillorsLostIsLowerBound").GetBoolean());
        Assert.Equal(1, labour.GetProperty("unverifiedEvents").GetInt32());
        Assert.Equal(1, labour.GetProperty("eventsAlreadyCounted").GetInt32());
        // Castlebridge's six at three councils: 4, 2 (plus East Weald's two to the Greens) and the town's unknown split.
        Assert.Equal(4, councils["castlebridge"].GetInt32());
        Assert.Equal(4, councils["east-weald"].GetInt32());
        Assert.Equal(JsonValueKind.Null, councils["castlebridge-town"].ValueKind);
        Assert.Equal(JsonValueKind.Null, councils["kirkholme"].ValueKind);
        Assert.Equal(3, councils["marchbury"].GetInt32());
    }

    [Fact]
    public async Task UnknownParty_IsA404Problem()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/parties/no-such-party", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
