using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>One administration as people read it: what it was, from when, and who says so.</summary>
public sealed record AdministrationViewModel
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public AdministrationKind Kind { get; init; }

    public IReadOnlyList<PartyLabelViewModel> Parties { get; init; } = [];

    public PartyLabelViewModel? LeaderParty { get; init; }

    public PartialDate From { get; init; }

    /// <summary>The defection this administration is known to follow, where its date alone cannot place it.</summary>
    public string? AfterEventId { get; init; }

    /// <summary>That defection's date.</summary>
    public PartialDate? AfterEventDate { get; init; }

    public IReadOnlyList<SourceRefViewModel> Sources { get; init; } = [];

    public string? Notes { get; init; }

    /// <summary>"Labour minority", "Co-operative Alliance: BIG (Burnley), Green, Lib Dem", "Labour–Lib Dem coalition".</summary>
    public string Text => Wording.Administration(Kind, Name, [.. Parties.Select(p => p.ShortName)], LeaderParty?.ShortName);

    /// <summary>"from May 2023", "from 17 November 2023", "from a date not known, after the defection of April 2024".</summary>
    public string FromText => From.IsKnown
        ? "from " + From.ToDisplay()
        : AfterEventDate is { IsKnown: true } after
            ? $"from a date not known, after the defection of {after.ToDisplay()}"
            : "from a date not known";
}

/// <summary>The administration before and after (an event, or the whole record), whether it changed, and who lost power.</summary>
public sealed record AdministrationChangeViewModel
{
    public AdministrationViewModel? Before { get; init; }

    public AdministrationViewModel? After { get; init; }

    public AdministrationUnknown Unknown { get; init; }

    /// <summary>True or false when both sides are known; null otherwise.</summary>
    public bool? Changed { get; init; }

    /// <summary>Parties that led or sat in the administration before and are not in it after; null when not known.</summary>
    public IReadOnlyList<PartyLabelViewModel>? LostPower { get; init; }

    public bool? PowerLost => LostPower is null ? null : LostPower.Count > 0;

    /// <summary>"Labour lost power.", "No party lost power.", or null when it is not known.</summary>
    public string? LostPowerText => LostPower switch
    {
        null => null,
        { Count: 0 } => "No party lost power.",
        var lost => $"{Wording.List([.. lost.Select(p => p.ShortName)])} lost power.",
    };

    /// <summary>Why the administration is not known, said plainly; null when both sides are known.</summary>
    public string? UnknownStatement => Unknown switch
    {
        AdministrationUnknown.EventNotPlaced => "not known, because this defection's date is not known well enough to place it among the administrations.",
        AdministrationUnknown.OrderNotKnown =>
            "not known: an administration recorded here starts in the same period as a defection, so which came first is not known.",
        _ when Before is null && After is null => "not recorded: no source in the record says who runs this council.",
        _ when Before is null => "not recorded before.",
        _ when After is null => "not recorded after.",
        _ when After is { Kind: AdministrationKind.Unknown } => "who runs the council after is not known.",
        _ when Before is { Kind: AdministrationKind.Unknown } => "who ran the council before is not known.",
        _ => null,
    };
}

/// <summary>A council's administrations placed against its events, ready to show.</summary>
public sealed class CouncilAdministrations(AdministrationHistory history, IReadOnlyDictionary<string, AdministrationViewModel> views, PartyLabels parties)
{
    public AdministrationHistory History => history;

    /// <summary>Every administration at the council, earliest first.</summary>
    public IReadOnlyList<AdministrationViewModel> All => [.. history.InOrder.Select(a => views[a.Id])];

    public AdministrationChangeViewModel Around(string eventId) => ToViewModel(history.Around(eventId));

    public AdministrationChangeViewModel Overall() => ToViewModel(history.Overall());

    /// <summary>Every source the administrations cite.</summary>
    public IEnumerable<SourceRefViewModel> Sources => views.Values.SelectMany(v => v.Sources);

    private AdministrationChangeViewModel ToViewModel(AdministrationChange change) => new()
    {
        Before = change.Before is { } b ? views[b.Id] : null,
        After = change.After is { } a ? views[a.Id] : null,
        Unknown = change.Unknown,
        Changed = change.Changed,
        LostPower = change.LostPower is { } lost ? [.. lost.Select(parties.For)] : null,
    };
}

