using System.Text.Json.Nodes;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Seeding;

/// <summary>
/// The checks issue 11 added to the loader, each fed a broken copy of the fixture: seats moved that the party did not
/// hold, councillors whose affiliations disagree with the event that names them, "group not known" of a party,
/// a story no event names, a destination for a councillor not in the event. Every message names file, record and field.
/// </summary>
public class TruthValidationTests
{
    private const string Holt = "2024-05-01-marchbury-holt-leaves-labour";
    private const string Castlebridge = "2024-06-castlebridge-six-quit-labour";

    private static string LoadError(TempSeeds seeds) =>
        Assert.Throws<SeedValidationException>(() => SeedLoader.Load(seeds.Path)).Message;

    private static JsonObject Record(JsonArray records, string id) =>
        records.Select(r => r!.AsObject()).Single(r => (string?)r["id"] == id);

    private static JsonObject Affiliation(JsonArray councillors, string councillor, string party) =>
        Record(councillors, councillor)["affiliations"]!.AsArray().Select(a => a!.AsObject()).Single(a => (string?)a["party"] == party);

    private static JsonObject Day(string date) => new() { ["date"] = date, ["precision"] = "day" };

    [Fact]
    public void SeatsMoved_MoreThanThePartyHeldAtTheCouncil_NamesTheEventAndItsCouncil()
    {
        using var seeds = TestPaths.CopySeeds();
        // Labour held 26 of Castlebridge's 41 seats just before June 2024 (the 2023 election; no event there before).
        seeds.EditJson("defections.json", records => Record(records, Castlebridge)["councils"]![0]!["seatsChanged"] = 27);

        var error = LoadError(seeds);

        Assert.Contains($"defections.json: record '{Castlebridge}' (#7): field 'councils[0].seatsChanged': 27 seats moved from 'labour' "
            + "at 'castlebridge', but the party held 26 there just before the event", error, StringComparison.Ordinal);
    }

