using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Councils;

public sealed record CouncilApiItem(
    string Slug,
    string Name,
    string? GssCode,
    CouncilKind Kind,
    int? TotalSeats,
    string? Area,
    int DefectionCount,
    CompositionApiItem Before,
    CompositionApiItem After,
    bool? ControlChanged)
{
    /// <summary>Whether the administration (who runs the council) changed between before and after; null when either is not known.</summary>
    public bool? AdministrationChanged { get; init; }

    /// <summary>Parties that led or sat in the administration before and not after; empty when none; null when not known.</summary>
    public IReadOnlyList<RefViewModel>? LostPower { get; init; }
}

/// <summary>
/// A council's seats at one moment. <c>seats</c> is null when the composition is not known (never an empty list
/// that could be read as zero); seats a source leaves unexplained and councillors whose new affiliation is not known
/// are counted apart, never given to a party.
/// </summary>
public sealed record CompositionApiItem(
    string? AsOf,
    string AsOfPrecision,
    ControlApiItem Control,
    IReadOnlyList<SeatApiItem>? Seats,
    int? MajorityThreshold,
    int? UnaccountedSeats,
    int? UnknownAffiliationSeats,
    string? SourceId)
{
    /// <summary>Who ran the council at that moment, as the sources state it (not worked out from the seats).</summary>
    public AdministrationApiItem Administration { get; init; } = AdministrationApiItem.NotKnown;
}

/// <summary>
/// An administration: <c>kind</c> majority, minority, coalition or unknown; <c>parties</c> in order (the leader's party
/// first when known), null when not known; <c>asOf</c> the date it started at its precision (null when the sources give
/// none; <c>afterDefectionId</c> then says which event it followed).
/// </summary>
public sealed record AdministrationApiItem(
    AdministrationKind Kind,
    string? Name,
    IReadOnlyList<RefViewModel>? Parties,
    RefViewModel? LeaderParty,
    string? AsOf,
    string AsOfPrecision,
    string? AfterDefectionId,
    IReadOnlyList<string> SourceIds)
{
    public static readonly AdministrationApiItem NotKnown = new(AdministrationKind.Unknown, null, null, null, null, "unknown", null, []);

    public static AdministrationApiItem From(AdministrationViewModel? a) => a is null
        ? NotKnown
        : new(a.Kind, a.Name, a.Kind == AdministrationKind.Unknown && a.Parties.Count == 0 ? null : [.. a.Parties.Select(p => new RefViewModel(p.Slug, p.Name))],
            a.LeaderParty is { } l ? new RefViewModel(l.Slug, l.Name) : null,
            a.From.ToIso(), a.From.Precision.ToString().ToLowerInvariant(), a.AfterEventId, [.. a.Sources.Select(s => s.Id)]);
}

public sealed record ControlApiItem(ControlKind Kind, RefViewModel? Party);

public sealed record SeatApiItem(RefViewModel Party, int Seats);

/// <summary>GET /api/councils and /api/councils/{slug}: councils with control before and after, and defection counts.</summary>
public sealed class CouncilApiQuery(CouncilSummariesQuery summaries, PartyLabelsQuery partyLabels, AdministrationsQuery administrations)
{
    public async Task<List<CouncilApiItem>> ListAsync(CancellationToken ct)
    {
        var parties = await partyLabels.LoadAsync(ct);
        var administered = await administrations.LoadAsync(null, parties, ct);
        return [.. (await summaries.LoadAsync(null, ct)).Select(c => ToItem(c, parties, administered.GetValueOrDefault(c.Slug)))];
    }

    public async Task<CouncilApiItem?> GetAsync(string slug, CancellationToken ct)
    {
        var found = await summaries.LoadAsync(slug, ct);
        if (found.Count == 0)
        {
            return null;
        }

        var parties = await partyLabels.LoadAsync(ct);
        var administered = await administrations.LoadAsync([slug], parties, ct);
        return ToItem(found[0], parties, administered.GetValueOrDefault(slug));
    }

    private static CouncilApiItem ToItem(CouncilSummary c, PartyLabels parties, CouncilAdministrations? administered)
    {
        var h = c.History;
        var before = ToComposition(h.Before, h.BeforeSnapshot?.AsOf ?? PartialDate.Unknown, h.BeforeSnapshot?.SourceId, parties);
        var after = ToComposition(h.Now, h.Now.IsKnown ? h.NowAsOf : PartialDate.Unknown,
            h.SinceNowSnapshot.Count == 0 ? h.NowSnapshot?.SourceId : null, parties);
        var change = administered?.Overall() ?? new AdministrationChangeViewModel { Unknown = AdministrationUnknown.NoRecord };
        return new CouncilApiItem(c.Slug, c.Name, c.GssCode, c.Kind, c.TotalSeats, c.Area, c.DefectionCount,
            before with { Administration = AdministrationApiItem.From(change.Before) },
            after with { Administration = AdministrationApiItem.From(change.After) },
            h.ControlChanged)
        {
            AdministrationChanged = change.Changed,
            LostPower = change.LostPower is { } lost ? [.. lost.Select(ToRef)] : null,
        };
    }

    private static CompositionApiItem ToComposition(Seats seats, PartialDate asOf, string? sourceId, PartyLabels parties)
    {
        var control = seats.Control;
        var party = control.PartySlug is { } slug ? ToRef(parties.For(slug)) : null;
        return new CompositionApiItem(
            asOf.ToIso(),
            asOf.Precision.ToString().ToLowerInvariant(),
            new ControlApiItem(control.Kind, party),
            seats.IsKnown
                ? [.. seats.ByParty.Where(p => p.Key != Seats.UnknownAffiliation).Select(p => new SeatApiItem(ToRef(parties.For(p.Key)), p.Value))]
                : null,
            seats.MajorityThreshold,
            seats.Unassigned,
            seats.IsKnown ? seats[Seats.UnknownAffiliation] : null,
            seats.IsKnown ? sourceId : null);
    }

    private static RefViewModel ToRef(PartyLabelViewModel p) => new(p.Slug, p.Name);
}