/// <summary>Loads councils' administrations and events and builds each council's <see cref="AdministrationHistory"/>.</summary>
public sealed class AdministrationsQuery(DefectionsDbContext db)
{
    /// <summary>
    /// For the given councils (those with none get an empty history), or, when <paramref name="councilSlugs"/> is null,
    /// for every council that has an administration recorded.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, CouncilAdministrations>> LoadAsync(
        IReadOnlyCollection<string>? councilSlugs, PartyLabels parties, CancellationToken ct)
    {
        var rows = await db.Administrations.AsNoTracking()
            .Where(a => councilSlugs == null || councilSlugs.Contains(a.CouncilSlug))
            .Select(a => new
            {
                a.Id,
                a.CouncilSlug,
                a.Name,
                a.From,
                a.AfterDefectionId,
                a.Kind,
                a.LeaderPartySlug,
                a.Notes,
                Parties = a.Parties.OrderBy(p => p.Position).Select(p => p.PartySlug).ToList(),
                Sources = a.Sources.Select(s => s.Source!).ToList(),
            })
            .AsSingleQuery() // a handful of rows per council: one command, not three
            .ToListAsync(ct);
        var councils = councilSlugs?.ToList() ?? [.. rows.Select(r => r.CouncilSlug)];
        var events = rows.Count == 0
            ? []
            : await db.DefectionCouncils.AsNoTracking()
                .Where(dc => councilSlugs == null || councilSlugs.Contains(dc.CouncilSlug))
                .Join(db.Defections, dc => dc.DefectionId, d => d.Id, (dc, d) => new { dc.CouncilSlug, d.Id, d.Date, d.Sequence })
                .ToListAsync(ct);

        var rowsByCouncil = rows.ToLookup(r => r.CouncilSlug);
        var eventsByCouncil = events.ToLookup(e => e.CouncilSlug);
        return councils.Distinct(StringComparer.Ordinal).ToDictionary(
            slug => slug,
            slug =>
            {
                var here = rowsByCouncil[slug].ToList();
                var ordered = eventsByCouncil[slug].OrderChronologically(e => e.Sequence).Select(e => new CouncilEvent(e.Id, e.Date)).ToList();
                var dates = ordered.ToDictionary(e => e.Id, e => e.Date, StringComparer.Ordinal);
                var history = AdministrationHistory.Build(
                    here.Select(a => new AdministrationSpell(a.Id, a.From, a.AfterDefectionId, a.Kind, a.Parties, a.LeaderPartySlug)),
                    ordered);
                var views = here.ToDictionary(
                    a => a.Id,
                    a => new AdministrationViewModel
                    {
                        Id = a.Id,
                        Name = a.Name,
                        Kind = a.Kind,
                        Parties = [.. a.Parties.Select(parties.For)],
                        LeaderParty = parties.Find(a.LeaderPartySlug),
                        From = a.From,
                        AfterEventId = a.AfterDefectionId,
                        AfterEventDate = a.AfterDefectionId is { } e && dates.TryGetValue(e, out var d) ? d : null,
                        Sources = [.. a.Sources.Select(SourceRefViewModel.From)],
                        Notes = a.Notes,
                    },
                    StringComparer.Ordinal);
                return new CouncilAdministrations(history, views, parties);
            },
            StringComparer.Ordinal);
    }
}

/// <summary>
/// Control in its two layers side by side: the seat arithmetic (majority or no overall control) and the
/// administration (who runs the council). <paramref name="SourceHrefPrefix"/> is put before "#source-id" in source
/// links: empty where the page lists its sources, "/sources" where it does not.
/// </summary>
public sealed record ControlLayersViewModel(
    ControlViewModel ArithmeticBefore,
    ControlViewModel ArithmeticAfter,
    AdministrationChangeViewModel Administration,
    string SourceHrefPrefix = "")
{
    /// <summary>"Arithmetic: no overall control before and after." or "Arithmetic: Labour majority → no overall control."</summary>
    public string ArithmeticText => ArithmeticBefore == ArithmeticAfter
        ? $"Arithmetic: {ArithmeticBefore.TextInSentence} before and after."
        : $"Arithmetic: {ArithmeticBefore.TextInSentence} → {ArithmeticAfter.TextInSentence}.";
}
