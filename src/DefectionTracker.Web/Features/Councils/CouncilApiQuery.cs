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

/// <summary>GET /api/councils and /api/councils/{slug}: councils with control before and after, and defection counts.</summary>
public sealed class CouncilApiQuery(CouncilSummariesQuery summaries, PartyLabelsQuery partyLabels, AdministrationsQuery administrations)
{
    public async Task<List<CouncilApiItem>> ListAsync(CancellationToken ct)
    {
        var parties = await partyLabels.LoadAsync(ct);
        var administered = await administrations.LoadAsync(null, parties, ct);
        return [.. (await summaries.LoadAsync(null, ct)).Select(c => ToItem(c, parties, administered.GetValueOrDefault(c.Slug)))];
    }

    public async Task<CouncilApiItem?> GetAsync(string? slug, CancellationToken ct)
    {
        // A blank slug binds as null, which LoadAsync reads as "every council": it names no council.
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }

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
        var before = CompositionApi.From(h.Before, h.BeforeSnapshot?.AsOf ?? PartialDate.Unknown, h.BeforeSnapshot?.SourceId, parties);
        var after = CompositionApi.From(h.Now, h.Now.IsKnown ? h.NowAsOf : PartialDate.Unknown,
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

    private static RefViewModel ToRef(PartyLabelViewModel p) => new(p.Slug, p.Name);
}
