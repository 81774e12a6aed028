using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Tests.Charts;

public class HemicycleTests
{
    private static readonly PartyLabels Parties = new(new Dictionary<string, PartyLabelViewModel>
    {
        ["labour"] = new("labour", "Labour Party", "Labour", "#B0182B"),
        ["conservative"] = new("conservative", "Conservative and Unionist Party", "Conservative", "#0A3B7C"),
        ["liberal-democrats"] = new("liberal-democrats", "Liberal Democrats", "Lib Dem", "#B35900"),
        ["independent"] = new("independent", "Independent", "Independent", "#5A5A5A"),
    });

    private static CompositionViewModel Composition(int total, params (string Party, int Seats)[] seats) =>
        CompositionViews.From(Seats.Of(total, seats.Select(s => KeyValuePair.Create(s.Party, s.Seats))), Parties, "Now");

    public static TheoryData<int> SeatCounts => [1, 2, 3, 4, 15, 16, 30, 33, 44, 51, 63, 99, 150, 151, 650];

    [Theory]
    [MemberData(nameof(SeatCounts))]
    public void Layout_AnyNumberOfSeats_HasExactlyThatManySeats_InNoMoreThanEachRowHolds(int seats)
    {
        var layout = Hemicycle.Layout(seats);
        var rows = Hemicycle.Rows(seats);

        Assert.Equal(seats, layout.Count);
        Assert.Equal(seats, Hemicycle.SeatsPerRow(seats).Sum());
        for (var row = 1; row <= rows; row++)
        {
            Assert.InRange(layout.Count(s => s.Row == row), 0, Hemicycle.RowCapacity(rows, row));
        }
    }

    [Fact]
    public void Layout_FromOneTo250Seats_NoTwoSeatsOverlap_AndEverySeatIsInsideTheDrawing()
    {
        for (var seats = 1; seats <= 250; seats++)
        {
            var layout = Hemicycle.Layout(seats);
            var r = Hemicycle.SeatRadius(Hemicycle.Rows(seats));
            for (var i = 0; i < layout.Count; i++)
            {
                var a = layout[i];
                Assert.True(Math.Abs(a.X) + r <= Hemicycle.Extent + 1e-9 && a.Y - r >= -1e-9 && a.Y + r <= Hemicycle.Extent + 1e-9,
                    $"{seats} seats: seat {i} at ({a.X:0.###}, {a.Y:0.###}) leaves the drawing");
                for (var j = i + 1; j < layout.Count; j++)
                {
                    var b = layout[j];
                    var distance = Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
                    Assert.True(distance >= (2 * r) - 1e-9, $"{seats} seats: seats {i} and {j} overlap ({distance:0.####} < {2 * r:0.####})");
                }
            }
        }
    }

    [Fact]
    public void Layout_SeatsPerRow_GrowWithTheRowsRadius()
    {
        var perRow = Hemicycle.SeatsPerRow(63);

        Assert.True(perRow.Count > 1);
        for (var i = 1; i < perRow.Count; i++)
        {
            Assert.True(perRow[i] >= perRow[i - 1], $"row {i + 1} has {perRow[i]} seats, fewer than row {i}'s {perRow[i - 1]}");
        }

        // Proportional to the radius: the outer row holds about radius-outer / radius-inner times the inner row.
        var rows = perRow.Count;
        var expected = perRow[0] * Hemicycle.RowRadius(rows, rows) / Hemicycle.RowRadius(rows, 1);
        Assert.InRange(perRow[^1], expected - 2, expected + 2);
    }

    [Fact]
    public void Layout_IsOrderedFromTheLeftEndToTheRight()
    {
        var layout = Hemicycle.Layout(44);

        Assert.True(layout[0].X < 0 && layout[^1].X > 0);
        for (var i = 1; i < layout.Count; i++)
        {
            Assert.True(layout[i].Angle <= layout[i - 1].Angle + 1e-9, $"seat {i} is left of seat {i - 1}");
        }
    }

