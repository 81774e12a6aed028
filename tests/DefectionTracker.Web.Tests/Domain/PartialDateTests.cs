using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Tests.Domain;

public class PartialDateTests
{
    [Theory]
    [InlineData("2023-10-18", DatePrecision.Day, "18 October 2023", "2023-10-18")]
    [InlineData("2024-04", DatePrecision.Month, "April 2024", "2024-04")]
    [InlineData("2025", DatePrecision.Year, "2025", "2025")]
    public void Parse_AtEachPrecision_DisplaysAndFormatsAtThatPrecision(string value, DatePrecision precision, string display, string iso)
    {
        Assert.True(PartialDate.TryParse(value, precision, out var date, out _));

        Assert.Equal(display, date.ToDisplay());
        Assert.Equal(iso, date.ToIso());
    }

    [Fact]
    public void Unknown_DisplaysAsUnknown_AndHasNoIso()
    {
        Assert.Equal("date unknown", PartialDate.Unknown.ToDisplay());
        Assert.Null(PartialDate.Unknown.ToIso());
    }

    [Theory]
    [InlineData("2024-04", DatePrecision.Day)]
    [InlineData("2024-04-01", DatePrecision.Month)]
    [InlineData("2024-13", DatePrecision.Month)]
    [InlineData("2023-02-29", DatePrecision.Day)]
    [InlineData("", DatePrecision.Year)]
    [InlineData("2024", DatePrecision.Unknown)]
    public void Parse_ShapeOrDateWrong_Fails(string value, DatePrecision precision)
    {
        Assert.False(PartialDate.TryParse(value, precision, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Ordering_ByPeriodStart_ThenMorePreciseFirst_UnknownLast()
    {
        var dates = new[]
        {
            PartialDate.Unknown,
            PartialDate.Year(2024),
            PartialDate.Month(2024, 4),
            PartialDate.Day(2024, 4, 1),
            PartialDate.Day(2023, 11, 5),
            PartialDate.Month(2023, 10),
            PartialDate.Day(2024, 1, 1),
        };

        var ordered = dates.Order().Select(d => d.ToDisplay()).ToList();

        Assert.Equal(
            ["October 2023", "5 November 2023", "1 January 2024", "2024", "1 April 2024", "April 2024", "date unknown"],
            ordered);
    }

    [Fact]
    public void End_OfAMonth_IsItsLastDay()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), PartialDate.Month(2024, 2).End);
        Assert.Equal(new DateOnly(2025, 12, 31), PartialDate.Year(2025).End);
    }
}
