using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Tests.Domain;

public class CouncilHistoryTests
{
    private static CompositionSnapshot Snapshot(string id, PartialDate asOf, CompositionKind kind, params (string Party, int Seats)[] seats) =>
        new(id, asOf, kind, "source-" + id, seats.ToDictionary(s => s.Party, s => s.Seats));

    private static SeatChange Change(string id, PartialDate date, string from, string? to, int? seats) => new(id, date, from, to, seats);

    /// <summary>Broxtowe as the seed data has it, written out by hand.</summary>
    private static CouncilHistory Broxtowe() => CouncilHistory.Build(
        44,
        [
            Snapshot("election", PartialDate.Day(2023, 5, 4), CompositionKind.ElectionResult,
                ("labour", 26), ("conservative", 10), ("liberal-democrats", 5), ("independent", 3)),
            Snapshot("official", PartialDate.Day(2025, 1, 17), CompositionKind.OfficialList,
                ("broxtowe-independents", 18), ("conservative", 10), ("labour", 8), ("broxtowe-independent-group", 5), ("liberal-democrats", 3)),
        ],
        [
            Change("carrs", PartialDate.Month(2023, 8), "liberal-democrats", "broxtowe-independent-group", 2),
            Change("big", PartialDate.Month(2023, 10), "independent", "broxtowe-independent-group", 3),
            Change("twenty", PartialDate.Day(2025, 1, 2), "labour", "broxtowe-independents", 20),
        ]);

    [Fact]
    public void Broxtowe_BeforeIsTheElection_NowIsTheOfficialList()
    {
        var h = Broxtowe();

        Assert.Equal("election", h.BeforeSnapshot!.Id);
        Assert.Equal(Control.MajorityFor("labour"), h.Before.Control);
        Assert.Equal(26, h.Before["labour"]);
        Assert.Equal("official", h.NowSnapshot!.Id);
        Assert.Empty(h.SinceNowSnapshot);
        Assert.Equal(8, h.Now["labour"]);
        Assert.Equal(ControlKind.NoOverallControl, h.Now.Control.Kind);
        Assert.True(h.ControlChanged);
    }

    [Fact]
    public void Broxtowe_OnlyTheTwentyFlipControl_FromLabourMajorityToNoOverallControl()
    {
        var h = Broxtowe();

        Assert.False(h.Effects["carrs"].FlippedControl);
        Assert.False(h.Effects["big"].FlippedControl);
        var twenty = h.Effects["twenty"];
        Assert.True(twenty.FlippedControl);
        Assert.Equal(26, twenty.Before["labour"]);
        Assert.Equal(6, twenty.After["labour"]);
        Assert.Equal(20, twenty.After["broxtowe-independents"]);
        Assert.Equal(Control.MajorityFor("labour"), twenty.Before.Control);
        Assert.Equal(Control.NoOverallControl, twenty.After.Control);
    }

    [Fact]
    public void Broxtowe_TheOfficialListDisagreesWithTheEvents_AndBothAreKept()
    {
        var d = Assert.Single(Broxtowe().Discrepancies);

        Assert.Equal("official", d.Snapshot.Id);
        Assert.Equal("election", d.Since!.Id);
        Assert.Equal(["carrs", "big", "twenty"], d.DefectionIds);
        Assert.Equal(6, d.Derived["labour"]);
        Assert.Equal(8, d.Stated["labour"]);
        Assert.Equal(20, d.Derived["broxtowe-independents"]);
        Assert.Equal(18, d.Stated["broxtowe-independents"]);
        Assert.Equal([("broxtowe-independents", 20, 18), ("labour", 6, 8)], d.Differences);
    }

    [Fact]
    public void At_GivesTheCompositionOnADate()
    {
        var h = Broxtowe();

        Assert.False(h.At(new DateOnly(2023, 1, 1)).IsKnown);
        Assert.Equal(5, h.At(new DateOnly(2023, 6, 1))["liberal-democrats"]);
        Assert.Equal(5, h.At(new DateOnly(2024, 6, 1))["broxtowe-independent-group"]);
        Assert.Equal(6, h.At(new DateOnly(2025, 1, 10))["labour"]);
        Assert.Equal(8, h.At(new DateOnly(2025, 6, 1))["labour"]);
    }

    [Fact]
    public void NoBaseline_CompositionAndControlAreUnknown_NotZero()
    {
        var h = CouncilHistory.Build(24, [], [Change("pendle-twenty", PartialDate.Month(2024, 4), "labour", "pendle-independent-group", null)]);

        Assert.False(h.Before.IsKnown);
        Assert.False(h.Now.IsKnown);
        Assert.Null(h.ControlChanged);
        Assert.Null(h.Effects["pendle-twenty"].FlippedControl);
        Assert.Equal(13, h.Now.MajorityThreshold);
    }

