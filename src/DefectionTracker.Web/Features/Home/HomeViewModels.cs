using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Home;

public sealed record HomeViewModel(
    HomeFiguresViewModel Figures,
    IReadOnlyList<DefectionRowViewModel> Latest,
    IReadOnlyList<DefectionRowViewModel> Undated);

/// <summary>The headline numbers, each with what it leaves out.</summary>
public sealed record HomeFiguresViewModel(
    int DefectionCount,
    IReadOnlyDictionary<Verification, int> ByVerification,
    LeftLabourFigure LeftLabour,
    ControlChangeFigure ControlChanges);

/// <summary>
/// Councillors who left Labour (or were suspended from it): the sum of every Labour event's known count, with each
/// named person counted once, and how many events give no number at all.
/// </summary>
public sealed record LeftLabourFigure(
    int Councillors,
    int EventCount,
    int UnknownCountEvents,
    IReadOnlyList<RefViewModel> CountedOnce,
    IReadOnlyList<DisputedCountViewModel> Disputed);

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
