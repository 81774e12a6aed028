using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Tests.Domain;

// Pure: no database. The Burnley-shaped case is built by hand from the pattern the issue describes (a Labour minority
// from May 2023, a coalition from 17 November 2023, defections in September and on 5 November, one dated only to
// November); it is not read from the published dataset.
public class AdministrationHistoryTests
{
    private static AdministrationSpell Spell(string id, PartialDate from, AdministrationKind kind, params string[] parties) =>
        new(id, from, null, kind, parties, parties.Length > 0 ? parties[0] : null);

    private static readonly AdministrationSpell Minority = Spell("minority", PartialDate.Month(2023, 5), AdministrationKind.Minority, "labour");

    private static readonly AdministrationSpell Alliance = Spell("alliance", PartialDate.Day(2023, 11, 17), AdministrationKind.Coalition,
        "local-group", "green", "liberal-democrats");

    private static readonly CouncilEvent September = new("september", PartialDate.Month(2023, 9));
    private static readonly CouncilEvent Eleven = new("eleven", PartialDate.Day(2023, 11, 5));
    private static readonly CouncilEvent November = new("november", PartialDate.Month(2023, 11));

    private static AdministrationHistory BurnleyShaped() => AdministrationHistory.Build([Alliance, Minority], [September, Eleven, November]);

    [Fact]
    public void Around_AnEventFollowedByANewCoalition_GivesTheOldAndNewAndWhoLostPower()
    {
        var change = BurnleyShaped().Around("eleven");

        Assert.Equal("minority", change.Before?.Id);
        Assert.Equal("alliance", change.After?.Id);
        Assert.True(change.Changed);
        Assert.Equal(["labour"], change.LostPower);
    }

    [Fact]
    public void Around_AnEventWithNoNewAdministrationBeforeTheNextEvent_GivesTheOneInForceOnBothSides()
    {
        var change = BurnleyShaped().Around("september");

        Assert.Equal("minority", change.Before?.Id);
        Assert.Equal("minority", change.After?.Id);
        Assert.False(change.Changed);
        Assert.Empty(change.LostPower!);
    }

    [Fact]
    public void Around_AnEarlierEvent_DoesNotTakeACoalitionThatCameAfterALaterEvent()
    {
        // "November 2023" sorts before 5 November and cannot be placed against 17 November; the coalition is still
        // known to come after the 5 November event, so September's event did not bring it.
        var change = AdministrationHistory.Build([Minority, Alliance], [September, November, Eleven]).Around("september");

        Assert.Equal(("minority", "minority"), (change.Before?.Id, change.After?.Id));
        Assert.False(change.Changed);
    }

    [Fact]
    public void Around_AnEventInTheSameMonthAsANewAdministration_IsNotKnownRatherThanGuessed()
    {
        // "November 2023" may be before or after 17 November 2023.
        var change = BurnleyShaped().Around("november");

        Assert.Equal(AdministrationUnknown.OrderNotKnown, change.Unknown);
        Assert.Null(change.Before);
        Assert.Null(change.Changed);
        Assert.Null(change.LostPower);
    }

    [Fact]
    public void Overall_FromBeforeTheFirstEventToNow_SaysLabourLostPower()
    {
        var overall = BurnleyShaped().Overall();

        Assert.Equal(("minority", "alliance"), (overall.Before?.Id, overall.After?.Id));
        Assert.True(overall.Changed);
        Assert.Equal(["labour"], overall.LostPower);
    }

    [Fact]
    public void InOrder_SortsByStart_WhateverTheInputOrder()
    {
        Assert.Equal(["minority", "alliance"], BurnleyShaped().InOrder.Select(a => a.Id));
    }

    [Fact]
    public void Around_AnAdministrationWithNoDateButAnAfterEvent_IsPlacedAfterThatEvent()
    {
        // Pendle-shaped: a coalition, the event dated only to April, then a coalition whose start no source dates.
        var before = Spell("lab-ld", PartialDate.Month(2023, 5), AdministrationKind.Coalition, "labour", "liberal-democrats");
        var after = new AdministrationSpell("ig-ld", PartialDate.Unknown, "april", AdministrationKind.Coalition,
            ["independent-group", "liberal-democrats"], "independent-group");
        var history = AdministrationHistory.Build([after, before], [new CouncilEvent("april", PartialDate.Month(2024, 4))]);

        var change = history.Around("april");

        Assert.Equal(("lab-ld", "ig-ld"), (change.Before?.Id, change.After?.Id));
        Assert.Equal(["labour"], change.LostPower);
    }

