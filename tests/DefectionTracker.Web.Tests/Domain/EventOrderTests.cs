using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Tests.Domain;

/// <summary>A council's replay follows the one order, "after" links included, and says where the order is open.</summary>
public class EventOrderTests
{
    // Burnley as the sources tell it: Labour 21 at the 2023 election, Briggs joins (September), the eleven leave on
    // 5 November (10 borough seats), Sollis "days later" (November).
    private static CouncilHistory Burnley(bool sollisAfterTheEleven)
    {
        var election = new CompositionSnapshot("election", PartialDate.Day(2023, 5, 4), CompositionKind.ElectionResult, "src",
            new Dictionary<string, int> { ["labour"] = 21, ["conservative"] = 7, ["liberal-democrats"] = 7, ["green"] = 7, ["bpi"] = 3 });
        var sollis = sollisAfterTheEleven ? 3 : 1;
        var eleven = sollisAfterTheEleven ? 2 : 3;
        return CouncilHistory.Build(45, [election],
        [
            new SeatChange("briggs", PartialDate.Month(2023, 9), "bpi", "labour", 1, Sequence: 0),
            new SeatChange("eleven", PartialDate.Day(2023, 11, 5), "labour", "big", 10, Sequence: eleven),
            new SeatChange("sollis", PartialDate.Month(2023, 11), "labour", null, 1, Sequence: sollis,
                After: sollisAfterTheEleven ? "eleven" : null),
        ]);
    }

    [Fact]
    public void Replay_WithAfterLink_GivesTheSourcesFigures_22To12_Then11()
    {
        var history = Burnley(sollisAfterTheEleven: true);

        Assert.Equal(22, history.Effects["eleven"].Before["labour"]);
        Assert.Equal(12, history.Effects["eleven"].After["labour"]);
        Assert.Equal(11, history.Effects["sollis"].After["labour"]);
        Assert.Empty(history.Effects["eleven"].OrderUnknownWith);
        Assert.Empty(history.Effects["sollis"].OrderUnknownWith);
    }

    [Fact]
    public void Replay_WithoutTheLink_SaysTheOrderIsOpen()
    {
        var history = Burnley(sollisAfterTheEleven: false);

        Assert.Equal([("sollis", PartialDate.Month(2023, 11))], history.Effects["eleven"].OrderUnknownWith);
        Assert.Equal([("eleven", PartialDate.Day(2023, 11, 5))], history.Effects["sollis"].OrderUnknownWith);
        Assert.Empty(history.Effects["briggs"].OrderUnknownWith);
    }

    [Fact]
    public void Snapshot_NamingAnEvent_IsPlacedJustAfterIt()
    {
        var election = new CompositionSnapshot("election", PartialDate.Day(2023, 5, 4), CompositionKind.ElectionResult, "src",
            new Dictionary<string, int> { ["labour"] = 11, ["conservative"] = 14 });
        // "New make-up" stated in the April article: it already includes the event, though both are dated April.
        var after = new CompositionSnapshot("april", PartialDate.Month(2024, 4), CompositionKind.PressReport, "src",
            new Dictionary<string, int> { ["pig"] = 10, ["conservative"] = 13, ["independent"] = 1 }, After: "twenty");

        var history = CouncilHistory.Build(33, [election, after],
            [new SeatChange("twenty", PartialDate.Month(2024, 4), "labour", "pig", 10, Sequence: 0)]);

        Assert.Equal(11, history.Effects["twenty"].Before["labour"]);
        Assert.Equal(10, history.Effects["twenty"].After["pig"]);
        Assert.Same(after, history.NowSnapshot);
        Assert.Equal(13, history.Now["conservative"]);
    }
}
