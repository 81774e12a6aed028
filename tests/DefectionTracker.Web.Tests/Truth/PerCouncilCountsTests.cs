using System.Text.Json;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Truth;

/// <summary>Counts per council come from the seats moved at that council; a party filter counts that party's losses only.</summary>
[Collection(SharedAppCollection.Name)]
public class PerCouncilCountsTests(SharedAppFixture app)
{
    private async Task<JsonElement> JsonAsync(string url)
    {
        using var client = app.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative))).RootElement.Clone();
    }

    [Fact]
    public async Task GrievanceApi_MultiCouncilEvent_CreditsEachCouncilWithItsOwnSeats()
    {
        var winterFuel = await JsonAsync("/api/grievances/winter-fuel-payment");
        var councils = winterFuel.GetProperty("councils").EnumerateArray()
            .ToDictionary(c => c.GetProperty("slug").GetString()!, c => c.GetProperty("councillorsStating"));

        // Castlebridge's six stated it as a group (two of them named): 4 borough seats, 2 county seats, the town council's
        // split unknown. The press attributed it to Marchbury's two: that counts nobody as citing it.
        Assert.Equal(4, councils["castlebridge"].GetInt32());
        Assert.Equal(2, councils["east-weald"].GetInt32());
        Assert.Equal(JsonValueKind.Null, councils["castlebridge-town"].ValueKind);
        Assert.Equal(0, councils["marchbury"].GetInt32());
        Assert.Equal(6, winterFuel.GetProperty("councillorsStating").GetInt32());
    }

    [Fact]
    public async Task GrievanceApi_OneCouncillorsReason_IsHersNotHerGroups()
    {
        // Ruth Askew alone stated internal democracy when three left Fellside; Castlebridge's six had it attributed.
        var grievance = await JsonAsync("/api/grievances/internal-democracy");
        var councils = grievance.GetProperty("councils").EnumerateArray()
            .ToDictionary(c => c.GetProperty("slug").GetString()!, c => c.GetProperty("councillorsStating"));

        Assert.Equal(1, grievance.GetProperty("councillorsStating").GetInt32());
        Assert.Equal(1, councils["fellside"].GetInt32());
        Assert.Equal(0, councils["castlebridge"].GetInt32());
    }

    [Fact]
    public async Task GrievancePage_MultiCouncilEvent_DoesNotGiveTheTownTheWholeCount()
    {
        var doc = await app.GetDocumentAsync("/grievances/winter-fuel-payment");
        var town = doc.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Castlebridge Town Council", StringComparison.Ordinal));

        Assert.DoesNotContain(" 6 ", " " + town.Text() + " ", StringComparison.Ordinal);
        Assert.Contains("of unknown size", town.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Brackenholt Metropolitan Borough Council", "6")]
    [InlineData("labour", "Brackenholt Metropolitan Borough Council", "5")]
    [InlineData(null, "Marchbury Council", "6")]
    [InlineData("labour", "Marchbury Council", "3")]
    public async Task CouncilList_PartyFilter_CountsThatPartysLossesOnly(string? party, string council, string lost)
    {
        // Brackenholt: a Conservative to Reform (1) and five Labour; Okafor's move from independent to Labour is no
        // party's loss. Marchbury: Holt (1) and two to Reform (Labour), three Lib Dems forming a group.
        var doc = await app.GetDocumentAsync(party is null ? "/councils" : $"/councils?party={party}");
        var row = doc.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(council, StringComparison.Ordinal));

        Assert.Equal(lost, row.QuerySelectorAll("td.num")[1].Text());
    }
}