    [Fact]
    public void Around_AnAfterEventOnTheSameDay_PlacesTheAdministrationAfterIt()
    {
        var majority = Spell("majority", PartialDate.Month(2023, 5), AdministrationKind.Majority, "labour");
        var minority = new AdministrationSpell("minority", PartialDate.Day(2025, 1, 2), "twenty", AdministrationKind.Minority, ["new-group"], "new-group");
        var sameDayWithout = minority with { AfterEventId = null };
        var events = new[] { new CouncilEvent("twenty", PartialDate.Day(2025, 1, 2)) };

        Assert.Equal("minority", AdministrationHistory.Build([majority, minority], events).Around("twenty").After?.Id);
        Assert.Equal(AdministrationUnknown.OrderNotKnown, AdministrationHistory.Build([majority, sameDayWithout], events).Around("twenty").Unknown);
    }

    [Fact]
    public void Around_ANewAdministrationAfterTheNextEvent_BelongsToThatEventNotThisOne()
    {
        var first = Spell("a", PartialDate.Month(2023, 5), AdministrationKind.Majority, "labour");
        var second = Spell("b", PartialDate.Day(2024, 6, 1), AdministrationKind.Minority, "labour");
        var history = AdministrationHistory.Build([first, second],
            [new CouncilEvent("early", PartialDate.Day(2023, 7, 1)), new CouncilEvent("late", PartialDate.Month(2024, 3))]);

        Assert.Equal(("a", "a"), (history.Around("early").Before?.Id, history.Around("early").After?.Id));
        Assert.Equal(("a", "b"), (history.Around("late").Before?.Id, history.Around("late").After?.Id));
    }

    [Fact]
    public void Around_MajorityToMinorityOfTheSameParty_ChangedButNoPartyLostPower()
    {
        var history = AdministrationHistory.Build(
            [Spell("majority", PartialDate.Month(2023, 5), AdministrationKind.Majority, "labour"),
                Spell("minority", PartialDate.Day(2023, 7, 27), AdministrationKind.Minority, "labour")],
            [new CouncilEvent("loss", PartialDate.Day(2023, 7, 14))]);

        var change = history.Around("loss");

        Assert.True(change.Changed);
        Assert.Empty(change.LostPower!);
    }

    [Fact]
    public void SameAs_ANewLeaderFromTheSameParty_IsNotAChangeOfAdministration()
    {
        var fritchley = Spell("fritchley", PartialDate.Month(2023, 5), AdministrationKind.Majority, "labour");
        var yates = fritchley with { Id = "yates", From = PartialDate.Month(2025, 1) };
        var history = AdministrationHistory.Build([fritchley, yates], [new CouncilEvent("march", PartialDate.Month(2025, 3))]);

        Assert.False(history.Overall().Changed);
    }

    [Fact]
    public void Around_NoAdministrationRecorded_IsNotKnown()
    {
        var change = AdministrationHistory.Build([], [Eleven]).Around("eleven");

        Assert.Equal(AdministrationUnknown.NoRecord, change.Unknown);
        Assert.Null(change.Changed);
        Assert.Null(change.LostPower);
    }

    [Fact]
    public void Around_AnAdministrationOfUnknownKind_MakesTheChangeUnknown()
    {
        var unknown = new AdministrationSpell("unknown", PartialDate.Day(2023, 12, 1), null, AdministrationKind.Unknown, [], null);
        var change = AdministrationHistory.Build([Minority, unknown], [Eleven]).Around("eleven");

        Assert.Equal("unknown", change.After?.Id);
        Assert.Null(change.Changed);
        Assert.Null(change.LostPower);
    }

    [Fact]
    public void Around_AnEventWithNoDate_CannotBePlaced()
    {
        var change = AdministrationHistory.Build([Minority], [new CouncilEvent("undated", PartialDate.Unknown)]).Around("undated");

        Assert.Equal(AdministrationUnknown.EventNotPlaced, change.Unknown);
    }

    [Theory]
    [InlineData(4, Placement.After)]
    [InlineData(5, Placement.NotKnown)]
    [InlineData(6, Placement.Before)]
    public void Place_AMonthAgainstAMonth_OnlyOverlappingPeriodsAreNotKnown(int eventMonth, Placement expected)
    {
        // An administration from May 2023 against an event in April, May or June 2023.
        var history = AdministrationHistory.Build([Minority], []);

        Assert.Equal(expected, history.Place(Minority, new CouncilEvent("e", PartialDate.Month(2023, eventMonth))));
    }
}
