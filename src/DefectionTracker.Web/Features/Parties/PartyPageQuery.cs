using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Parties;

public sealed record PartyEventCouncilViewModel(RefViewModel Council, int? SeatsChanged);

/// <summary>A defection seen from one party: the other side is where they went (losses) or where they came from (gains).</summary>
public sealed record PartyEventViewModel(
    string Id,
    PartialDate Date,
    EventDate When,
    string KindText,
    PartyLabelViewModel? OtherParty,
    int? CouncillorCount,
    IReadOnlyList<PartyEventCouncilViewModel> Councils,
    Verification Verification,
    LossEvent Loss)
{
    /// <summary>Whether the event adds to the totals, by the one counting rule (<see cref="CouncillorsLost"/>).</summary>
    public bool Counts => CouncillorsLost.Contribution(Loss) is LossContribution.Counted or LossContribution.UnknownCount;
}

/// <summary>A council where the party lost its majority, and the event that did it (or none, said plainly).</summary>
public sealed record ControlLossViewModel(RefViewModel Council, string? DefectionId, PartialDate Date, string Statement)
{
    /// <summary>Both layers of control around the loss: the seat arithmetic and the administration.</summary>
    public ControlLayersViewModel? Layers { get; init; }
}

/// <summary>A council where the party left the administration (lost power), and the event it followed (or none, said plainly).</summary>
public sealed record PowerLossViewModel(RefViewModel Council, string? DefectionId, PartialDate Date, string Statement, ControlLayersViewModel Layers);

public sealed record GrievanceCountViewModel(string Slug, string Name, int Defections, int Stated, int Attributed);

public sealed record PartyCouncillorViewModel(string Slug, string Name, AffiliationViewModel Affiliation);

public sealed record PartyPageViewModel
{
    public required PartyLabelViewModel Party { get; init; }

    public required string KindText { get; init; }

    public PartyKind Kind { get; init; }

    public string? ColourSource { get; init; }

    public string? ElectoralCommissionId { get; init; }

    public string? Notes { get; init; }

    public IReadOnlyList<PartyEventViewModel> Lost { get; init; } = [];

    public IReadOnlyList<PartyEventViewModel> Gained { get; init; } = [];

    public IReadOnlyList<ControlLossViewModel> ControlLosses { get; init; } = [];

    /// <summary>Councils where the party led or sat in the administration and then did not: power lost, majority or not.</summary>
    public IReadOnlyList<PowerLossViewModel> PowerLosses { get; init; } = [];

    public IReadOnlyList<GrievanceCountViewModel> Grievances { get; init; } = [];

    public IReadOnlyList<PartyCouncillorViewModel> CouncillorsWhoLeft { get; init; } = [];

    public IReadOnlyList<PartyCouncillorViewModel> CouncillorsWhoJoined { get; init; } = [];

    /// <summary>Which page of each long list the page shows.</summary>
    public PartyPageRequest Paging { get; init; } = new();

    /// <summary>Councillors lost, by the one counting rule.</summary>
    public LossTally LostTally => CouncillorsLost.Tally(Lost.Select(e => e.Loss));

    /// <summary>Councillors gained: the same rule applied to the events in which they joined this party.</summary>
    public LossTally GainedTally => CouncillorsLost.Tally(Gained.Select(e => e.Loss));

    /// <summary>Events left out of the totals: a suspended councillor later resigning moved no seat and is not counted twice.</summary>
    public int NotCountedTwice => LostTally.AlreadyCountedEvents + GainedTally.AlreadyCountedEvents;

    /// <summary>Unverified reports: listed, never added.</summary>
    public int UnverifiedEvents => LostTally.UnverifiedEvents + GainedTally.UnverifiedEvents;
}

