using System.Globalization;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>One party's run of seats in the bar: where it starts, how wide it is, and where its count goes if it fits.</summary>
public sealed record SeatSegment(SeatRowViewModel Row, int FirstSeat, double X, double Width, string Fill, string? Stroke, string TextFill)
{
    private const double LabelRoom = 20;

    /// <summary>The count's x: the run's centre, or the wider side of the majority line when the line would cross it.</summary>
    public double? CountX { get; init; }

    public bool ShowCount => CountX is not null;

    public SeatSegment WithCountPlaced(double? majorityX)
    {
        var centre = X + (Width / 2);
        if (Width < LabelRoom)
        {
            return this with { CountX = null };
        }

        if (majorityX is not { } line || Math.Abs(centre - line) >= 14)
        {
            return this with { CountX = centre };
        }

        var (left, right) = (line - X, X + Width - line);
        return Math.Max(left, right) < LabelRoom
            ? this with { CountX = null }
            : this with { CountX = left >= right ? X + (left / 2) : line + (right / 2) };
    }
}

/// <summary>
/// A stacked bar of a council's seats, one cell per seat, largest party first, with the majority line after the
/// threshold's seat: a party whose run crosses the line has a majority. Geometry is worked out here, not in the view.
/// </summary>
public sealed class SeatChartViewModel
{
    public const double Width = 480;
    public const double BarTop = 36;
    public const double BarHeight = 48;
    public const double Height = 116;
    public const string UnknownAffiliationFill = "#6B6B6B";
    public const string UnaccountedFill = "#FFFFFF";
    public const string UnaccountedStroke = "#595959";

    public SeatChartViewModel(string id, CompositionViewModel composition)
    {
        Id = id;
        Composition = composition;
        if (!composition.IsKnown || composition.TotalSeats is not > 0)
        {
            return;
        }

        var total = composition.TotalSeats.Value;
        SeatWidth = Width / total;
        var seat = 0;
        var segments = new List<SeatSegment>();
        foreach (var row in composition.Rows.Where(r => r.Seats > 0))
        {
            var (fill, stroke, text) = row.Kind switch
            {
                SeatRowKind.Party => (row.Party!.Colour, (string?)null, "#FFFFFF"),
                SeatRowKind.UnknownAffiliation => (UnknownAffiliationFill, null, "#FFFFFF"),
                _ => (UnaccountedFill, UnaccountedStroke, "#1A1A1A"),
            };
            segments.Add(new SeatSegment(row, seat, seat * SeatWidth, row.Seats * SeatWidth, fill, stroke, text));
            seat += row.Seats;
        }

        if (composition.MajorityThreshold is { } threshold && threshold <= total)
        {
            MajorityX = threshold * SeatWidth;
        }

        Segments = [.. segments.Select(s => s.WithCountPlaced(MajorityX))];
    }

    public string Id { get; }

    public CompositionViewModel Composition { get; }

    /// <summary>The same seats as a parliament diagram, drawn beside the bar where the page compares two moments.</summary>
    public HemicycleViewModel? Hemicycle { get; init; }

    public bool CanDraw => Segments.Count > 0;

    public double SeatWidth { get; }

    public IReadOnlyList<SeatSegment> Segments { get; } = [];

    /// <summary>The x of the majority line: after the threshold's seat counted from the left.</summary>
    public double? MajorityX { get; }

    public string MajorityLabel => Composition.MajorityThreshold is { } t
        ? $"Majority: {t} of {Composition.TotalSeats}"
        : "Majority not known";

    /// <summary>The majority label's anchor, so that it stays inside the chart near either edge.</summary>
    public string MajorityLabelAnchor => MajorityX switch
    {
        < 90 => "start",
        > Width - 90 => "end",
        _ => "middle",
    };

    public string Title => $"{Composition.Heading}: {Composition.Control.Text}";

    /// <summary>The chart in words, for people who cannot see it (the table beside it says the same).</summary>
    public string Description
    {
        get
        {
            var parts = Composition.Rows.Select(r => $"{r.Label} {r.Seats}");
            return $"Seats of {Composition.TotalSeats}: {string.Join(", ", parts)}. "
                + $"A majority needs {Composition.MajorityThreshold} seats. {Composition.Control.Text}.";
        }
    }

    /// <summary>SVG numbers in invariant culture with at most two decimals.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
