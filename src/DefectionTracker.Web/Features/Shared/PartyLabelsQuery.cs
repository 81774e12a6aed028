using DefectionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>Every party as a label, by slug: one small query per page instead of a join per row.</summary>
public sealed class PartyLabelsQuery(DefectionsDbContext db)
{
    public async Task<PartyLabels> LoadAsync(CancellationToken ct) =>
        new(await db.Parties.AsNoTracking()
            .Select(p => new PartyLabelViewModel(p.Slug, p.Name, p.ShortName, p.Colour))
            .ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, ct));
}

public sealed class PartyLabels(IReadOnlyDictionary<string, PartyLabelViewModel> bySlug)
{
    public IEnumerable<PartyLabelViewModel> All => bySlug.Values.OrderBy(p => p.Name, StringComparer.Ordinal);

    /// <summary>The party's label, or null for a slug that is not a party (such as an unknown affiliation).</summary>
    public PartyLabelViewModel? Find(string? slug) => slug is not null && bySlug.TryGetValue(slug, out var label) ? label : null;

    /// <summary>The party's label; a slug that names no party gets a grey label with the slug as its name.</summary>
    public PartyLabelViewModel For(string slug) => Find(slug) ?? new PartyLabelViewModel(slug, slug, slug, "#595959");
}
