using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Timeline;

/// <summary>The result of asking for a party's timeline: the page, an unknown party, or filters that cannot be used.</summary>
public abstract record TimelineResult
{
    public sealed record Found(TimelineViewModel Page) : TimelineResult;

    public sealed record PartyNotFound(string Slug) : TimelineResult;

    public sealed record BadFilter(IReadOnlyList<FilterProblem> Problems) : TimelineResult;
}

/// <summary>/timeline: every event in which a party lost councillors, with the charts and the filters.</summary>
public sealed record TimelineViewModel(
    PartyLabelViewModel Party,
    TimelineFormViewModel Form,
    IReadOnlyList<TimelineEntryViewModel> Entries,
    IReadOnlyList<TimelineEntryViewModel> Undated,
    int PartyEventCount,
    LossTally Tally,
    int LineTotal,
    int UndatedLeftOutByDateRange,
    IReadOnlyList<QuarterLosses> Quarters,
    int YearOnlyEvents,
    StepChartViewModel? WideChart,
    StepChartViewModel? NarrowChart,
    QuarterBarsViewModel? QuarterBars)
{
    public int ShownCount => Entries.Count + Undated.Count;

    /// <summary>Councillors lost over the events shown, by the one counting rule (dated and undated events alike).</summary>
    public int TotalCounted => Tally.Councillors;

    public IEnumerable<TimelineEntryViewModel> All => Entries.Concat(Undated);

    /// <summary>Events shown whose number of councillors no source gives (dated or not).</summary>
    public int UnknownCountEvents => All.Count(e => e.CouncillorsLost is null);

    public int UnknownCountUndated => Undated.Count(e => e.CouncillorsLost is null);

    public int AlreadyCountedEvents => All.Count(e => e.AlreadyCounted);

    public IReadOnlyList<TimelineEntryViewModel> ControlLosses => [.. Entries.Where(e => e.ControlLost == true)];

    public string FeedPath => $"/feeds/defections.atom?party={Uri.EscapeDataString(Party.Slug)}";

    /// <summary>Rows per page of the event table; the chart and the figures always cover every event.</summary>
    public const int TablePageSize = 100;

    /// <summary>Which page of the event table is shown (1-based).</summary>
    public int TablePage { get; init; } = 1;

    public int TablePageCount => Math.Max(1, (Entries.Count + TablePageSize - 1) / TablePageSize);

    public IEnumerable<TimelineEntryViewModel> TableEntries => Entries.Skip((TablePage - 1) * TablePageSize).Take(TablePageSize);

    /// <summary>"Cite this page" and the social card; set by the controller, which knows the request.</summary>
    public PageCitationViewModel? Citation { get; init; }

    /// <summary>Ready-made date ranges, as plain links; set by the controller from the app's clock.</summary>
    public IReadOnlyList<TimelinePresetViewModel> Presets { get; init; } = [];

    /// <summary>The page in one sentence, for the social card and the citation.</summary>
    public string Summary =>
        $"{Wording.Count(TotalCounted, "councillor")} counted leaving {Party.Name} across {Wording.Count(ShownCount, "recorded event")}"
        + (Form.IsFiltered ? $" ({string.Join("; ", Form.ActiveFilters)})." : ".");
}

/// <summary>A ready-made date range on the timeline ("Since the 2024 general election"), as a link.</summary>
public sealed record TimelinePresetViewModel(string Label, string From, string Href, bool IsCurrent);

/// <summary>One event on the timeline: placed by <see cref="Date"/>, shown as <see cref="When"/> says it.</summary>
public sealed record TimelineEntryViewModel(
    string DefectionId,
    PartialDate Date,
    DefectionKind Kind,
    IReadOnlyList<TimelineCouncilViewModel> Councils,
    IReadOnlyList<RefViewModel> Councillors,
    int? CouncillorsLost,
    IReadOnlyList<AlternativeCountViewModel> OtherCounts,
    int Added,
    int? Cumulative,
    bool AlreadyCounted,
    AlreadyCountedViewModel? AlreadyCountedIn,
    PartyLabelViewModel? ToParty,
    Destination Destination,
    bool? ControlLost,
    IReadOnlyList<TimelineGrievanceViewModel> Grievances,
    Verification Verification,
    string Summary)
{
    /// <summary>When, as the sources say it (<see cref="EventDate"/>): what the row shows.</summary>
    public EventDate When { get; init; } = new(Date);

    public string Path => $"/defections/{Uri.EscapeDataString(DefectionId)}";

    /// <summary>"Left the party", "Suspended", ...: what happened, in words.</summary>
    public string KindText => Wording.Kind(Kind);

    public string ControlLostText => Wording.YesNo(ControlLost);
}

/// <summary>A council touched by an event, and what the event did to control of it.</summary>
public sealed record TimelineCouncilViewModel(
    string Slug,
    string Name,
    string? Area,
    int? SeatsChanged,
    bool? ControlLost,
    string ControlBefore,
    string ControlAfter)
{
    public string Path => $"/councils/{Uri.EscapeDataString(Slug)}";
}

/// <summary>A count some sources give that differs from the one the record uses (Broxtowe: 18 on the council's list).</summary>
public sealed record AlternativeCountViewModel(int Count, IReadOnlyList<string> Publishers);

/// <summary>The earlier event that already counted an event's councillors (a suspension before a resignation).</summary>
public sealed record AlreadyCountedViewModel(string DefectionId, string DateDisplay)
{
    public string Path => $"/defections/{Uri.EscapeDataString(DefectionId)}";
}

public sealed record TimelineGrievanceViewModel(string Slug, string Name, GrievanceAttribution Attribution);

/// <summary>The filter form: current values and the choices offered.</summary>
public sealed record TimelineFormViewModel(
    string Party,
    string? From,
    string? To,
    string? Area,
    string? Grievance,
    string? Destination,
    IReadOnlyList<PartyOptionViewModel> Parties,
    IReadOnlyList<string> Areas,
    IReadOnlyList<RefViewModel> Grievances,
    IReadOnlyList<string> ActiveFilters)
{
    public bool IsFiltered => ActiveFilters.Count > 0;

    public string ClearPath => $"/timeline?party={Uri.EscapeDataString(Party)}";

    /// <summary>The query string that gives this party and these filters ("?party=labour&amp;from=2024"), for links to the same view.</summary>
    public string Query => QueryWith(From, To);

    /// <summary>The same party and filters with another date range.</summary>
    public string QueryWith(string? from, string? to) => Microsoft.AspNetCore.Http.QueryString.Create(
        new (string Key, string? Value)[] { ("party", Party), ("from", from), ("to", to), ("area", Area), ("grievance", Grievance), ("destination", Destination) }
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => KeyValuePair.Create(p.Key, p.Value))).ToUriComponent();
}

/// <summary>A party in the form's list, with how many events it lost councillors in.</summary>
public sealed record PartyOptionViewModel(string Slug, string Name, int LossEvents);

/// <summary>The 400 page: which filters could not be used, and why.</summary>
public sealed record TimelineBadFilterViewModel(string Party, IReadOnlyList<FilterProblem> Problems);
