using DefectionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>An entry of a picker: the id the record stores and what a person reads.</summary>
public sealed record PickerOption(string Value, string Label);

/// <summary>The pickers' lists, straight from the tables (ids with names), so no one types an id.</summary>
public sealed class EditOptionsQuery(DefectionsDbContext db)
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<PickerOption>>> ForAsync(EditForm form, CancellationToken ct)
    {
        var wanted = form.Parts.SelectMany(p => p switch
        {
            FormField f => [f],
            FormGroup g => g.Fields,
            _ => [],
        }).Select(f => f.Options).OfType<string>()
            .Append("sources") // every change names its source
            .Distinct(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<PickerOption>>(StringComparer.Ordinal);
        foreach (var name in wanted)
        {
            lists[name] = name.StartsWith("enum:", StringComparison.Ordinal)
                ? [.. EditForms.EnumOptions(name[5..]).Select(e => new PickerOption(e.Value, e.Label))]
                : await ListAsync(name, ct);
        }

        return lists;
    }

    private async Task<IReadOnlyList<PickerOption>> ListAsync(string kind, CancellationToken ct) => kind switch
    {
        "parties" => await db.Parties.AsNoTracking().OrderBy(p => p.Name).Select(p => new PickerOption(p.Slug, p.Name)).ToListAsync(ct),
        "councils" => await db.Councils.AsNoTracking().OrderBy(c => c.Name).Select(c => new PickerOption(c.Slug, c.Name)).ToListAsync(ct),
        "sources" => await db.Sources.AsNoTracking().OrderBy(s => s.Publisher).ThenBy(s => s.Title)
            .Select(s => new PickerOption(s.Id, s.Publisher + ": " + s.Title)).ToListAsync(ct),
        "councillors" => await db.Councillors.AsNoTracking().OrderBy(c => c.Name).Select(c => new PickerOption(c.Slug, c.Name)).ToListAsync(ct),
        "grievances" => await db.Grievances.AsNoTracking().OrderBy(g => g.Name).Select(g => new PickerOption(g.Slug, g.Name)).ToListAsync(ct),
        "stories" => await db.Stories.AsNoTracking().OrderBy(s => s.Title).Select(s => new PickerOption(s.Id, s.Title)).ToListAsync(ct),
        "defections" => await db.Defections.AsNoTracking().OrderByDescending(d => d.Sequence).Select(d => new PickerOption(d.Id, d.Id)).ToListAsync(ct),
        _ => [],
    };
}
