using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Timeline;

/// <summary>/timeline.svg: the timeline page's wide step chart as an image of its own, with the filters and the source line.</summary>
public sealed record TimelineSvgViewModel(TimelineViewModel Page, ChartCreditViewModel Credit)
{
    public const double Margin = 16;
    public const double ChartTop = 62;

    public StepChartViewModel? Chart => Page.WideChart;

    public double Width => (Chart?.Size.Width ?? ChartSize.Wide.Width) + (2 * Margin);

    public double CreditTop => ChartTop + (Chart?.Size.Height ?? 30) + 24;

    public double Height => CreditTop + ChartCreditViewModel.Height;

    public string Title => $"Councillors who left {Page.Party.Name}: running total";

    /// <summary>"All events" or the filters in words, as the page says them.</summary>
    public string FilterText => Page.Form.IsFiltered ? "Filtered: " + string.Join("; ", Page.Form.ActiveFilters) : "All recorded events";

    public string Description => (Chart?.Description ?? $"No dated event matches: nothing to draw. {FilterText}.") + " " + Credit.SourceText + ".";
}
