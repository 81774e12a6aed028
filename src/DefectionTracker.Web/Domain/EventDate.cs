namespace DefectionTracker.Web.Domain;

/// <summary>
/// When an event happened, as far as its sources say: a date at its precision, or a day and month with no year stated,
/// or only bounds ("on or before 8 April 2024", "on or after 17 October 2023"); and whether the date was worked out from
/// the text ("on Monday" against the publication date) rather than stated. <see cref="FirstReported"/> is the earliest
/// publication date of the event's sources: a report cannot describe an event after its own publication, so it bounds
/// an event whose year or date is not stated.
/// </summary>
public sealed record EventDate(
    PartialDate Date,
    MonthDay? WithoutYear = null,
    PartialDate NotBefore = default,
    PartialDate NotAfter = default,
    PartialDate FirstReported = default,
    bool Derived = false,
    string? Basis = null)
{
    /// <summary>
    /// The latest the event can have happened, for an event with no date of its own: its <see cref="NotAfter"/> or its
    /// first report, whichever is earlier. Unknown for a dated event or when neither is known.
    /// </summary>
    public PartialDate UpperBound
    {
        get
        {
            if (Date.IsKnown)
            {
                return PartialDate.Unknown;
            }

            if (NotAfter.IsKnown && FirstReported.IsKnown)
            {
                return FirstReported.End < NotAfter.End ? FirstReported : NotAfter;
            }

            return NotAfter.IsKnown ? NotAfter : FirstReported;
        }
    }

    /// <summary>
    /// The date the event is ordered by (<see cref="DefectionOrder"/>): its own date when known; else, when the sources
    /// say anything about when (a day and month without a year, or a bound), its upper bound, or its lower bound when
    /// that is all there is. An event about whose timing nothing is said stays unknown and sorts last.
    /// </summary>
    public PartialDate OrderDate =>
        Date.IsKnown ? Date
        : WithoutYear is null && !NotBefore.IsKnown && !NotAfter.IsKnown ? PartialDate.Unknown
        : UpperBound.IsKnown ? UpperBound
        : NotBefore;

    /// <summary>
    /// For people: "18 October 2023", "8 April (year not stated; reported 10 April 2024)", "on or before 8 April 2024",
    /// "on or after 17 October 2023", "between 17 October 2023 and 8 April 2024", or "date not known".
    /// </summary>
    public string ToDisplay()
    {
        if (Date.IsKnown)
        {
            // A bound narrows a month or a year: "November 2023 (on or after 6 November 2023)".
            var bounds = Bounds();
            return bounds is null || Date.Precision == DatePrecision.Day ? Date.ToDisplay() : $"{Date.ToDisplay()} ({bounds})";
        }

        if (WithoutYear is { } md)
        {
            return FirstReported.IsKnown
                ? $"{md.ToDisplay()} (year not stated; reported {FirstReported.ToDisplay()})"
                : $"{md.ToDisplay()} (year not stated)";
        }

        return Bounds() ?? "date not known";
    }

    private string? Bounds() => (NotBefore.IsKnown, NotAfter.IsKnown) switch
    {
        (true, true) => $"between {NotBefore.ToDisplay()} and {NotAfter.ToDisplay()}",
        (false, true) => $"on or before {NotAfter.ToDisplay()}",
        (true, false) => $"on or after {NotBefore.ToDisplay()}",
        _ => null,
    };

    /// <summary>"derived: 'on Monday' in the Nelson Leader of 10 April 2024", or null for a date as stated.</summary>
    public string? DerivedText => Derived ? $"derived: {Basis ?? "how is not recorded"}" : null;

    /// <summary>Whether the sources say anything about when: a date, a day and month without a year, or a bound.</summary>
    public bool SaysWhen => Date.IsKnown || WithoutYear is not null || NotBefore.IsKnown || NotAfter.IsKnown;

    /// <summary>
    /// THE wording of an event's date wherever one is shown as such (the defection page's date, every list row, the
    /// timeline, the feed's entry titles): <see cref="ToDisplay"/> and, for a date worked out from the text, how:
    /// "10 February 2025 (derived: 'on Monday' in the Dales Weekly of 11 February 2025)". Inside a sentence ("the event
    /// of ...") use <see cref="ToDisplay"/>.
    /// </summary>
    public string ToDisplayWithBasis() => DerivedText is { } derived ? $"{ToDisplay()} ({derived})" : ToDisplay();

    public override string ToString() => ToDisplay();
}

/// <summary>Builds a defection's <see cref="EventDate"/> from its stored fields, in one place.</summary>
public static class DefectionDates
{
    public static EventDate Of(Defection d, IReadOnlyDictionary<string, PartialDate> publishedBySource) =>
        Of(d.Date, d.DateWithoutYear, d.NotBefore, d.NotAfter, d.DateDerived, d.DateBasis,
            FirstReported(d.Sources.Select(s => publishedBySource.GetValueOrDefault(s.SourceId))));

    public static EventDate Of(PartialDate date, string? withoutYear, PartialDate notBefore, PartialDate notAfter, bool derived,
        string? basis, PartialDate firstReported) =>
        new(date, MonthDay.TryParse(withoutYear, out var md, out _) ? md : null, notBefore, notAfter, firstReported, derived, basis);

    /// <summary>The earliest publication of the sources: the one whose known period ends first; unknown when none is dated.</summary>
    public static PartialDate FirstReported(IEnumerable<PartialDate> published) =>
        published.Where(p => p.IsKnown).OrderBy(p => p.End).FirstOrDefault();
}
