using System.Net;
using System.Text.Json;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Administrations;

// Control in two layers on the fixture (tests/DefectionTracker.Testing/Fixtures/dataset/README.md, "Administrations"):
// Fellside Labour majority -> Fellside Partnership (Lib Dem, Conservative) from 27 July 2023, after the 14 July 2023
// control loss; Marchbury Conservative-Lib Dem -> Conservative-MCI coalition, placed after the Lib Dems' May 2024 event
// by "afterEvent"; Kirkholme's record for June 2025 is of unknown kind and shares its month with the walk-out;
// Castlebridge Labour majority throughout; East Weald and Castlebridge Town have none.
[Collection(SharedAppCollection.Name)]
public class AdministrationPagesTests(SharedAppFixture app)
{
    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static string? LostPower(JsonElement council) => council.GetProperty("lostPower").ValueKind == JsonValueKind.Null
        ? null
        : string.Join(",", council.GetProperty("lostPower").EnumerateArray().Select(p => p.GetProperty("slug").GetString()));

    [Fact]
    public async Task CouncilPage_Fellside_ShowsBothLayers_AndLabourLostPower()
    {
        var doc = await app.GetDocumentAsync("/councils/fellside");
        var layers = doc.Single("#control-layers").Text();

        Assert.Contains("Arithmetic: Labour majority → no overall control.", layers, StringComparison.Ordinal);
        Assert.Contains("Administration: Labour majority (from May 2023; source: Fellside District Council ) → "
            + "Fellside Partnership: Lib Dem, Conservative (from 27 July 2023; source: Fellside Gazette ). Labour lost power.", layers, StringComparison.Ordinal);
        // Each administration's source is a link to the page's own list of sources.
        Assert.NotNull(doc.QuerySelector("#control-layers a[href='#source-fellside-gazette-blaylock-lib-dems']"));
        Assert.NotNull(doc.QuerySelector("#source-fellside-gazette-blaylock-lib-dems"));
        Assert.Equal("yes", doc.Single("#administration-changed").TextContent);
        Assert.Equal(2, doc.QuerySelectorAll("ol.administrations > li").Length);
    }