    [Fact]
    public void ChangeOfUnknownSize_MakesTheCountUnknown_UntilTheNextSnapshot()
    {
        var h = CouncilHistory.Build(
            10,
            [
                Snapshot("e1", PartialDate.Day(2023, 5, 4), CompositionKind.ElectionResult, ("labour", 6), ("green", 4)),
                Snapshot("e2", PartialDate.Day(2024, 5, 2), CompositionKind.ElectionResult, ("labour", 4), ("green", 6)),
            ],
            [Change("x", PartialDate.Month(2023, 9), "labour", "independent", null)]);

        Assert.False(h.At(new DateOnly(2024, 1, 1)).IsKnown);
        Assert.True(h.Now.IsKnown);
        Assert.Equal(Control.MajorityFor("green"), h.Now.Control);
        Assert.True(h.ControlChanged);
    }

    [Fact]
    public void AnElectionAfterEvents_ReplacesTheCouncil_AndIsNotADiscrepancy()
    {
        var h = CouncilHistory.Build(
            10,
            [
                Snapshot("e1", PartialDate.Day(2023, 5, 4), CompositionKind.ElectionResult, ("labour", 6), ("green", 4)),
                Snapshot("e2", PartialDate.Day(2024, 5, 2), CompositionKind.ElectionResult, ("green", 10)),
            ],
            [Change("x", PartialDate.Month(2023, 9), "labour", "independent", 2)]);

        Assert.Empty(h.Discrepancies);
        Assert.Equal(10, h.Now["green"]);
    }

    [Fact]
    public void ASnapshotOnTheDayOfAChange_AlreadyReflectsIt()
    {
        var h = CouncilHistory.Build(
            10,
            [
                Snapshot("e1", PartialDate.Day(2023, 5, 4), CompositionKind.ElectionResult, ("labour", 6), ("green", 4)),
                Snapshot("press", PartialDate.Month(2024, 4), CompositionKind.PressReport, ("labour", 4), ("green", 4), ("independent", 2)),
            ],
            [Change("x", PartialDate.Month(2024, 4), "labour", "independent", 2)]);

        Assert.Empty(h.Discrepancies);
        Assert.True(h.Effects["x"].FlippedControl);
        Assert.Equal(Control.NoOverallControl, h.Now.Control);
    }

    [Fact]
    public void ASnapshotSummingBelowTheTotal_LeavesTheSeatUnaccounted_InTheDenominator()
    {
        var h = CouncilHistory.Build(
            33,
            [Snapshot("pendle", PartialDate.Month(2024, 4), CompositionKind.PressReport,
                ("conservative", 13), ("pendle-independent-group", 10), ("liberal-democrats", 7), ("independent", 2))],
            []);

        Assert.Equal(1, h.Now.Unassigned);
        Assert.Equal(17, h.Now.MajorityThreshold);
        Assert.Equal(Control.NoOverallControl, h.Now.Control);
    }

    [Fact]
    public void AChangeWithAnUnknownDate_CannotBePlaced_AndIsListedApart()
    {
        var h = CouncilHistory.Build(
            10,
            [Snapshot("e1", PartialDate.Day(2023, 5, 4), CompositionKind.ElectionResult, ("labour", 6), ("green", 4))],
            [Change("undated", PartialDate.Unknown, "labour", "independent", 3)]);

        Assert.Empty(h.Effects);
        Assert.Equal(["undated"], h.UnplacedDefectionIds);
        Assert.Equal(6, h.Now["labour"]);
    }

    [Fact]
    public void AChangeToAnUnstatedDestination_IsKeptAsAffiliationNotKnown()
    {
        var h = CouncilHistory.Build(
            45,
            [Snapshot("e1", PartialDate.Day(2023, 5, 4), CompositionKind.ElectionResult, ("labour", 12), ("green", 7))],
            [Change("sollis", PartialDate.Month(2023, 11), "labour", null, 1)]);

        Assert.Equal(1, h.Now[Seats.UnknownAffiliation]);
        Assert.Equal(11, h.Now["labour"]);
        Assert.Equal(45, h.Now.TotalSeats);
    }

    [Fact]
    public void EventsAfterTheLatestSnapshot_AreListed_SoNowIsKnownToBeDerived()
    {
        var h = CouncilHistory.Build(
            10,
            [Snapshot("e1", PartialDate.Day(2023, 5, 4), CompositionKind.ElectionResult, ("labour", 6), ("green", 4))],
            [Change("x", PartialDate.Day(2024, 1, 9), "labour", "green", 1)]);

        Assert.Equal(["x"], h.SinceNowSnapshot);
        Assert.Equal(PartialDate.Day(2024, 1, 9), h.NowAsOf);
        Assert.Equal(5, h.Now["green"]);
    }
}
