using System.Globalization;

namespace DefectionTracker.Web.Domain;

/// <summary>How much of a date is known: "April 2024" is a month, never a made-up day.</summary>
public enum DatePrecision
{
    Unknown = 0,
    Year = 1,
    Month = 2,
    Day = 3,
}

/// <summary>
/// A date known to a given precision. <see cref="Start"/> is the first day of the known period (1 April 2024 for
/// "April 2024"); it is only a sort key and is never shown as a day.
/// </summary>
public readonly record struct PartialDate(DateOnly? Start, DatePrecision Precision) : IComparable<PartialDate>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static PartialDate Unknown => new(null, DatePrecision.Unknown);

    public static PartialDate Day(int year, int month, int day) => new(new DateOnly(year, month, day), DatePrecision.Day);

    public static PartialDate Month(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    public static PartialDate Year(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    public bool IsKnown => Precision != DatePrecision.Unknown && Start is not null;

    /// <summary>The last day of the known period (30 April 2024 for "April 2024").</summary>
    public DateOnly? End => Start is not { } s
        ? null
        : Precision switch
        {
            DatePrecision.Day => s,
            // December 9999 ends on the last day DateOnly holds; adding a month there would overflow.
            DatePrecision.Month => s.Year == DateOnly.MaxValue.Year && s.Month == 12 ? DateOnly.MaxValue : s.AddMonths(1).AddDays(-1),
            DatePrecision.Year => s.Year == DateOnly.MaxValue.Year ? DateOnly.MaxValue : s.AddYears(1).AddDays(-1),
            _ => null,
        };

    /// <summary>ISO 8601 at its precision: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown.</summary>
    public string? ToIso() => Start is not { } s
        ? null
        : Precision switch
        {
            DatePrecision.Day => s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatePrecision.Month => s.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DatePrecision.Year => s.ToString("yyyy", CultureInfo.InvariantCulture),
            _ => null,
        };

    /// <summary>For people: "18 October 2023", "April 2024", "2024" or "date unknown".</summary>
    public string ToDisplay() => Start is not { } s
        ? "date unknown"
        : Precision switch
        {
            DatePrecision.Day => s.ToString("d MMMM yyyy", English),
            DatePrecision.Month => s.ToString("MMMM yyyy", English),
            DatePrecision.Year => s.ToString("yyyy", English),
            _ => "date unknown",
        };

    public override string ToString() => ToDisplay();

    /// <summary>
    /// The one ordering rule for dates of different precision: by the first day of the known period, and where two
    /// periods start on the same day the more precise one first ("1 April 2024" before "April 2024" before "2024").
    /// Unknown dates sort after every known date.
    /// </summary>
    public int CompareTo(PartialDate other)
    {
        if (Start is null || other.Start is null)
        {
            return (Start is null).CompareTo(other.Start is null);
        }

        var byStart = Start.Value.CompareTo(other.Start.Value);
        return byStart != 0 ? byStart : other.Precision.CompareTo(Precision);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>Whether this period certainly ends on or before <paramref name="date"/>.</summary>
    public bool IsOnOrBefore(DateOnly date) => End is { } e && e <= date;

    /// <summary>Parses the ISO form at the stated precision; the string's shape must match the precision.</summary>
    public static bool TryParse(string? value, DatePrecision precision, out PartialDate result, out string? error)
    {
        result = Unknown;
        error = null;
        if (precision == DatePrecision.Unknown)
        {
            if (!string.IsNullOrEmpty(value))
            {
                error = $"precision 'unknown' must have no date, but the date is '{value}'";
                return false;
            }

            return true;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            error = $"precision '{precision.ToString().ToLowerInvariant()}' needs a date, but the date is empty";
            return false;
        }

        var (format, shape) = precision switch
        {
            DatePrecision.Day => ("yyyy-MM-dd", "YYYY-MM-DD"),
            DatePrecision.Month => ("yyyy-MM", "YYYY-MM"),
            _ => ("yyyy", "YYYY"),
        };
        if (value.Length != format.Length)
        {
            error = $"'{value}' does not match precision '{precision.ToString().ToLowerInvariant()}' (expected {shape})";
            return false;
        }

        if (!DateOnly.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            error = $"'{value}' is not a real date ({shape})";
            return false;
        }

        result = new PartialDate(date, precision);
        return true;
    }
}

/// <summary>
/// A day and month an article gives with no year ("8 April"): kept as stated and never completed by a guess. ISO 8601
/// writes it "--04-08".
/// </summary>
public readonly record struct MonthDay(int Month, int Day)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"--MM-DD".</summary>
    public string ToIso() => FormattableString.Invariant($"--{Month:00}-{Day:00}");

    /// <summary>"8 April".</summary>
    public string ToDisplay() => new DateOnly(2000, Month, Day).ToString("d MMMM", English);

    public override string ToString() => ToDisplay();

    /// <summary>Parses "--MM-DD" (29 February allowed: some year has it).</summary>
    public static bool TryParse(string? value, out MonthDay result, out string? error)
    {
        result = default;
        error = null;
        if (value is not { Length: 7 } || !value.StartsWith("--", StringComparison.Ordinal) || value[4] != '-'
            || !int.TryParse(value.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            error = $"'{value}' is not a day and month without a year (expected --MM-DD, e.g. --04-08 for 8 April)";
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            error = $"'{value}' is not a real day and month (--MM-DD)";
            return false;
        }

        result = new MonthDay(month, day);
        return true;
    }
}
