using System.Text.Json.Nodes;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Seeding;

/// <summary>What the dataset must say about the order of events and snapshots when the dates alone cannot.</summary>
public class OrderingValidationTests
{
    private static string LoadError(TempSeeds seeds) =>
        Assert.Throws<SeedValidationException>(() => SeedLoader.Load(seeds.Path)).Message;

    private static JsonObject Record(JsonArray records, string id) =>
        records.Select(r => r!.AsObject()).Single(r => (string?)r["id"] == id);

    [Fact]
    public void Snapshot_DatedToAMonthThatHoldsAnEvent_IsRefusedUntilItSaysWhichComesFirst()
    {
        using var seeds = TestPaths.CopySeeds();
        // A press report of Marchbury's seats "in May 2024": the month holds Holt's departure (1 May) and the Lib Dems'.
        seeds.EditJson("compositions.json", records => records.Add(new JsonObject
        {
            ["id"] = "marchbury-2024-05-press",
            ["council"] = "marchbury",
            ["asOf"] = new JsonObject { ["date"] = "2024-05", ["precision"] = "month" },
            ["kind"] = "pressReport",
            ["source"] = Record(records, "marchbury-2021-05-06-election")["source"]!.GetValue<string>(),
            ["seats"] = new JsonArray(new JsonObject { ["party"] = "conservative", ["seats"] = 20 }),
        }));

        var error = LoadError(seeds);

        Assert.Contains("compositions.json: record 'marchbury-2024-05-press' (#8): field 'asOf': May 2024 holds the event "
            + "'2024-05-01-marchbury-holt-leaves-labour'", error, StringComparison.Ordinal);
        Assert.Contains("add \"after\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterLinks_ThatLoop_AreRefused()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("defections.json", records =>
        {
            Record(records, "2024-05-marchbury-lib-dems-form-group")["after"] = "2024-05-01-marchbury-holt-leaves-labour";
            Record(records, "2024-05-01-marchbury-holt-leaves-labour")["after"] = "2024-05-marchbury-lib-dems-form-group";
        });

        Assert.Contains("the 'after' links form a loop", LoadError(seeds), StringComparison.Ordinal);
    }

    [Fact]
    public void After_AnEventThatCannotComeFirst_IsRefused()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("defections.json", records =>
            Record(records, "2023-07-14-fellside-three-quit-labour")["after"] = "2024-05-01-marchbury-holt-leaves-labour");

        Assert.Contains("field 'after': the event is dated 14 July 2023, so it cannot follow '2024-05-01-marchbury-holt-leaves-labour' of 1 May 2024",
            LoadError(seeds), StringComparison.Ordinal);
    }

    [Fact]
    public void After_SetsTheSequence_TheMonthEventComesBehindTheDay()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("defections.json", records =>
            Record(records, "2024-05-marchbury-lib-dems-form-group")["after"] = "2024-05-01-marchbury-holt-leaves-labour");

        var data = SeedLoader.Load(seeds.Path);
        var holt = data.Defections.Single(d => d.Id == "2024-05-01-marchbury-holt-leaves-labour");
        var libDems = data.Defections.Single(d => d.Id == "2024-05-marchbury-lib-dems-form-group");

        Assert.True(libDems.Sequence > holt.Sequence);
        Assert.Equal(Enumerable.Range(0, data.Defections.Count), data.Defections.Select(d => d.Sequence).Order());
    }
}
