using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>A period in which a councillor sat with a party or group, and how it ended.</summary>
public sealed record AffiliationViewModel(PartyLabelViewModel Party, PartialDate From, PartialDate To, AffiliationEnd? EndReason, string? SourceId)
{
    public bool Ended => EndReason is not null;

    /// <summary>"from April 2024 to now", "until 2 January 2025 (resigned)", "start not recorded; to now".</summary>
    public string PeriodText
    {
        get
        {
            var from = From.IsKnown ? $"from {From.ToDisplay()}" : null;
            var to = Ended
                ? $"until {(To.IsKnown ? To.ToDisplay() : "a date not known")} ({EndText})"
                : "to now";
            return from is null ? (Ended ? to : "start not recorded; " + to) : $"{from} {to}";
        }
    }

    public string EndText => EndReason switch
    {
        AffiliationEnd.Resigned => "resigned",
        AffiliationEnd.Suspended => "suspended",
        AffiliationEnd.WhipRemoved => "whip removed",
        AffiliationEnd.Expelled => "expelled",
        AffiliationEnd.Readmitted => "readmitted to another party",
        AffiliationEnd.JoinedAnotherParty => "joined another party",
        AffiliationEnd.LostSeat => "lost seat",
        AffiliationEnd.Other => "other reason",
        _ => "",
    };

    /// <summary>
    /// Affiliations in the order they happened: those with no recorded start first (they are the earliest the record
    /// knows), then by start date (<see cref="PartialDate.CompareTo"/>), ended before ongoing.
    /// </summary>
    public static IReadOnlyList<AffiliationViewModel> InOrder(IEnumerable<(int Id, AffiliationViewModel Affiliation)> affiliations) =>
    [
        .. affiliations
            .OrderBy(a => a.Affiliation.From.IsKnown)
            .ThenBy(a => a.Affiliation.From)
            .ThenBy(a => a.Affiliation.Ended ? 0 : 1)
            .ThenBy(a => a.Id)
            .Select(a => a.Affiliation),
    ];
}
