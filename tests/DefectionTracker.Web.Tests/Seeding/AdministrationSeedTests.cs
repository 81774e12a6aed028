using System.Text.Json.Nodes;
using DefectionTracker.Testing;
using DefectionTracker.Web.Data.Seeding;

namespace DefectionTracker.Web.Tests.Seeding;

// Each test breaks one administration record in a copy of the fixture and checks that the error names the file,
// the record and the field.
public class AdministrationSeedTests
{
    private const string File = "administrations.json";

    private static string LoadError(TempSeeds seeds) =>
        Assert.Throws<SeedValidationException>(() => SeedLoader.Load(seeds.Path)).Message;

    private static string Break(string id, Action<JsonObject> edit)
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson(File, records => edit(records.Single(r => (string?)r!["id"] == id)!.AsObject()));
        return LoadError(seeds);
    }

    [Fact]
    public void Fixture_Administrations_LoadInTheirFileOrder()
    {
        var data = SeedLoader.Load(TestPaths.Fixture);

        Assert.Equal(8, data.Administrations.Count);
        var marchbury = data.Administrations.Single(a => a.Id == "marchbury-2024-05-20-conservative-mci-coalition");
        Assert.Equal(["conservative", "marchbury-community-independents"], marchbury.Parties.OrderBy(p => p.Position).Select(p => p.PartySlug));
        Assert.Equal("2024-05-marchbury-lib-dems-form-group", marchbury.AfterDefectionId);
        Assert.Equal(["marchbury-herald-lib-dem-group", "shropshire-star-lib-dem-group"], marchbury.Sources.Select(s => s.SourceId));
    }

    [Fact]
    public void UnknownKind_NamesTheAllowedKinds()
    {
        var message = Break("fellside-2023-05-labour-majority", a => a["kind"] = "caretaker");

        Assert.Contains($"{File}: record 'fellside-2023-05-labour-majority' (#3): field 'kind': 'caretaker' is not one of: majority, minority, coalition, unknown", message);
    }

    [Fact]
    public void CoalitionOfOneParty_IsRefused()
    {
        var message = Break("fellside-2023-07-27-fellside-partnership", a => a["parties"] = new JsonArray("liberal-democrats"));

        Assert.Contains($"{File}: record 'fellside-2023-07-27-fellside-partnership' (#4): field 'parties': lists 1 party: a coalition has two or more", message);
    }

    [Fact]
    public void MajorityOfTwoParties_IsRefused()
    {
        var message = Break("castlebridge-2023-05-labour-majority", a => a["parties"] = new JsonArray("labour", "green"));

        Assert.Contains("field 'parties': lists 2 parties: a majority administration is one party's", message);
    }

    [Fact]
    public void LeaderPartyNotFirst_IsRefused()
    {
        var message = Break("fellside-2023-07-27-fellside-partnership", a => a["leaderParty"] = "conservative");

        Assert.Contains("field 'leaderParty': 'conservative' is not the first of 'parties' (liberal-democrats, conservative)", message);
    }

    [Fact]
    public void UnknownParty_NamesTheField()
    {
        var message = Break("marchbury-2021-05-conservative-lib-dem-coalition", a => a["parties"]!.AsArray()[1] = "no-such-party");

        Assert.Contains($"{File}: record 'marchbury-2021-05-conservative-lib-dem-coalition' (#7): field 'parties[1]': unknown party 'no-such-party'", message);
    }

    [Fact]
    public void NoSource_IsRefused()
    {
        var message = Break("brackenholt-2023-05-labour-majority", a => a["sources"] = new JsonArray());

        Assert.Contains("record 'brackenholt-2023-05-labour-majority' (#1): field 'sources': is empty: every administration names at least one source", message);
    }

    [Fact]
    public void NoDateAndNoAfterEvent_IsRefused()
    {
        var message = Break("brackenholt-2023-05-labour-majority", a => a["from"] = null);

        Assert.Contains("record 'brackenholt-2023-05-labour-majority' (#1): field 'from': an administration needs a date, or an 'afterEvent' that places it", message);
    }

    [Fact]
    public void DateAtTheWrongPrecision_NamesTheField()
    {
        var message = Break("brackenholt-2023-05-labour-majority", a => a["from"] = new JsonObject { ["date"] = "2023-05-04", ["precision"] = "month" });

        Assert.Contains("record 'brackenholt-2023-05-labour-majority' (#1): field 'from': '2023-05-04' does not match precision 'month'", message);
    }

    [Fact]
    public void AfterEventAtAnotherCouncil_IsRefused()
    {
        var message = Break("marchbury-2024-05-20-conservative-mci-coalition", a => a["afterEvent"] = "2023-07-14-fellside-three-quit-labour");

        Assert.Contains("field 'afterEvent': defection '2023-07-14-fellside-three-quit-labour' did not touch council 'marchbury'", message);
    }

    [Fact]
    public void AfterEventLaterThanTheStart_IsRefused()
    {
        var message = Break("marchbury-2024-05-20-conservative-mci-coalition", a => a["afterEvent"] = "2025-11-marchbury-two-join-reform");

        Assert.Contains("field 'afterEvent': the administration starts (2024-05-20) before defection '2025-11-marchbury-two-join-reform' (2025-11)", message);
    }

    [Fact]
    public void TwoAdministrationsStartingTogether_CannotBeOrdered()
    {
        var message = Break("fellside-2023-07-27-fellside-partnership", a => a["from"] = new JsonObject { ["date"] = "2023-05", ["precision"] = "month" });

        Assert.Contains($"{File}: record 'fellside-2023-07-27-fellside-partnership': field 'from': starts at the same time as 'fellside-2023-05-labour-majority'", message);
    }

    [Fact]
    public void MissingFile_IsNamed()
    {
        using var seeds = TestPaths.CopySeeds();
        System.IO.File.Delete(seeds.File(File));

        Assert.Contains($"{File}: the file is missing", LoadError(seeds));
    }
}