    [Fact]
    public void SeatsMoved_CountsTheEarlierEventsAtTheCouncil_NotOnlyTheComposition()
    {
        using var seeds = TestPaths.CopySeeds();
        // Brackenholt's election gave Labour 40; Okafor's joining (Dec 2023) made it 41 before February 2025's event.
        seeds.EditJson("defections.json", records => Record(records, "2025-02-10-brackenholt-five-quit-labour")["councils"]![0]!["seatsChanged"] = 42);

        var error = LoadError(seeds);

        Assert.Contains("defections.json: record '2025-02-10-brackenholt-five-quit-labour' (#11): field 'councils[0].seatsChanged': 42 seats moved "
            + "from 'labour' at 'brackenholt', but the party held 41 there just before the event", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Councillor_WhoseAffiliationToThePartyLeftEndsAtAnotherTime_IsNamedWithBothDates()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("councillors.json", records => Affiliation(records, "sarah-holt", "labour")["to"] = Day("2023-01-01"));

        var error = LoadError(seeds);

        Assert.Contains($"defections.json: record '{Holt}' (#5): field 'councillors[0]': 'sarah-holt' is listed as leaving 'labour' on 2024-05-01, "
            + "but their affiliation to it ends 1 January 2023 (councillors.json)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Councillor_WithNoAffiliationToThePartyLeftThatEnds_IsNamed()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("councillors.json", records =>
        {
            var labour = Affiliation(records, "sarah-holt", "labour");
            Record(records, "sarah-holt")["affiliations"]!.AsArray().Remove(labour);
        });

        var error = LoadError(seeds);

        Assert.Contains($"defections.json: record '{Holt}' (#5): field 'councillors[0]': 'sarah-holt' is listed as leaving 'labour', "
            + "but has no affiliation to it that ends (councillors.json): add one ending 1 May 2024", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Councillor_WhoseAffiliationToTheDestinationStartsAtAnotherTime_IsNamedWithBothDates()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("councillors.json", records => Affiliation(records, "sarah-holt", "independent")["from"] = Day("2025-01-01"));

        var error = LoadError(seeds);

        Assert.Contains($"defections.json: record '{Holt}' (#5): field 'councillors[0]': 'sarah-holt' is recorded as going to 'independent' "
            + "on 2024-05-01, but their affiliation to it starts 1 January 2025 (councillors.json)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnDestination_ThatTheCouncillorsAffiliationsDoNotHave_IsNamed()
    {
        using var seeds = TestPaths.CopySeeds();
        // The event says independent; a source giving Holt her own destination (the Greens) must agree with councillors.json.
        seeds.EditJson("defections.json", records => Record(records, Holt)["destinations"] = new JsonArray(new JsonObject
        {
            ["councillor"] = "sarah-holt",
            ["toParty"] = "green",
            ["source"] = "marchbury-herald-holt-leaves",
        }));

        var error = LoadError(seeds);

        Assert.Contains($"defections.json: record '{Holt}' (#5): field 'councillors[0]': 'sarah-holt' is recorded as going to 'green', "
            + "but has no affiliation to it (councillors.json)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Destination_ForACouncillorNotInTheEvent_IsRefused()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("defections.json", records => Record(records, Holt)["destinations"] = new JsonArray(new JsonObject
        {
            ["councillor"] = "hannah-mistry",
            ["toParty"] = "independent",
            ["source"] = "marchbury-herald-holt-leaves",
        }));

        var error = LoadError(seeds);

        Assert.Contains($"defections.json: record '{Holt}' (#5): field 'destinations[0].councillor': 'hannah-mistry' is not one of this event's councillors",
            error, StringComparison.Ordinal);
    }

    [Fact]
    public void ToGroupNotKnown_WithAPartyThatIsNotIndependent_IsRefused()
    {
        using var seeds = TestPaths.CopySeeds();
        // The Castlebridge Independents are a local group with a name: "group not known" cannot be said of them.
        seeds.EditJson("defections.json", records => Record(records, Castlebridge)["toGroupNotKnown"] = true);

        var error = LoadError(seeds);

        Assert.Contains($"defections.json: record '{Castlebridge}' (#7): field 'toGroupNotKnown': is true, but 'toParty' is 'castlebridge-independents'",
            error, StringComparison.Ordinal);
    }

    [Fact]
    public void ToGroupNotKnown_WithNoDestination_IsRefused()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("defections.json", records => Record(records, "2025-06-kirkholme-several-quit-labour")["toGroupNotKnown"] = true);

        var error = LoadError(seeds);

        Assert.Contains("defections.json: record '2025-06-kirkholme-several-quit-labour' (#13): field 'toGroupNotKnown': is true, but 'toParty' is null",
            error, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnDestination_GroupNotKnownWithAPartyThatIsNotIndependent_IsRefused()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("defections.json", records => Record(records, "2025-02-10-brackenholt-five-quit-labour")["destinations"]![0]!["toParty"] = "green");

        var error = LoadError(seeds);

        Assert.Contains("defections.json: record '2025-02-10-brackenholt-five-quit-labour' (#11): field 'destinations[0].toGroupNotKnown': "
            + "is true, but 'toParty' is not a party of kind 'independent'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Story_ThatNoEventNames_IsRefused()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("stories.json", records => records.Add(new JsonObject
        {
            ["id"] = "orphan-story",
            ["title"] = "A story about nothing recorded",
            ["summary"] = "No event is part of it.",
            ["sources"] = new JsonArray("green-wave-kent-feature"),
        }));

        var error = LoadError(seeds);

        Assert.Contains("stories.json: record 'orphan-story' (#2): field 'id': no event names this story in its 'story' field", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Story_UnknownInAnEvent_NamesTheEventsStoryField()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("defections.json", records => Record(records, Holt)["story"] = "no-such-story");

        var error = LoadError(seeds);

        Assert.Contains($"defections.json: record '{Holt}' (#5): field 'story': unknown story 'no-such-story'", error, StringComparison.Ordinal);
    }
}