    [Fact]
    public async Task CouncilPage_FellsideControlLossEvent_ShowsTheAdministrationJustBeforeAndAfter()
    {
        var doc = await app.GetDocumentAsync("/councils/fellside");
        var card = doc.Single("article[aria-labelledby='def-2023-07-14-fellside-three-quit-labour'] .control-layers").Text();
        var later = doc.Single("article[aria-labelledby='def-2025-01-fellside-blaylock-joins-lib-dems'] .control-layers").Text();

        Assert.Contains("Labour majority (from May 2023; source: Fellside District Council ) → Fellside Partnership", card, StringComparison.Ordinal);
        Assert.Contains("Labour lost power.", card, StringComparison.Ordinal);
        // Blaylock's move in January 2025 happened under the partnership, which was already in force.
        Assert.Contains("Administration: Fellside Partnership: Lib Dem, Conservative (from 27 July 2023; source: Fellside Gazette ) before and after.", later, StringComparison.Ordinal);
        Assert.DoesNotContain("lost power", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CouncilPage_KirkholmeWalkOut_SaysTheOrderIsNotKnown()
    {
        var doc = await app.GetDocumentAsync("/councils/kirkholme");
        var walkOut = doc.Single("article[aria-labelledby='def-2025-06-kirkholme-several-quit-labour'] .control-layers").Text();

        Assert.Contains("Administration: not known: an administration recorded here starts in the same period as a defection, so which came first is not known.",
            walkOut, StringComparison.Ordinal);
        Assert.Equal("not known", doc.Single("#administration-changed").TextContent);
    }

    [Fact]
    public async Task CouncilPage_WithNoAdministration_SaysNoneIsRecorded()
    {
        var doc = await app.GetDocumentAsync("/councils/castlebridge-town");

        Assert.Contains("Administration: not recorded: no source in the record says who runs this council.", doc.Single("#control-layers").Text(), StringComparison.Ordinal);
        Assert.Contains("No administration is recorded for this council", doc.Single("section[aria-labelledby='administration']").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CouncilsList_MarksWhoLostPower_BesideArithmeticControl()
    {
        var doc = await app.GetDocumentAsync("/councils");
        string Cell(string slug) => doc.QuerySelectorAll("tbody tr")
            .Single(tr => tr.QuerySelector($"th[scope=row] a[href='/councils/{slug}']") is not null)
            .QuerySelector("td.administration-now")!.Text();

        Assert.Equal("Fellside Partnership: Lib Dem, Conservative Labour lost power.", Cell("fellside"));
        Assert.Equal("Conservative–Community Independents coalition Lib Dem lost power.", Cell("marchbury"));
        Assert.Equal("Labour majority", Cell("castlebridge"));
        Assert.Equal("Not known", Cell("kirkholme"));
        Assert.Equal("Not recorded", Cell("east-weald"));
    }

    [Fact]
    public async Task DefectionPage_MarchburyLibDemGroup_ShowsTheAdministrationPlacedByAfterEvent()
    {
        var doc = await app.GetDocumentAsync("/defections/2024-05-marchbury-lib-dems-form-group");
        var layers = doc.Single(".council-effect .control-layers").Text();

        Assert.Contains("Arithmetic: no overall control before and after.", layers, StringComparison.Ordinal);
        Assert.Contains("Administration: Conservative–Lib Dem coalition (from May 2021; source: Marchbury Council ) → "
            + "Conservative–Community Independents coalition (from 20 May 2024; sources: Marchbury Herald ; Shropshire Chronicle ). Lib Dem lost power.", layers, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("#source-shropshire-star-lib-dem-group"));
    }

    [Fact]
    public async Task DefectionPage_HoltTheSameMonth_KeepsTheCoalitionInForce()
    {
        // Holt left on 1 May 2024, before the Lib Dems' group event that the new coalition follows.
        var layers = (await app.GetDocumentAsync("/defections/2024-05-01-marchbury-holt-leaves-labour")).Single(".council-effect .control-layers").Text();

        Assert.Contains("Administration: Conservative–Lib Dem coalition (from May 2021; source: Marchbury Council ) before and after.", layers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartyPage_Labour_ListsFellsideWhereItLostPower()
    {
        var doc = await app.GetDocumentAsync("/parties/labour");
        var items = doc.QuerySelectorAll("ul.power-losses > li").Select(li => li.Text()).ToList();

        var fellside = Assert.Single(items);
        Assert.StartsWith("Fellside District Council : Labour lost power on 14 July 2023: Fellside Partnership: Lib Dem, Conservative ran the council after the event.", fellside, StringComparison.Ordinal);
        Assert.Contains("Arithmetic: Labour majority → no overall control.", fellside, StringComparison.Ordinal);
        // The party page has no source list of its own: administration sources link to /sources.
        Assert.NotNull(doc.QuerySelector("ul.power-losses a[href='/sources#source-fellside-gazette-blaylock-lib-dems']"));
        // The majority loss shows both layers too.
        Assert.Contains("Labour lost power.", doc.Single("ul.control-losses > li").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartyPage_LibDems_LostPowerAtMarchburyWithoutEverHavingAMajority()
    {
        var doc = await app.GetDocumentAsync("/parties/liberal-democrats");

        var item = Assert.Single(doc.QuerySelectorAll("ul.power-losses > li")).Text();
        Assert.StartsWith("Marchbury Council : Lib Dem lost power in May 2024", item, StringComparison.Ordinal);
        Assert.Contains("None in the record: no recorded event took a majority away from Lib Dem.", doc.Single("section[aria-labelledby='control']").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Council_BeforeAndAfterCarryTheAdministration()
    {
        var fellside = await GetJsonAsync("/api/councils/fellside");
        var before = fellside.GetProperty("before").GetProperty("administration");
        var after = fellside.GetProperty("after").GetProperty("administration");

        Assert.Equal("majority", before.GetProperty("kind").GetString());
        Assert.Equal("2023-05", before.GetProperty("asOf").GetString());
        Assert.Equal(["fellside-council-2023-results"], before.GetProperty("sourceIds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("coalition", after.GetProperty("kind").GetString());
        Assert.Equal("Fellside Partnership", after.GetProperty("name").GetString());
        Assert.Equal(["liberal-democrats", "conservative"], after.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("slug").GetString()));
        Assert.Equal("Liberal Democrats", after.GetProperty("parties")[0].GetProperty("name").GetString());
        Assert.Equal("2023-07-27", after.GetProperty("asOf").GetString());
        Assert.True(fellside.GetProperty("administrationChanged").GetBoolean());
        Assert.True(fellside.GetProperty("controlChanged").GetBoolean());
        Assert.Equal("labour", LostPower(fellside));
    }

    [Fact]
    public async Task Api_CouncilWithNoAdministration_SaysUnknownAndNull()
    {
        var town = await GetJsonAsync("/api/councils/castlebridge-town");
        var before = town.GetProperty("before").GetProperty("administration");

        Assert.Equal("unknown", before.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("parties").ValueKind);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("asOf").ValueKind);
        Assert.Empty(before.GetProperty("sourceIds").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, town.GetProperty("administrationChanged").ValueKind);
        Assert.Null(LostPower(town));
    }

    [Fact]
    public async Task Api_List_EveryCouncilHasAdministrationChanged()
    {
        var councils = (await GetJsonAsync("/api/councils")).EnumerateArray()
            .ToDictionary(c => c.GetProperty("slug").GetString()!, c => c);

        static bool? Changed(JsonElement c) => c.GetProperty("administrationChanged").ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };

        Assert.Equal(true, Changed(councils["fellside"]));
        Assert.Equal(true, Changed(councils["marchbury"]));
        Assert.Equal("liberal-democrats", LostPower(councils["marchbury"]));
        Assert.Equal("2024-05-marchbury-lib-dems-form-group",
            councils["marchbury"].GetProperty("after").GetProperty("administration").GetProperty("afterDefectionId").GetString());
        Assert.Equal(false, Changed(councils["castlebridge"]));
        Assert.Equal(false, Changed(councils["brackenholt"]));
        Assert.Null(Changed(councils["kirkholme"])); // the latest record says who runs it is not known
        Assert.Null(Changed(councils["east-weald"]));
        Assert.Null(Changed(councils["castlebridge-town"]));
        // Arithmetic control is unchanged at Marchbury (no overall control throughout) while the administration changed.
        Assert.False(councils["marchbury"].GetProperty("controlChanged").GetBoolean());
    }
}
