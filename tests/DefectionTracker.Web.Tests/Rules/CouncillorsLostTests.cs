using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Tests.Rules;

/// <summary>The one rule for councillors lost by a party, on hand-made events (no database).</summary>
public class CouncillorsLostTests
{
    private static LossEvent Event(string id, int? count, int?[] seats, string[]? councillors = null,
        Verification verification = Verification.Confirmed) =>
        CouncillorsLost.Event(id, PartialDate.Month(2024, 4), count, seats, councillors ?? [], verification);

    [Fact]
    public void Tally_SuspendedThenResigned_CountsThePersonOnce()
    {
        var suspended = Event("a-suspended", 1, [1], ["quddoos"]);
        var resigned = Event("b-resigned", 1, [0], ["quddoos"]);

        var tally = CouncillorsLost.Tally([suspended, resigned]);

        Assert.Equal(1, tally.Councillors);
        Assert.Equal(1, tally.AlreadyCountedEvents);
        Assert.Equal(LossContribution.AlreadyCounted, CouncillorsLost.Contribution(resigned));
    }

    [Fact]
    public void Tally_UnverifiedReport_IsCountedApartAndAddsNothing()
    {
        var tally = CouncillorsLost.Tally([Event("a", 5, [5]), Event("rumour", 3, [], verification: Verification.Unverified)]);

        Assert.Equal(5, tally.Councillors);
        Assert.Equal(1, tally.UnverifiedEvents);
        Assert.Equal(0, tally.UnknownCountEvents);
        Assert.False(tally.IsLowerBound);
    }

    [Fact]
    public void Tally_UnknownCount_AddsNothingAndMakesTheTotalALowerBound()
    {
        var tally = CouncillorsLost.Tally([Event("a", 2, [2]), Event("b", null, [null])]);

        Assert.Equal(2, tally.Councillors);
        Assert.Equal(1, tally.UnknownCountEvents);
        Assert.True(tally.IsLowerBound);
    }

    [Fact]
    public void Event_TiedToNoCouncil_IsNotMovedNoSeat()
    {
        Assert.False(Event("no-council", 2, []).MovedNoSeat);
        Assert.True(Event("zero-everywhere", 2, [0, 0]).MovedNoSeat);
        Assert.False(Event("one-council-moved", 2, [0, 2]).MovedNoSeat);
    }

    [Fact]
    public void AtCouncil_UnknownSplitStaysUnknown_UnverifiedAddsNothing()
    {
        Assert.Null(CouncillorsLost.AtCouncil(null, Verification.Confirmed));
        Assert.Equal(3, CouncillorsLost.AtCouncil(3, Verification.SingleSource));
        Assert.Equal(0, CouncillorsLost.AtCouncil(3, Verification.Unverified));
    }
}
