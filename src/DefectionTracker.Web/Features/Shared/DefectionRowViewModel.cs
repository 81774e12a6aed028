using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>
/// One defection as a row of a list: date at its precision and as the sources give it (<see cref="When"/>), councils,
/// from and to, count and verification.
/// </summary>
public sealed record DefectionRowViewModel(
    string Id,
    PartialDate Date,
    EventDate When,
    DefectionKind Kind,
    IReadOnlyList<RefViewModel> Councils,
    PartyLabelViewModel FromParty,
    PartyLabelViewModel? ToParty,
    int? CouncillorCount,
    IReadOnlyList<int> OtherReportedCounts,
    Verification Verification);
