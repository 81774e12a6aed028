using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Timeline;

namespace DefectionTracker.Web.Tests.Timeline;

public class TimelineChartsTests
{
    private static TimelineEntryViewModel Entry(string id, PartialDate date, int? lost, int added, int cumulative, bool? controlLost = false,
        string council = "Broxtowe Borough Council") =>
        new(id, date, DefectionKind.LeftParty,
            [new TimelineCouncilViewModel("c", council, "Nottinghamshire", added, controlLost, "Labour majority", "no overall control")],
            [], lost, [], added, cumulative, lost is not null && added == 0, null, null, Destination.Independent, controlLost, [],
            Verification.Confirmed, "summary");

    private static readonly TimelineEntryViewModel[] Labour =
    [
        Entry("farhat", PartialDate.Day(2023, 10, 18), 1, 1, 1, council: "Nottingham City Council"),
        Entry("pendle", PartialDate.Month(2024, 4), 20, 20, 21, controlLost: null, council: "Pendle Borough Council"),
        Entry("pendle-day", PartialDate.Day(2024, 4, 1), 0, 0, 21),
        Entry("quddoos-resigns", PartialDate.Day(2024, 11, 28), 1, 0, 21, council: "Nottingham City Council"),
        Entry("broxtowe", PartialDate.Day(2025, 1, 2), 20, 20, 41, controlLost: true),
        Entry("npa", PartialDate.Day(2025, 10, 30), 5, 5, 46, council: "Nottingham City Council"),
    ];

    [Theory]
    [InlineData(63, 5, 75, 25)]
    [InlineData(20, 5, 20, 5)]
    [InlineData(0, 5, 1, 1)]
    [InlineData(3, 4, 3, 1)]
    [InlineData(13, 4, 15, 5)]
    [InlineData(46, 4, 50, 25)]
    public void NiceScale_GivesFewRoundSteps(int value, int maxTicks, int max, int step)
    {
        Assert.Equal((max, step), TimelineCharts.NiceScale(value, maxTicks));
    }

    [Fact]
    public void StepChart_NoEntries_IsNull()
    {
        Assert.Null(TimelineCharts.StepChart(ChartSize.Wide, "Labour Party", "#B0182B", []));
    }

    [Fact]
    public void StepChart_OneMarkerPerEvent_ShapesByMeaning()
    {
        var chart = TimelineCharts.StepChart(ChartSize.Wide, "Labour Party", "#B0182B", Labour)!;

        Assert.Equal(Labour.Length, chart.Markers.Count);
        Assert.Equal(ChartMarkerKind.ControlLost, chart.Markers[4].Kind);
        Assert.Equal(ChartMarkerKind.NotAdded, chart.Markers[3].Kind);
        Assert.Equal(ChartMarkerKind.Counted, chart.Markers[0].Kind);
        Assert.Contains("(control lost)", chart.Markers[4].Label, StringComparison.Ordinal);
        Assert.Contains("2 January 2025", chart.Markers[4].Label, StringComparison.Ordinal);
        Assert.Contains("Control lost: Broxtowe", Assert.Single(chart.Annotations).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void StepChart_MonthEvent_SitsAtTheFirstDayOfItsMonth()
    {
        var chart = TimelineCharts.StepChart(ChartSize.Wide, "Labour Party", "#B0182B", Labour)!;

        Assert.Equal(chart.Markers[1].X, chart.Markers[2].X, 3);
        Assert.True(chart.Markers[0].X < chart.Markers[1].X);
        Assert.Contains("first day of its known period", chart.Description, StringComparison.Ordinal);
        Assert.Contains("Broxtowe Borough Council, 2 January 2025", chart.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void StepChart_LineRisesOnlyWhereCouncillorsWereAdded()
    {
        var chart = TimelineCharts.StepChart(ChartSize.Wide, "Labour Party", "#B0182B", Labour)!;

        // four events add councillors: Farhat, Pendle, Broxtowe, NPA; each is one "H x V y" step
        Assert.Equal(4, chart.StepPath.Split(" V").Length - 1);
        Assert.StartsWith($"M{TimelineCharts.N(chart.PlotLeft)} {TimelineCharts.N(chart.PlotBottom)}", chart.StepPath, StringComparison.Ordinal);
        Assert.EndsWith($"H{TimelineCharts.N(chart.PlotRight)}", chart.StepPath, StringComparison.Ordinal);
        Assert.All(chart.Markers, m => Assert.InRange(m.Y, chart.PlotTop, chart.PlotBottom));
        Assert.All(chart.Markers, m => Assert.InRange(m.X, chart.PlotLeft, chart.PlotRight));
    }

    [Fact]
    public void StepChart_Ticks_QuartersWhenWide_YearsWhenNarrow()
    {
        var wide = TimelineCharts.StepChart(ChartSize.Wide, "Labour Party", "#B0182B", Labour)!;
        var narrow = TimelineCharts.StepChart(ChartSize.Narrow, "Labour Party", "#B0182B", Labour)!;

        Assert.Equal("Oct 2023", wide.XTicks[0].Label);
        Assert.Equal("Jan 2026", wide.XTicks[^1].Label);
        Assert.Equal(["2024", "2025", "2026"], narrow.XTicks.Select(t => t.Label));
        Assert.NotEmpty(narrow.XMinorTicks);
        Assert.Equal("0", wide.YTicks[0].Label);
        Assert.Equal("50", narrow.YTicks[^1].Label);
        Assert.Empty(narrow.Annotations);
    }

    [Fact]
    public void QuarterBars_WidthsFollowTheCounts_UnknownMarked()
    {
        var bars = TimelineCharts.QuarterBars("Labour Party", "#B0182B",
        [
            new QuarterLosses(new Quarter(2023, 4), 13, 3, 0),
            new QuarterLosses(new Quarter(2024, 1), 0, 0, 0),
            new QuarterLosses(new Quarter(2024, 2), 26, 2, 1),
        ])!;

        Assert.Equal(3, bars.Bars.Count);
        Assert.Equal(bars.Bars[2].BarWidth / 2, bars.Bars[0].BarWidth, 3);
        Assert.Equal(0, bars.Bars[1].BarWidth);
        Assert.Equal("26 + ?", bars.Bars[2].ValueText);
        Assert.Contains("Q4 2023 (October to December 2023): 13", bars.Description, StringComparison.Ordinal);
        Assert.Null(TimelineCharts.QuarterBars("Labour Party", "#B0182B", []));
    }

    [Theory]
    [InlineData("Broxtowe Borough Council", "Broxtowe")]
    [InlineData("Nottingham City Council", "Nottingham")]
    [InlineData("Nelson Town Council", "Nelson")]
    [InlineData("Somewhere", "Somewhere")]
    public void ShortCouncilName_DropsTheKindOfCouncil(string name, string expected)
    {
        Assert.Equal(expected, TimelineCharts.ShortCouncilName(name));
    }
}