/// <summary>
/// /parties/{slug}: councillors the party lost and gained in the recorded events, councils where it lost its majority
/// (from each council's history), and the grievances most cited in defections from it.
/// </summary>
public sealed class PartyPageQuery(
    DefectionsDbContext db, PartyLabelsQuery partyLabels, CouncilHistoryQuery histories, AdministrationsQuery administrationsQuery,
    DataMemo memo)
{
    /// <summary>A party's page (null for no such party), worked out once per version of the data (<see cref="DataMemo"/>).</summary>
    public async Task<PartyPageViewModel?> GetAsync(string slug, CancellationToken ct)
    {
        var party = await db.Parties.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new PartyRow(p.Slug, p.Kind, p.ColourSource, p.ElectoralCommissionId, p.Notes))
            .FirstOrDefaultAsync(ct);
        return party is null ? null : await memo.GetOrAddAsync("party:" + slug, c => BuildAsync(party, c), ct);
    }

    private async Task<PartyPageViewModel> BuildAsync(PartyRow party, CancellationToken ct)
    {
        var slug = party.Slug;

        var parties = await partyLabels.LoadAsync(ct);
        var rows = await db.Defections.AsNoTracking()
            .Where(d => d.FromPartySlug == slug || d.ToPartySlug == slug)
            .Select(d => new
            {
                d.Id,
                d.Date,
                d.Sequence,
                d.Kind,
                d.FromPartySlug,
                d.ToPartySlug,
                d.CouncillorCount,
                d.Verification,
                Councils = d.Councils.OrderBy(c => c.Council!.Name)
                    .Select(c => new PartyEventCouncilViewModel(new RefViewModel(c.CouncilSlug, c.Council!.Name), c.SeatsChanged)).ToList(),
                Grievances = d.Grievances.Select(g => new { g.GrievanceSlug, g.Grievance!.Name, g.Attribution }).ToList(),
                Councillors = d.Councillors.Select(c => c.CouncillorSlug).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var dates = await EventDates.LoadAsync(db, [.. rows.Select(r => r.Id)], ct);
        var events = rows.Select(e => new EventRow(e.Id, e.Date, e.Sequence, e.Kind, e.FromPartySlug, e.ToPartySlug, e.CouncillorCount, e.Verification,
            e.Councils, [.. e.Grievances.Select(g => new GrievanceRow(g.GrievanceSlug, g.Name, g.Attribution))], e.Councillors)).ToList();
        var councillors = await db.Councillors.AsNoTracking()
            .Where(c => db.Affiliations.Where(a => a.PartySlug == slug).Select(a => a.CouncillorSlug).Contains(c.Slug))
            .OrderBy(c => c.Name)
            .Select(c => new
            {
                c.Slug,
                c.Name,
                Affiliations = c.Affiliations.Select(a => new { a.Id, a.PartySlug, a.From, a.To, a.EndReason, a.SourceId }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        var lost = events.Where(e => e.FromPartySlug == slug).ToList();
        var touched = events.SelectMany(e => e.Councils.Select(c => c.Council.Slug)).Distinct(StringComparer.Ordinal).ToList();
        IReadOnlyDictionary<string, CouncilHistory> councilHistories = touched.Count == 0
            ? new Dictionary<string, CouncilHistory>()
            : await histories.LoadAsync(touched, ct);
        var administered = touched.Count == 0
            ? new Dictionary<string, CouncilAdministrations>()
            : await administrationsQuery.LoadAsync(touched, parties, ct);
        var councilNames = events.SelectMany(e => e.Councils).Select(c => c.Council).DistinctBy(c => c.Slug).ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var eventDates = events.ToDictionary(e => e.Id, e => e.Date, StringComparer.Ordinal);
        var eventSequence = events.ToDictionary(e => e.Id, e => e.Sequence, StringComparer.Ordinal);

        var eventsAt = events.SelectMany(e => e.Councils.Select(c => (Council: c.Council.Slug, Event: e)))
            .ToLookup(x => x.Council, x => x.Event, StringComparer.Ordinal);
        var label = parties.For(slug);
        var controlLosses = new List<ControlLossViewModel>();
        var powerLosses = new List<PowerLossViewModel>();
        foreach (var (councilSlug, history) in councilHistories.OrderBy(h => councilNames[h.Key].Name, StringComparer.Ordinal))
        {
            var council = councilNames[councilSlug];
            var administrations = administered.GetValueOrDefault(councilSlug);
            ControlLayersViewModel LayersAround(string defectionId) => history.Effects.TryGetValue(defectionId, out var effect)
                ? new(ControlViewModel.From(effect.Before.Control, parties), ControlViewModel.From(effect.After.Control, parties),
                    administrations?.Around(defectionId) ?? new() { Unknown = AdministrationUnknown.NoRecord }, "/sources")
                : new(ControlViewModel.Unknown, ControlViewModel.Unknown,
                    administrations?.Around(defectionId) ?? new() { Unknown = AdministrationUnknown.NoRecord }, "/sources");
            var overall = new ControlLayersViewModel(ControlViewModel.From(history.Before.Control, parties), ControlViewModel.From(history.Now.Control, parties),
                administrations?.Overall() ?? new() { Unknown = AdministrationUnknown.NoRecord }, "/sources");
            // Looked up, not filtered from every event per council: at 10x scale that was 40,000 events times 400 councils.
            var eventsHere = eventsAt[councilSlug].Distinct().OrderChronologically(e => e.Sequence).ToList();
            foreach (var e in eventsHere)
            {
                var layers = LayersAround(e.Id);
                if (layers.Administration.Changed == true && layers.Administration.LostPower?.Any(p => p.Slug == slug) == true)
                {
                    powerLosses.Add(new PowerLossViewModel(council, e.Id, e.Date,
                        $"{label.ShortName} lost power {ControlStory.When(e.Date)}: {layers.Administration.After!.Text} ran the council after the event.", layers));
                }
            }

            if (!powerLosses.Any(p => p.Council.Slug == councilSlug) && overall.Administration.Changed == true
                && overall.Administration.LostPower?.Any(p => p.Slug == slug) == true)
            {
                powerLosses.Add(new PowerLossViewModel(council, null, overall.Administration.After!.From,
                    $"{label.ShortName} was in the administration before the recorded defections and is not now ({overall.Administration.After.Text}), but no single recorded defection is known to have changed it.", overall));
            }

            var majority = Control.MajorityFor(slug);
            var flips = history.Effects.Values
                .Where(e => e.FlippedControl == true && e.Before.Control == majority)
                .OrderBy(e => eventSequence.GetValueOrDefault(e.DefectionId, int.MaxValue))
                .ToList();
            foreach (var flip in flips)
            {
                var date = eventDates.GetValueOrDefault(flip.DefectionId, PartialDate.Unknown);
                controlLosses.Add(new ControlLossViewModel(council, flip.DefectionId, date,
                    $"{label.ShortName} lost its majority {ControlStory.When(date)}: {ControlViewModel.From(flip.After.Control, parties).TextInSentence} after the event.")
                {
                    Layers = LayersAround(flip.DefectionId),
                });
            }

            if (flips.Count == 0 && history.Before.Control == majority && history.ControlChanged == true)
            {
                controlLosses.Add(new ControlLossViewModel(council, null, history.NowAsOf,
                    $"{label.ShortName} had a majority before and not now ({ControlViewModel.From(history.Now.Control, parties).TextInSentence}), but no single recorded defection changed it.")
                {
                    Layers = overall,
                });
            }
        }

        // Only councillors named in a recorded event that left the party: one named only in an unverified report (or
        // recorded only to explain a confusion of names) is never listed as having left.
        var leftInRecordedEvent = lost.Where(e => e.Verification != Verification.Unverified)
            .SelectMany(e => e.CouncillorSlugs).ToHashSet(StringComparer.Ordinal);
        return new PartyPageViewModel
        {
            Party = label,
            KindText = Wording.PartyKind(party.Kind),
            Kind = party.Kind,
            ColourSource = party.ColourSource,
            ElectoralCommissionId = party.ElectoralCommissionId,
            Notes = party.Notes,
            Lost = [.. ToEvents(lost, e => e.ToPartySlug)],
            Gained = [.. ToEvents(events.Where(e => e.ToPartySlug == slug), e => e.FromPartySlug)],
            ControlLosses = controlLosses,
            PowerLosses = powerLosses,
            Grievances =
            [
                .. lost.SelectMany(e => e.Grievances.Select(g => (Event: e.Id, g.GrievanceSlug, g.Name, g.Attribution)))
                    .GroupBy(g => (g.GrievanceSlug, g.Name))
                    .Select(g => new GrievanceCountViewModel(g.Key.GrievanceSlug, g.Key.Name, g.Select(x => x.Event).Distinct().Count(),
                        g.Count(x => x.Attribution == GrievanceAttribution.Stated), g.Count(x => x.Attribution == GrievanceAttribution.Attributed)))
                    .OrderByDescending(g => g.Defections)
                    .ThenByDescending(g => g.Stated)
                    .ThenBy(g => g.Name, StringComparer.Ordinal),
            ],
            CouncillorsWhoLeft =
            [
                .. councillors.Where(c => leftInRecordedEvent.Contains(c.Slug)).SelectMany(c => c.Affiliations
                    .Where(a => a.PartySlug == slug && a.EndReason is not null)
                    .Select(a => new PartyCouncillorViewModel(c.Slug, c.Name, new AffiliationViewModel(label, a.From, a.To, a.EndReason, a.SourceId)))),
            ],
            CouncillorsWhoJoined =
            [
                .. councillors.SelectMany(c =>
                {
                    var ordered = AffiliationViewModel.InOrder(c.Affiliations.Select(a =>
                        (a.Id, new AffiliationViewModel(parties.For(a.PartySlug), a.From, a.To, a.EndReason, a.SourceId))));
                    return ordered.Skip(1).Where(a => a.Party.Slug == slug).Select(a => new PartyCouncillorViewModel(c.Slug, c.Name, a));
                }),
            ],
        };

        IEnumerable<PartyEventViewModel> ToEvents(IEnumerable<EventRow> source, Func<EventRow, string?> other) => source
            .Select(e => new PartyEventViewModel(e.Id, e.Date, dates.For(e.Id), Wording.Kind(e.Kind), parties.Find(other(e)), e.CouncillorCount,
                e.Councils, e.Verification,
                CouncillorsLost.Event(e.Id, e.Date, e.CouncillorCount, [.. e.Councils.Select(c => c.SeatsChanged)], e.CouncillorSlugs, e.Verification, e.Sequence)))
            .OrderChronologically(e => e.Loss.Sequence);
    }

    private sealed record PartyRow(string Slug, PartyKind Kind, string? ColourSource, string? ElectoralCommissionId, string? Notes);

    private sealed record GrievanceRow(string GrievanceSlug, string Name, GrievanceAttribution Attribution);

    private sealed record EventRow(
        string Id,
        PartialDate Date,
        int Sequence,
        DefectionKind Kind,
        string FromPartySlug,
        string? ToPartySlug,
        int? CouncillorCount,
        Verification Verification,
        IReadOnlyList<PartyEventCouncilViewModel> Councils,
        IReadOnlyList<GrievanceRow> Grievances,
        IReadOnlyList<string> CouncillorSlugs);
}

/// <summary>A table of a party's defections, lost or gained.</summary>
public sealed record PartyEventsTableViewModel(IReadOnlyList<PartyEventViewModel> Events, string Caption, string OtherHeader);