    [Fact]
    public void Diagram_PartiesAreContiguousWedges_InTheBarsOrder_WithEveryPartysSeats()
    {
        // Fellside's election of 2023 (the fixture): Lab 16, Con 8, LD 4, Ind 2 of 30.
        var diagram = new HemicycleViewModel("t", Composition(30, ("labour", 16), ("conservative", 8), ("liberal-democrats", 4), ("independent", 2)), null, isAfter: false);

        Assert.Equal(30, diagram.Seats.Count());
        Assert.Equal(["labour", "conservative", "liberal-democrats", "independent"], diagram.Groups.Select(g => g.Row.Party!.Slug));
        Assert.Equal([16, 8, 4, 2], diagram.Groups.Select(g => g.Seats.Count));

        // Contiguous: every seat of a party lies between the party's own left-most and right-most angles, and no
        // seat of another party does.
        var layout = Hemicycle.Layout(30);
        var byParty = diagram.Groups.SelectMany((g, index) => g.Seats.Select(_ => index)).ToList();
        for (var i = 1; i < byParty.Count; i++)
        {
            Assert.True(byParty[i] >= byParty[i - 1], "the parties run left to right without interleaving");
        }

        Assert.Equal(layout.Select(s => Math.Round(s.X, 6)), diagram.Groups.SelectMany(g => g.Seats)
            .Select(s => Math.Round((s.Cx - (HemicycleViewModel.Width / 2)) / (HemicycleViewModel.Width / (2 * Hemicycle.Extent)), 6)));
    }

    [Fact]
    public void Diagram_ComparedWithAfter_OutlinesTheSeatsEachPartyLost_AndAfterOutlinesTheSeatsGained()
    {
        // Fellside (fixture): Lab 16, Con 8, LD 4, Ind 2 before; Lab 13, Con 8, LD 5, Ind 4 now.
        var before = Composition(30, ("labour", 16), ("conservative", 8), ("liberal-democrats", 4), ("independent", 2));
        var now = Composition(30, ("labour", 13), ("conservative", 8), ("liberal-democrats", 5), ("independent", 4));

        var beforeDiagram = new HemicycleViewModel("b", before, now, isAfter: false);
        var nowDiagram = new HemicycleViewModel("n", now, before, isAfter: true);

        Assert.Equal(3, beforeDiagram.ChangedSeats);
        var labour = beforeDiagram.Groups.Single(g => g.Row.Party!.Slug == "labour");
        Assert.Equal(3, labour.Seats.Count(s => s.Look == HemicycleSeatLook.Changed));
        Assert.All(labour.Seats.TakeLast(3), s => Assert.Equal(HemicycleSeatLook.Changed, s.Look));
        Assert.Equal(3, nowDiagram.ChangedSeats);
        Assert.Equal(1, nowDiagram.Groups.Single(g => g.Row.Party!.Slug == "liberal-democrats").Changed);
        Assert.Equal(2, nowDiagram.Groups.Single(g => g.Row.Party!.Slug == "independent").Changed);
        Assert.Contains("Outlined, the seats gained since before: Liberal Democrats 1, Independent 2.", nowDiagram.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagram_SeatsTheSourceDoesNotAccountFor_AreHollowSeatsOfTheirOwn()
    {
        // Pendle's pattern: 32 of 33 seats accounted for.
        var diagram = new HemicycleViewModel("t", Composition(33, ("conservative", 13), ("labour", 19)), null, isAfter: true);

        Assert.Equal(33, diagram.Seats.Count());
        var vacant = diagram.Groups[^1];
        Assert.Equal(SeatRowKind.Unaccounted, vacant.Row.Kind);
        Assert.Equal(HemicycleSeatLook.Hollow, Assert.Single(vacant.Seats).Look);
        Assert.Contains("1 hollow seat is not accounted for by the source", diagram.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagram_UnknownComposition_DrawsNothing()
    {
        var diagram = new HemicycleViewModel("t", CompositionViews.From(Seats.Unknown(24), Parties, "Now"), null, isAfter: true);

        Assert.False(diagram.CanDraw);
        Assert.Empty(diagram.Seats);
    }
}
