using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Parties;

/// <summary>
/// GET /api/parties/{slug}: the councillors the party lost by the one rule, what that number leaves out, and per council
/// the seats it lost there (null when some event's split at that council is not known).
/// </summary>
public sealed record PartyApiItem(
    string Slug,
    string Name,
    string ShortName,
    PartyKind Kind,
    int CouncillorsLost,
    bool CouncillorsLostIsLowerBound,
    int EventsWithUnknownCount,
    int EventsAlreadyCounted,
    int UnverifiedEvents,
    int CouncillorsGained,
    IReadOnlyList<PartyCouncilApiItem> Councils)
{
    public static PartyApiItem From(PartyPageViewModel vm) => new(
        vm.Party.Slug,
        vm.Party.Name,
        vm.Party.ShortName,
        vm.Kind,
        vm.LostTally.Councillors,
        vm.LostTally.IsLowerBound,
        vm.LostTally.UnknownCountEvents,
        vm.LostTally.AlreadyCountedEvents,
        vm.LostTally.UnverifiedEvents,
        vm.GainedTally.Councillors,
        [
            .. vm.Lost.SelectMany(e => e.Councils.Select(c => (c.Council, Seats: Domain.CouncillorsLost.AtCouncil(c.SeatsChanged, e.Verification))))
                .GroupBy(x => x.Council.Slug, StringComparer.Ordinal)
                .Select(g => new PartyCouncilApiItem(g.Key, g.First().Council.Name,
                    g.Any(x => x.Seats is null) ? null : g.Sum(x => x.Seats!.Value)))
                .OrderBy(c => c.Name, StringComparer.Ordinal),
        ]);
}

public sealed record PartyCouncilApiItem(string Slug, string Name, int? CouncillorsLost);
