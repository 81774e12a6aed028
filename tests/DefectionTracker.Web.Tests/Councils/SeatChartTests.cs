using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Councils;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Tests.Councils;

public class SeatChartTests
{
    private static readonly PartyLabels Parties = new(new Dictionary<string, PartyLabelViewModel>
    {
        ["labour"] = new("labour", "Labour Party", "Labour", "#B0182B"),
        ["conservative"] = new("conservative", "Conservative and Unionist Party", "Conservative", "#0A3B7C"),
        ["broxtowe-independents"] = new("broxtowe-independents", "Broxtowe Independents", "Broxtowe Ind", "#6A1B9A"),
    });

    private static SeatChartViewModel Chart(int? total, params (string Party, int Seats)[] seats) =>
        new("test", CompositionViews.From(Seats.Of(total, seats.Select(s => KeyValuePair.Create(s.Party, s.Seats))), Parties, "Now"));

    [Fact]
    public void Chart_PutsTheMajorityLineAfterTheThresholdSeat_AndRunsThePartiesEndToEnd()
    {
        var chart = Chart(44, ("labour", 26), ("conservative", 18));

        Assert.True(chart.CanDraw);
        Assert.Equal(23 * SeatChartViewModel.Width / 44, chart.MajorityX!.Value, 6);
        Assert.Equal(0, chart.Segments[0].X);
        Assert.Equal(chart.Segments[0].X + chart.Segments[0].Width, chart.Segments[1].X, 6);
        Assert.Equal(SeatChartViewModel.Width, chart.Segments[1].X + chart.Segments[1].Width, 6);
        Assert.Equal("#B0182B", chart.Segments[0].Fill);
        Assert.Equal("Majority: 23 of 44", chart.MajorityLabel);
    }

    [Fact]
    public void Chart_MovesACountThatTheMajorityLineWouldCross()
    {
        // Broxtowe now: the Conservatives' 10 run from seat 19 to 28, centred on the line after seat 23.
        var chart = Chart(44, ("broxtowe-independents", 18), ("conservative", 10), ("labour", 16));

        var conservative = chart.Segments[1];
        Assert.True(conservative.ShowCount);
        Assert.True(Math.Abs(conservative.CountX!.Value - chart.MajorityX!.Value) >= 10);
        Assert.InRange(conservative.CountX.Value, conservative.X, conservative.X + conservative.Width);
    }

    [Fact]
    public void Chart_ShowsUnaccountedSeats_AsTheirOwnRun()
    {
        var chart = Chart(33, ("conservative", 13), ("labour", 19));

        var last = chart.Segments[^1];
        Assert.Equal(SeatRowKind.Unaccounted, last.Row.Kind);
        Assert.Equal(1, last.Row.Seats);
        Assert.Equal(SeatChartViewModel.UnaccountedStroke, last.Stroke);
        Assert.Contains("Not accounted for by the source 1", chart.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_UnknownComposition_DrawsNothing_AndSaysWhy()
    {
        var unknown = CompositionViews.From(Seats.Unknown(24), Parties, "Now") with { UnknownStatement = "not known" };
        var chart = new SeatChartViewModel("x", unknown);

        Assert.False(chart.CanDraw);
        Assert.Empty(chart.Segments);
        Assert.Equal("Control not known", unknown.Control.Text);
    }
}
