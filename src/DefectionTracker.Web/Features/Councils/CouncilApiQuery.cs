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
    bool? ControlChanged);

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
    string? SourceId);

public sealed record ControlApiItem(ControlKind Kind, RefViewModel? Party);

public sealed record SeatApiItem(RefViewModel Party, int Seats);

/// <summary>GET /api/councils and /api/councils/{slug}: councils with control before and after, and defection counts.</summary>
public sealed class CouncilApiQuery(CouncilSummariesQuery summaries, PartyLabelsQuery partyLabels)
{
    public async Task<List<CouncilApiItem>> ListAsync(CancellationToken ct)
    {
        var parties = await partyLabels.LoadAsync(ct);
        return [.. (await summaries.LoadAsync(null, ct)).Select(c => ToItem(c, parties))];
    }

    public async Task<CouncilApiItem?> GetAsync(string slug, CancellationToken ct)
    {
        var found = await summaries.LoadAsync(slug, ct);
        if (found.Count == 0)
        {
            return null;
        }

        return ToItem(found[0], await partyLabels.LoadAsync(ct));
    }

    private static CouncilApiItem ToItem(CouncilSummary c, PartyLabels parties)
    {
        var h = c.History;
        var before = ToComposition(h.Before, h.BeforeSnapshot?.AsOf ?? PartialDate.Unknown, h.BeforeSnapshot?.SourceId, parties);
        var after = ToComposition(h.Now, h.Now.IsKnown ? h.NowAsOf : PartialDate.Unknown,
            h.SinceNowSnapshot.Count == 0 ? h.NowSnapshot?.SourceId : null, parties);
        return new CouncilApiItem(c.Slug, c.Name, c.GssCode, c.Kind, c.TotalSeats, c.Area, c.DefectionCount, before, after, h.ControlChanged);
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
