namespace DefectionTracker.Web.Features.Shared;

/// <summary>One seat of a hemicycle in unit coordinates: x from -1.75 (left) to 1.75, y up from the base line.</summary>
public sealed record HemicycleSpot(double X, double Y, double Angle, int Row);

/// <summary>
/// The geometry of a parliament diagram (the layout of Wikipedia's hemicycles): seats on concentric half rings, as many
/// rows as the seats need, each row holding seats in proportion to its radius, and the seats numbered by angle from
/// the left end to the right across all rows, so that giving each party the next run of seats makes it one wedge.
/// </summary>
/// <remarks>
/// In an n-row diagram, row i (1 = innermost) has radius (3n + 4i - 2) / 4n, between about 0.75 and 1.75, so rows are
/// 1/n apart; every seat has radius 0.4/n. A row of radius R fits floor(pi / (2 asin(0.5 / nR))) seats at least 1/n apart
/// (centre to centre) on the half ring; the diagram has the fewest rows whose capacities add up to the seats, and shares
/// the seats among its rows in proportion to their capacities (largest remainders), so no row is over capacity and no
/// two seats overlap.
/// </remarks>
public static class Hemicycle
{
    /// <summary>Half the drawing's width (and its height) in unit coordinates: the outer row plus a seat stays inside.</summary>
    public const double Extent = 1.75;

    /// <summary>Seats beyond this are not drawn as single seats (a row would be thinner than a pixel).</summary>
    public const int MaxSeats = 2000;

    public static int Rows(int seats)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seats);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seats, MaxSeats);
        var rows = 1;
        while (Enumerable.Range(1, rows).Sum(i => RowCapacity(rows, i)) < seats)
        {
            rows++;
        }

        return rows;
    }

    public static double RowRadius(int rows, int row) => ((3.0 * rows) + (4.0 * row) - 2.0) / (4.0 * rows);

    public static double SeatRadius(int rows) => 0.4 / rows;

    /// <summary>How many seats row <paramref name="row"/> of <paramref name="rows"/> holds at most, 1/n apart.</summary>
    public static int RowCapacity(int rows, int row) =>
        (int)Math.Floor(Math.PI / (2.0 * Math.Asin(0.5 / (rows * RowRadius(rows, row)))));

    /// <summary>Seats per row, innermost first: in proportion to the rows' capacities, summing to <paramref name="seats"/>.</summary>
    public static IReadOnlyList<int> SeatsPerRow(int seats)
    {
        var rows = Rows(seats);
        var capacities = Enumerable.Range(1, rows).Select(i => RowCapacity(rows, i)).ToArray();
        var capacity = capacities.Sum();
        var shares = capacities.Select(c => seats * (double)c / capacity).ToArray();
        var counts = shares.Select(s => (int)Math.Floor(s)).ToArray();
        var left = seats - counts.Sum();
        foreach (var i in Enumerable.Range(0, rows).OrderByDescending(i => shares[i] - counts[i]).ThenByDescending(i => i).Take(left))
        {
            counts[i]++;
        }

        return counts;
    }

    /// <summary>Every seat's place, ordered from the left end of the diagram to the right (by angle, then inner rows first).</summary>
    public static IReadOnlyList<HemicycleSpot> Layout(int seats)
    {
        if (seats == 0)
        {
            return [];
        }

        var rows = Rows(seats);
        var radius = SeatRadius(rows);
        var spots = new List<HemicycleSpot>(seats);
        var perRow = SeatsPerRow(seats);
        for (var row = 1; row <= rows; row++)
        {
            var r = RowRadius(rows, row);
            var count = perRow[row - 1];

            // The end seats sit on the base line's edge, not below it.
            var margin = Math.Asin(radius / r);
            for (var j = 0; j < count; j++)
            {
                var angle = count == 1 ? Math.PI / 2 : Math.PI - margin - (j * (Math.PI - (2 * margin)) / (count - 1));
                spots.Add(new HemicycleSpot(r * Math.Cos(angle), r * Math.Sin(angle), angle, row));
            }
        }

        return [.. spots.OrderByDescending(s => Math.Round(s.Angle, 9)).ThenBy(s => s.Row)];
    }
}
