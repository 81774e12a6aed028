using System.Globalization;
using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Features.Timeline;

public enum ChartMarkerKind
{
    /// <summary>An event whose councillors were added to the line.</summary>
    Counted,

    /// <summary>An event after which the party lost control of a council.</summary>
    ControlLost,

    /// <summary>An event that adds nothing: its number is unknown, or its councillors were counted earlier.</summary>
    NotAdded,
}

public sealed record ChartMarker(double X, double Y, ChartMarkerKind Kind, string Label);

public sealed record AxisTick(double At, string Label);

public sealed record ChartText(double X, double Y, string Text);

/// <summary>Sizes of the two drawings of the step chart: a wide one for desktops and a narrow one readable at 360 px.</summary>
public sealed record ChartSize(string Name, int Width, int Height, double Left, double Right, double Top, double Bottom,
    int MaxXLabels, int MaxYTicks, int FontSize, bool Annotate, string XAxisLabel, string YAxisLabel)
{
    public static readonly ChartSize Wide = new("wide", 800, 340, 64, 28, 20, 64, 10, 5, 13, true,
        "Date of the event (each drawn at the first day of its known period)", "Councillors lost, running total");

    public static readonly ChartSize Narrow = new("narrow", 360, 300, 50, 16, 16, 60, 4, 4, 13, false,
        "Date (first day of its known period)", "Councillors lost (total)");
}

/// <summary>A server-rendered step chart of a party's running total of councillors lost.</summary>
public sealed record StepChartViewModel(
    string Id,
    ChartSize Size,
    string StepPath,
    string LineColour,
    IReadOnlyList<ChartMarker> Markers,
    IReadOnlyList<AxisTick> XTicks,
    IReadOnlyList<double> XMinorTicks,
    IReadOnlyList<AxisTick> YTicks,
    IReadOnlyList<ChartText> Annotations,
    string Title,
    string Description)
{
    public double PlotLeft => Size.Left;

    public double PlotRight => Size.Width - Size.Right;

    public double PlotTop => Size.Top;

    public double PlotBottom => Size.Height - Size.Bottom;
}

public sealed record QuarterBar(string Label, string Months, double Y, double BarWidth, string ValueText, int Councillors, int Events);

/// <summary>Councillors lost per quarter as horizontal bars, one row per quarter, oldest at the top.</summary>
public sealed record QuarterBarsViewModel(
    string Id,
    int Width,
    int Height,
    double BarLeft,
    double BarHeight,
    double AxisBottom,
    string BarColour,
    IReadOnlyList<QuarterBar> Bars,
    string Title,
    string Description);

