using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Councils;

/// <summary>Which of a council's two moments a chart shows: <c>?when=before</c> or <c>?when=after</c> (now, the default).</summary>
public sealed record SeatsSvgRequest(string? When) : IValidatedRequest
{
    public static readonly IReadOnlyList<string> Values = ["before", "after"];

    public bool IsAfter => string.IsNullOrWhiteSpace(When) || When.Trim().Equals("after", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<FieldProblem> Validate() =>
        string.IsNullOrWhiteSpace(When) || Values.Contains(When.Trim().ToLowerInvariant())
            ? []
            : [new FieldProblem("when", $"when must be 'before' or 'after', not '{When.Trim()}'")];
}

/// <summary>/councils/{slug}/seats.svg: one moment's hemicycle and bar as an image of its own, with its source line.</summary>
public sealed record CouncilSeatsSvgViewModel(string CouncilName, SeatChartViewModel Chart, ChartCreditViewModel Credit)
{
    public const double Margin = 16;
    public const double ChartsTop = 60;
    public const double Width = SeatChartViewModel.Width + (2 * Margin);

    public double BarsTop => ChartsTop + (Chart.Hemicycle is { CanDraw: true } ? HemicycleViewModel.Height + 8 : 0);

    public double CreditTop => (Chart.CanDraw ? BarsTop + SeatChartViewModel.Height : ChartsTop + 20) + 26;

    public double Height => CreditTop + ChartCreditViewModel.Height;

    public string Title => $"Seats at {CouncilName}. {Chart.Composition.Heading}: {Chart.Composition.Control.Text}";

    public string Description => Chart.CanDraw
        ? $"{Chart.Hemicycle?.Description} {Chart.Description} {Credit.SourceText}."
        : $"{Chart.Composition.UnknownStatement} {Credit.SourceText}.";
}

/// <summary>/embed/councils/{slug}: the before-and-now charts for another site's page, with the source line and a link back.</summary>
public sealed record CouncilEmbedViewModel(CouncilPageViewModel Page, ChartCreditViewModel Credit);
