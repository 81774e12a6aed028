using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Tests.Timeline;

public class LossTimelineTests
{
    private static LossEvent Event(string id, PartialDate date, int? count, bool movedNoSeat = false, params string[] councillors) =>
        new(id, date, count, movedNoSeat, councillors);

    [Fact]
    public void Build_MixedPrecision_OrdersByPeriodStartThenMorePreciseFirst_UnknownApart()
    {
        var events = new[]
        {
            Event("undated", PartialDate.Unknown, null),
            Event("day-5-nov", PartialDate.Day(2023, 11, 5), 11),
            Event("year-2024", PartialDate.Year(2024), 2),
            Event("month-nov", PartialDate.Month(2023, 11), 1),
            Event("day-1-jan-2024", PartialDate.Day(2024, 1, 1), 1),
            Event("month-jan-2024", PartialDate.Month(2024, 1), 1),
            Event("day-18-oct", PartialDate.Day(2023, 10, 18), 1),
        };

        var timeline = LossTimeline.Build(events);

        Assert.Equal(
            ["day-18-oct", "month-nov", "day-5-nov", "day-1-jan-2024", "month-jan-2024", "year-2024"],
            timeline.Dated.Select(e => e.Event.DefectionId));
        Assert.Equal("undated", Assert.Single(timeline.Undated).Event.DefectionId);
        for (var i = 1; i < timeline.Dated.Count; i++)
        {
            Assert.True(timeline.Dated[i - 1].Event.Date.CompareTo(timeline.Dated[i].Event.Date) <= 0);
        }
    }

    [Fact]
    public void Build_SameDate_TiesBrokenById()
    {
        var timeline = LossTimeline.Build([Event("b", PartialDate.Day(2025, 10, 30), 1), Event("a", PartialDate.Day(2025, 10, 30), 5)]);

        Assert.Equal(["a", "b"], timeline.Dated.Select(e => e.Event.DefectionId));
    }

    [Fact]
    public void Build_UnknownCount_IsMarkedAndAddsNothing()
    {
        var timeline = LossTimeline.Build(
        [
            Event("one", PartialDate.Day(2024, 1, 1), 3),
            Event("unknown", PartialDate.Month(2024, 2), null),
            Event("two", PartialDate.Day(2024, 3, 1), 4),
        ]);

        Assert.Equal([3, 3, 7], timeline.Dated.Select(e => e.Cumulative));
        var unknown = timeline.Dated[1];
        Assert.True(unknown.CountUnknown);
        Assert.Equal(0, unknown.Added);
        Assert.Equal(7, timeline.Total);
    }

    [Fact]
    public void Build_SuspendedThenResigned_CountsThePersonOnce()
    {
        var timeline = LossTimeline.Build(
        [
            Event("2024-03-quddoos-suspended", PartialDate.Month(2024, 3), 1, false, "shuguftah-quddoos"),
            Event("2024-11-28-quddoos-resigns", PartialDate.Day(2024, 11, 28), 1, true, "shuguftah-quddoos"),
            Event("2025-01-02-broxtowe", PartialDate.Day(2025, 1, 2), 20, false, "milan-radulovic"),
        ]);

        var resignation = timeline.Dated[1];
        Assert.True(resignation.AlreadyCounted);
        Assert.Equal(0, resignation.Added);
        Assert.Equal(1, resignation.Cumulative);
        Assert.Equal("2024-03-quddoos-suspended", resignation.AlreadyCountedIn);
        Assert.Equal(1, resignation.Event.CouncillorCount);
        Assert.Equal(21, timeline.Total);
    }

    [Fact]
    public void Build_FilterHidesTheSuspension_ResignationStillAddsNothing()
    {
        var events = new[]
        {
            Event("suspended", PartialDate.Month(2025, 4), 1, false, "aj-matsiko"),
            Event("resigned", PartialDate.Day(2025, 4, 28), 1, true, "aj-matsiko"),
        };

        var timeline = LossTimeline.Build(events, e => e.DefectionId == "resigned");

        var only = Assert.Single(timeline.Dated);
        Assert.Equal(0, only.Added);
        Assert.Equal("suspended", only.AlreadyCountedIn);
        Assert.Equal(0, timeline.Total);
    }

    [Fact]
    public void Build_Filter_CumulativeCoversShownEventsOnly()
    {
        var events = new[]
        {
            Event("a", PartialDate.Day(2024, 1, 1), 10),
            Event("b", PartialDate.Day(2024, 2, 1), 5),
            Event("c", PartialDate.Day(2024, 3, 1), 2),
        };

        var timeline = LossTimeline.Build(events, e => e.DefectionId != "b");

        Assert.Equal([10, 12], timeline.Dated.Select(e => e.Cumulative));
    }

    [Fact]
    public void PerQuarter_IncludesEmptyQuarters_LeavesOutYearOnlyEvents()
    {
        var timeline = LossTimeline.Build(
        [
            Event("oct", PartialDate.Day(2023, 10, 18), 1),
            Event("nov", PartialDate.Month(2023, 11), 11),
            Event("year", PartialDate.Year(2024), 4),
            Event("unknown-count", PartialDate.Month(2024, 5), null),
            Event("jan-2025", PartialDate.Day(2025, 1, 2), 20),
        ]);

        var quarters = timeline.PerQuarter();

        Assert.Equal(["Q4 2023", "Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024", "Q1 2025"], quarters.Select(q => q.Quarter.ToString()));
        Assert.Equal([12, 0, 0, 0, 0, 20], quarters.Select(q => q.Councillors));
        Assert.Equal(1, quarters[2].EventsWithUnknownCount);
        Assert.Equal(1, quarters[2].Events);
        Assert.Equal("year", Assert.Single(timeline.OutsideQuarters).Event.DefectionId);
    }

    [Fact]
    public void PerQuarter_NoDatedEvents_IsEmpty()
    {
        Assert.Empty(LossTimeline.Build([Event("x", PartialDate.Unknown, 3)]).PerQuarter());
    }

    [Theory]
    [InlineData(2024, 1, 1)]
    [InlineData(2024, 3, 1)]
    [InlineData(2024, 4, 2)]
    [InlineData(2024, 9, 3)]
    [InlineData(2024, 12, 4)]
    public void QuarterOf_MonthPrecision_GivesItsQuarter(int year, int month, int quarter)
    {
        Assert.Equal(new Quarter(year, quarter), Quarter.Of(PartialDate.Month(year, month)));
        Assert.Equal(new Quarter(year, quarter), Quarter.Of(PartialDate.Day(year, month, 28)));
    }

    [Fact]
    public void QuarterOf_YearOrUnknown_IsNull()
    {
        Assert.Null(Quarter.Of(PartialDate.Year(2024)));
        Assert.Null(Quarter.Of(PartialDate.Unknown));
    }

    [Fact]
    public void Quarter_RangeAndNames()
    {
        var range = Quarter.Range(new Quarter(2023, 4), new Quarter(2024, 2)).ToList();

        Assert.Equal([new Quarter(2023, 4), new Quarter(2024, 1), new Quarter(2024, 2)], range);
        Assert.Equal("April to June 2024", new Quarter(2024, 2).Months());
        Assert.Equal(new DateOnly(2024, 4, 1), new Quarter(2024, 2).Start);
        Assert.Equal(new DateOnly(2025, 1, 1), new Quarter(2024, 4).End);
    }
}
