namespace DefectionTracker.Web.Features.Grievances;

/// <summary>
/// A horizontal bar chart, drawn as inline SVG by Views/Shared/Charts/_BarChart.cshtml. Each bar is a label and one or
/// more segments (stacked left to right); each segment kind has a CSS class for its fill and a legend entry, so colour
/// never carries the meaning alone: the value is written at the end of every bar, and the page gives the same figures
/// as a table (<see cref="TextAlternativeId"/>).
/// </summary>
public sealed record BarChartViewModel(
    string Title,
    string Description,
    IReadOnlyList<BarViewModel> Bars,
    IReadOnlyList<BarSegmentKind> SegmentKinds,
    string TextAlternativeId)
{
    public int MaxTotal => Bars.Count == 0 ? 0 : Bars.Max(b => b.Total);
}

/// <param name="CssClass">Sets the segment's fill in CSS (no inline styles, so the CSP needs no unsafe-inline).</param>
public sealed record BarSegmentKind(string Name, string CssClass);

/// <param name="Segments">Values in the order of <see cref="BarChartViewModel.SegmentKinds"/>.</param>
/// <param name="ValueLabel">Written after the bar, e.g. "5".</param>
public sealed record BarViewModel(string Label, IReadOnlyList<int> Segments, string ValueLabel)
{
    public int Total => Segments.Sum();
}