/// <summary>Builds the chart drawings from the timeline's entries: all geometry, no markup.</summary>
public static class TimelineCharts
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Numbers for SVG attributes: invariant, at most one decimal.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// A y-axis top and step: the lowest top reachable with a round step (1, 2, 2.5 or 5 times a power of ten, whole
    /// numbers only) in at most <paramref name="maxTicks"/> steps above zero; on a tie, the smaller step.
    /// </summary>
    public static (int Max, int Step) NiceScale(int value, int maxTicks)
    {
        var target = Math.Max(value, 1);
        var candidates = new List<(int Max, int Step)>();
        for (var magnitude = 1; candidates.Count == 0 || magnitude <= target; magnitude *= 10)
        {
            foreach (var step in new[] { magnitude, 2 * magnitude, 5 * magnitude / 2, 5 * magnitude })
            {
                var steps = (int)Math.Ceiling(target / (double)step);
                if (steps <= maxTicks)
                {
                    candidates.Add((steps * step, step));
                }
            }
        }

        return candidates.Min();
    }

    public static StepChartViewModel? StepChart(ChartSize size, string partyName, string colour, IReadOnlyList<TimelineEntryViewModel> entries)
    {
        if (entries.Count == 0)
        {
            return null;
        }

        var first = Quarter.Containing(entries[0].Date.Start!.Value);
        var last = Quarter.Containing(entries.Max(e => e.Date.Start!.Value));
        var domainStart = first.Start;
        var domainEnd = last.End;
        var days = (double)(domainEnd.DayNumber - domainStart.DayNumber);
        var plotLeft = size.Left;
        var plotRight = size.Width - size.Right;
        var plotTop = size.Top;
        var plotBottom = size.Height - size.Bottom;
        var total = entries[^1].Cumulative ?? 0;
        var (yMax, yStep) = NiceScale(total, size.MaxYTicks);

        double X(DateOnly d) => plotLeft + ((d.DayNumber - domainStart.DayNumber) / days * (plotRight - plotLeft));
        double Y(int v) => plotBottom - (v / (double)yMax * (plotBottom - plotTop));

        var path = new System.Text.StringBuilder($"M{N(plotLeft)} {N(Y(0))}");
        foreach (var e in entries.Where(e => e.Added > 0))
        {
            path.Append(CultureInfo.InvariantCulture, $" H{N(X(e.Date.Start!.Value))} V{N(Y(e.Cumulative!.Value))}");
        }

        path.Append(CultureInfo.InvariantCulture, $" H{N(plotRight)}");

        // Past a few hundred events, a marker per event is an unreadable smear and megabytes of markup: keep the
        // step line and mark only control losses (the description says so).
        var markers = entries.Where(e => entries.Count <= MaxEventMarkers || e.ControlLost == true).Select(e => new ChartMarker(
            X(e.Date.Start!.Value),
            Y(e.Cumulative!.Value),
            e.ControlLost == true ? ChartMarkerKind.ControlLost : e.Added == 0 ? ChartMarkerKind.NotAdded : ChartMarkerKind.Counted,
            MarkerLabel(e))).ToList();

        var quarters = Quarter.Range(first, last).Select(q => q.Start).Append(domainEnd).ToList();
        List<AxisTick> xTicks;
        List<double> minor;
        if (quarters.Count <= size.MaxXLabels)
        {
            xTicks = [.. quarters.Select(d => new AxisTick(X(d), d.ToString("MMM yyyy", English)))];
            minor = [];
        }
        else
        {
            var years = Enumerable.Range(domainStart.Year, domainEnd.Year - domainStart.Year + 1)
                .Select(y => new DateOnly(y, 1, 1)).Where(d => d >= domainStart && d <= domainEnd).ToList();
            var every = (int)Math.Ceiling(years.Count / (double)size.MaxXLabels);
            xTicks = [.. years.Where((_, i) => i % every == 0).Select(d => new AxisTick(X(d), d.Year.ToString(CultureInfo.InvariantCulture)))];
            minor = [.. quarters.Select(X)];
        }

        var yTicks = Enumerable.Range(0, (yMax / yStep) + 1)
            .Select(i => new AxisTick(Y(i * yStep), (i * yStep).ToString(CultureInfo.InvariantCulture))).ToList();

        var annotations = size.Annotate
            ? entries.Where(e => e.ControlLost == true).Select(e => new ChartText(
                X(e.Date.Start!.Value) - 10, Y(e.Cumulative!.Value) - 10,
                "Control lost: " + string.Join(", ", e.Councils.Where(c => c.ControlLost == true).Select(c => ShortCouncilName(c.Name))))).ToList()
            : [];

        return new StepChartViewModel(
            "timeline-chart-" + size.Name, size, path.ToString(), colour, markers, xTicks, minor, yTicks, annotations,
            $"Councillors who left {partyName}: running total",
            Describe(partyName, entries, domainStart, domainEnd));
    }

    /// <summary>Beyond this many events the chart marks only control losses.</summary>
    public const int MaxEventMarkers = 150;

    private static string Describe(string partyName, IReadOnlyList<TimelineEntryViewModel> entries, DateOnly start, DateOnly end) =>
        DescribeEvents(partyName, entries, start, end) + (entries.Count > MaxEventMarkers
            ? $" With {entries.Count} events, only control losses are marked; every event is in the table."
            : "");

    private static string DescribeEvents(string partyName, IReadOnlyList<TimelineEntryViewModel> entries, DateOnly start, DateOnly end)
    {
        var total = entries[^1].Cumulative ?? 0;
        var text = new List<string>
        {
            $"Step chart of the running total of councillors who left {partyName}, from {start.ToString("MMMM yyyy", English)} " +
            $"to {end.AddDays(-1).ToString("MMMM yyyy", English)}: {total} councillors across {entries.Count} " +
            $"{(entries.Count == 1 ? "event" : "events")} with a date.",
            "Each event is drawn at the first day of its known period: an event known only to the month, such as April 2024, " +
            "is drawn at 1 April 2024, and one known only to the year at 1 January.",
        };
        var lost = entries.Where(e => e.ControlLost == true).ToList();
        if (lost.Count > 0)
        {
            text.Add($"Diamonds mark events after which {partyName} lost control of a council: " +
                string.Join("; ", lost.Select(e => $"{string.Join(", ", e.Councils.Where(c => c.ControlLost == true).Select(c => c.Name))}, {e.When.ToDisplay()}")) + ".");
        }

        var notAdded = entries.Count(e => e.Added == 0);
        if (notAdded > 0)
        {
            text.Add($"Hollow circles mark {notAdded} {(notAdded == 1 ? "event that adds" : "events that add")} nothing to the line: " +
                "the number of councillors is unknown, or they were counted at an earlier suspension.");
        }

        text.Add("The table of events below gives the same figures.");
        return string.Join(" ", text);
    }

    private static string MarkerLabel(TimelineEntryViewModel e)
    {
        var count = e.CouncillorsLost is { } n ? $"{n} {(n == 1 ? "councillor" : "councillors")}" : "number unknown";
        var councils = e.Councils.Count == 0 ? "council unknown" : string.Join(", ", e.Councils.Select(c => c.Name));
        var note = e.AlreadyCounted ? " (already counted)" : e.ControlLost == true ? " (control lost)" : "";
        return $"{e.When.ToDisplay()}: {count}, {councils}{note}; running total {e.Cumulative}";
    }

    /// <summary>"Broxtowe" for "Broxtowe Borough Council": the chart's labels must be short.</summary>
    public static string ShortCouncilName(string name)
    {
        foreach (var suffix in new[] { " Borough Council", " District Council", " City Council", " County Council", " Town Council", " Council" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    public static QuarterBarsViewModel? QuarterBars(string partyName, string colour, IReadOnlyList<QuarterLosses> quarters)
    {
        if (quarters.Count == 0)
        {
            return null;
        }

        const int width = 360;
        const double barLeft = 84;
        const double barRight = 310;
        const double rowHeight = 30;
        const double top = 8;
        var max = Math.Max(1, quarters.Max(q => q.Councillors));
        var bars = quarters.Select((q, i) => new QuarterBar(
            q.Quarter.ToString(),
            q.Quarter.Months(),
            top + (i * rowHeight),
            q.Councillors / (double)max * (barRight - barLeft),
            q.Councillors.ToString(CultureInfo.InvariantCulture) + (q.EventsWithUnknownCount > 0 ? " + ?" : ""),
            q.Councillors,
            q.Events)).ToList();
        var axisBottom = top + (quarters.Count * rowHeight);
        var description = $"Bar chart of councillors who left {partyName} in each quarter, oldest first: " +
            string.Join("; ", quarters.Select(q => $"{q.Quarter} ({q.Quarter.Months()}): {q.Councillors}" +
                (q.EventsWithUnknownCount > 0 ? $" plus {q.EventsWithUnknownCount} event of unknown size" : ""))) + ".";
        return new QuarterBarsViewModel("timeline-quarters", width, (int)Math.Ceiling(axisBottom + 30), barLeft, 18, axisBottom,
            colour, bars, $"Councillors who left {partyName} per quarter", description);
    }
}
