using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Councils;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Tests.Councils;

public class ControlStoryTests
{
    private static readonly PartyLabels Parties = new(new Dictionary<string, PartyLabelViewModel>
    {
        ["labour"] = new("labour", "Labour Party", "Labour", "#B0182B"),
        ["green"] = new("green", "Green Party", "Green", "#2E6B30"),
        ["independent"] = new("independent", "Independent", "Ind", "#595959"),
        ["local"] = new("local", "Local Group", "Local", "#6A1B9A"),
    });

    private static CompositionSnapshot Snapshot(string id, PartialDate asOf, CompositionKind kind, params (string Party, int Seats)[] seats) =>
        new(id, asOf, kind, "src-" + id, seats.ToDictionary(s => s.Party, s => s.Seats));

    private static string Describe(CouncilHistory history, params StoryEvent[] events) =>
        ControlStory.Describe(history, events.ToDictionary(e => e.Id), Parties, id => id == "src-list" ? "the council's list" : "Example News");

    private static StoryEvent Event(string id, PartialDate date, string from, string? to, int? seats, DefectionKind kind = DefectionKind.LeftParty,
        params (int Count, string SourceId)[] counts) => new(id, date, kind, from, to, seats, true, counts);

    [Fact]
    public void MajorityLost_NamesTheEvent_TheCount_AndTheOtherSourcesCount()
    {
        var history = CouncilHistory.Build(
            44,
            [
                Snapshot("election", PartialDate.Day(2023, 5, 4), CompositionKind.ElectionResult, ("labour", 26), ("green", 18)),
                Snapshot("list", PartialDate.Day(2025, 1, 17), CompositionKind.OfficialList, ("labour", 8), ("local", 18), ("green", 18)),
            ],
            [new SeatChange("twenty", PartialDate.Day(2025, 1, 2), "labour", "local", 20)]);

        var story = Describe(history, Event("twenty", PartialDate.Day(2025, 1, 2), "labour", "local", 20, DefectionKind.FormedNewGroup,
            (20, "src-press"), (18, "src-list")));

        Assert.Equal("Labour lost its majority on 2 January 2025 when 20 councillors left (18 according to the council's list). No party has had a majority since.", story);
    }

    [Fact]
    public void MajorityLostBySuspension_InAMonth_SaysSo()
    {
        var history = CouncilHistory.Build(
            10,
            [Snapshot("e", PartialDate.Day(2023, 5, 4), CompositionKind.ElectionResult, ("labour", 6), ("green", 4))],
            [new SeatChange("s", PartialDate.Month(2024, 3), "labour", "independent", 1)]);

        var story = Describe(history, Event("s", PartialDate.Month(2024, 3), "labour", "independent", 1, DefectionKind.Suspended));

        Assert.Equal("Labour lost its majority in March 2024 when one councillor was suspended. No party has had a majority since.", story);
    }

    [Fact]
    public void MajorityGained_SaysWhoJoinedFromWhere()
    {
        var history = CouncilHistory.Build(
            10,
            [Snapshot("e", PartialDate.Day(2023, 5, 4), CompositionKind.ElectionResult, ("green", 5), ("labour", 5))],
            [new SeatChange("j", PartialDate.Day(2024, 2, 1), "labour", "green", 1)]);

        var story = Describe(history, Event("j", PartialDate.Day(2024, 2, 1), "labour", "green", 1, DefectionKind.JoinedAnotherParty));

        Assert.Equal("Green gained a majority on 1 February 2024 when one councillor joined it from Labour. Green has held a majority since.", story);
    }

    [Fact]
    public void ControlChangedWithoutASingleEventFlippingIt_SaysSoHonestly()
    {
        var history = CouncilHistory.Build(
            10,
            [
                Snapshot("e", PartialDate.Day(2023, 5, 4), CompositionKind.ElectionResult, ("labour", 7), ("green", 3)),
                Snapshot("p", PartialDate.Day(2024, 6, 1), CompositionKind.PressReport, ("labour", 5), ("green", 3), ("independent", 2)),
            ],
            [new SeatChange("one", PartialDate.Day(2024, 1, 5), "labour", "independent", 1)]);

        var story = Describe(history, Event("one", PartialDate.Day(2024, 1, 5), "labour", "independent", 1));

        Assert.StartsWith("Control changed from Labour majority (after the election of 4 May 2023) to no overall control (1 June 2024, press report), but no single recorded defection changed it", story, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownBaseline_SaysTheCompositionIsUnknown()
    {
        var history = CouncilHistory.Build(24, [], [new SeatChange("x", PartialDate.Month(2024, 4), "labour", "local", null)]);

        var story = Describe(history, Event("x", PartialDate.Month(2024, 4), "labour", "local", null));

        Assert.Equal("This council's composition is not known, before or after the recorded defections: no source gives its seats per party, so whether control changed is not known.", story);
    }

    [Fact]
    public void MajorityKept_GivesBothCounts()
    {
        var history = CouncilHistory.Build(
            55,
            [Snapshot("e", PartialDate.Day(2023, 5, 4), CompositionKind.ElectionResult, ("labour", 51), ("independent", 4))],
            [new SeatChange("x", PartialDate.Day(2023, 10, 18), "labour", "independent", 1)]);

        var story = Describe(history, Event("x", PartialDate.Day(2023, 10, 18), "labour", "independent", 1));

        Assert.Equal("Labour has kept its majority: 51 of 55 seats (after the election of 4 May 2023) and 50 now (18 October 2023, derived from the recorded events); 28 are needed.", story);
    }
}
