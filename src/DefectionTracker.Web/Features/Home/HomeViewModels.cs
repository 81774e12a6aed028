using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Home;

public sealed record HomeViewModel(
    HomeFiguresViewModel Figures,
    IReadOnlyList<DefectionRowViewModel> Latest,
    IReadOnlyList<DefectionRowViewModel> Undated)
{
    /// <summary>What the record covers, stated beside the figures so that none reads as national.</summary>
    public CoverageViewModel? Coverage { get; init; }

    /// <summary>Every event with no known date; <see cref="Undated"/> lists the first of them.</summary>
    public int UndatedCount { get; init; }
}

/// <summary>The headline numbers, each with what it leaves out.</summary>
public sealed record HomeFiguresViewModel(
    int DefectionCount,
    IReadOnlyDictionary<Verification, int> ByVerification,
    LeftLabourFigure LeftLabour,
    ControlChangeFigure ControlChanges);

/// <summary>
/// Councillors who left Labour (or were suspended from it), by the one counting rule (<see cref="CouncillorsLost"/>),
/// with the people counted once though named in two events, and the events whose sources disagree on the number.
/// </summary>
public sealed record LeftLabourFigure(
    LossTally Tally,
    IReadOnlyList<RefViewModel> CountedOnce,
    IReadOnlyList<DisputedCountViewModel> Disputed)
{
    public int Councillors => Tally.Councillors;

    public int EventCount => Tally.Events;

    public int UnknownCountEvents => Tally.UnknownCountEvents;

    public int UnverifiedEvents => Tally.UnverifiedEvents;
}

/// <summary>An event whose sources give other counts than the one recorded.</summary>
public sealed record DisputedCountViewModel(string DefectionId, string Label, int Recorded, IReadOnlyList<int> Others);

/// <summary>Councils where a recorded defection changed who controls the council, and those where that is unknown.</summary>
public sealed record ControlChangeFigure(
    IReadOnlyList<ControlChangeViewModel> Changed,
    IReadOnlyList<RefViewModel> Unknown,
    int CouncilCount);

public sealed record ControlChangeViewModel(RefViewModel Council, string DefectionId, string DateDisplay);

/// <summary>A captioned table of defections; <see cref="Id"/> makes the caption's id unique on the page.</summary>
public sealed record DefectionTableViewModel(string Id, string Caption, IReadOnlyList<DefectionRowViewModel> Rows);
