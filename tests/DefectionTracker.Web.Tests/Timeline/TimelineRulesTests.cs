using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Timeline;

namespace DefectionTracker.Web.Tests.Timeline;

public class TimelineRulesTests
{
    private static Seats Council(params (string Party, int Seats)[] seats) =>
        Seats.Of(44, seats.Select(s => KeyValuePair.Create(s.Party, s.Seats)));

    [Fact]
    public void ControlLoss_MajorityToNoOverallControl_IsTrue()
    {
        var effect = new EventEffect("broxtowe",
            Council(("labour", 26), ("conservative", 10), ("broxtowe-independent-group", 5), ("liberal-democrats", 3)),
            Council(("labour", 6), ("broxtowe-independents", 20), ("conservative", 10), ("broxtowe-independent-group", 5), ("liberal-democrats", 3)),
            0);

        Assert.True(ControlLoss.For("labour", effect));
    }

    [Fact]
    public void ControlLoss_KeepsMajority_IsFalse()
    {
        var effect = new EventEffect("x", Council(("labour", 30)), Council(("labour", 29), ("independent", 1)), 0);

        Assert.False(ControlLoss.For("labour", effect));
    }

    [Fact]
    public void ControlLoss_NoMajorityToLose_IsFalseEvenWhenAfterIsUnknown()
    {
        var effect = new EventEffect("x",
            Council(("labour", 12), ("conservative", 14), ("liberal-democrats", 7), ("green", 5), ("independent", 6)), Seats.Unknown(44), 0);

        Assert.False(ControlLoss.For("labour", effect));
    }

    [Fact]
    public void ControlLoss_UnknownBefore_OrMajorityThenUnknown_IsNull()
    {
        Assert.Null(ControlLoss.For("labour", new EventEffect("x", Seats.Unknown(44), Council(("labour", 1)), 0)));
        Assert.Null(ControlLoss.For("labour", new EventEffect("x", Council(("labour", 30)), Seats.Unknown(44), 0)));
        Assert.Null(ControlLoss.For("labour", null));
    }

    [Fact]
    public void ControlLoss_AnyOf_TrueWinsThenUnknown()
    {
        Assert.True(ControlLoss.AnyOf([false, null, true]));
        Assert.Null(ControlLoss.AnyOf([false, null]));
        Assert.False(ControlLoss.AnyOf([false, false]));
        Assert.Null(ControlLoss.AnyOf([]));
    }

    [Theory]
    [InlineData("2024", "2024", DatePrecision.Year)]
    [InlineData("2024-04", "2024-04", DatePrecision.Month)]
    [InlineData(" 2024-04-01 ", "2024-04-01", DatePrecision.Day)]
    public void DateInput_ValidShapes_ParseAtTheirPrecision(string input, string iso, DatePrecision precision)
    {
        Assert.True(DateInput.TryParse(input, out var date, out var error));
        Assert.Null(error);
        Assert.Equal(iso, date.ToIso());
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("24")]
    [InlineData("April 2024")]
    [InlineData("2024/04/01")]
    [InlineData("")]
    public void DateInput_BadValues_FailWithAClearMessage(string input)
    {
        Assert.False(DateInput.TryParse(input, out _, out var error));
        Assert.Contains("YYYY, YYYY-MM or YYYY-MM-DD", error, StringComparison.Ordinal);
    }

    [Fact]
    public void DateInput_Overlaps_MonthEventInRangeThatStartsMidMonth()
    {
        var april = PartialDate.Month(2024, 4);

        Assert.True(DateInput.Overlaps(april, PartialDate.Day(2024, 4, 15), null));
        Assert.True(DateInput.Overlaps(april, null, PartialDate.Day(2024, 4, 1)));
        Assert.False(DateInput.Overlaps(april, PartialDate.Month(2024, 5), null));
        Assert.False(DateInput.Overlaps(april, null, PartialDate.Year(2023)));
        Assert.True(DateInput.Overlaps(PartialDate.Day(2024, 12, 31), null, PartialDate.Year(2024)));
        Assert.False(DateInput.Overlaps(PartialDate.Unknown, null, null));
    }

    [Fact]
    public void FilterParse_Empty_IsNoFilter()
    {
        var (filter, problems) = TimelineFilter.Parse(new("", " ", null, "", null));

        Assert.Empty(problems);
        Assert.NotNull(filter);
        Assert.True(filter.IsEmpty);
    }

    [Fact]
    public void FilterParse_BadDateAndDestination_NamesEachParameter()
    {
        var (filter, problems) = TimelineFilter.Parse(new("2024-13", "soon", null, null, "moon"));

        Assert.Null(filter);
        Assert.Equal(["from", "to", "destination"], problems.Select(p => p.Parameter));
        Assert.Contains("'2024-13' is not a date", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("independent, another-party, local-group, unknown", problems[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FilterParse_RangeEndingBeforeItStarts_IsAProblem()
    {
        var (_, problems) = TimelineFilter.Parse(new("2025", "2024-06", null, null, null));

        Assert.Equal("to", Assert.Single(problems).Parameter);
    }

    [Fact]
    public void FilterParse_Valid_ReadsEveryField()
    {
        var (filter, problems) = TimelineFilter.Parse(new("2024-04-15", "2024", "Lancashire", "Gaza", "Local-Group"));

        Assert.Empty(problems);
        Assert.Equal(PartialDate.Day(2024, 4, 15), filter!.From);
        Assert.Equal(PartialDate.Year(2024), filter.To);
        Assert.Equal("Lancashire", filter.Area);
        Assert.Equal("gaza", filter.Grievance);
        Assert.Equal(Destination.LocalGroup, filter.Destination);
    }

    [Theory]
    [InlineData(PartyKind.Independent, Destination.Independent)]
    [InlineData(PartyKind.NationalParty, Destination.AnotherParty)]
    [InlineData(PartyKind.LocalGroup, Destination.LocalGroup)]
    [InlineData(null, Destination.Unknown)]
    public void Destination_FollowsTheKindOfPartyJoined(PartyKind? kind, Destination expected)
    {
        Assert.Equal(expected, Destinations.Of(kind));
    }
}
