using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Features.Shared;

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

/// <summary>The one JSON shape of a council's seats at a moment, shared by /api/councils and /api/defections/{id}.</summary>
public static class CompositionApi
{
    public static CompositionApiItem From(Seats seats, PartialDate asOf, string? sourceId, PartyLabels parties)
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
