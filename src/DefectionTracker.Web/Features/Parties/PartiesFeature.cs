using DefectionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Parties;

/// <summary>The parties feature's services.</summary>
public static class PartiesFeature
{
    public static IServiceCollection AddPartiesFeature(this IServiceCollection services)
    {
        services.AddScoped<PartyPageQuery>();
        services.AddScoped<PartyListQuery>();
        services.AddScoped<Shared.IWarmStep, PartyPagesWarmStep>();
        return services;
    }
}

/// <summary>
/// Every party's page worked out before anyone asks, the parties with most defections first: at 10x scale the largest
/// (Independent) takes seconds to work out, longer than a reader should wait.
/// </summary>
public sealed class PartyPagesWarmStep(DefectionsDbContext db, PartyPageQuery pages) : Shared.IWarmStep
{
    public string Name => "the party pages";

    public int Order => 1;

    public async Task WarmAsync(CancellationToken ct)
    {
        var slugs = await db.Parties.AsNoTracking()
            .OrderByDescending(p => db.Defections.Count(d => d.FromPartySlug == p.Slug || d.ToPartySlug == p.Slug))
            .ThenBy(p => p.Slug)
            .Select(p => p.Slug)
            .ToListAsync(ct);
        foreach (var slug in slugs)
        {
            await pages.GetAsync(slug, ct);
        }
    }
}
