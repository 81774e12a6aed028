using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>
/// The record store over the dataset's own code: a record is read with the exporter's mapping, a change is checked by
/// exporting the record to a scratch folder with the change put in and loading it with <see cref="SeedLoader"/> (the
/// very validator of the dataset files), and written by <see cref="DatabaseSeeder"/> as an import of that folder would
/// be. Correct by construction; it costs a whole-dataset check per change, which is fine for an editor's save.
/// </summary>
public sealed partial class DatasetRecordStore(
    DefectionsDbContext db, DatasetExporter exporter, DatabaseSeeder seeder, TimeProvider clock,
    IEnumerable<IDatasetListener> listeners) : IRecordStore
{
    public async Task<JsonObject?> GetAsync(RecordKind kind, string id, CancellationToken ct)
    {
        object? seed = kind.Name switch
        {
            "parties" => await db.Parties.AsNoTracking().Where(p => p.Slug == id).Select(p => DatasetExporter.ToSeed(p)).SingleOrDefaultAsync(ct),
            "councils" => (await db.Councils.AsNoTracking().Include(c => c.Sources).SingleOrDefaultAsync(c => c.Slug == id, ct)) is { } c ? DatasetExporter.ToSeed(c) : null,
            "sources" => (await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct)) is { } s ? DatasetExporter.ToSeed(s) : null,
            "grievances" => (await db.Grievances.AsNoTracking().SingleOrDefaultAsync(g => g.Slug == id, ct)) is { } g ? DatasetExporter.ToSeed(g) : null,
            "councillors" => (await db.Councillors.AsNoTracking().Include(x => x.Seats).Include(x => x.Affiliations).AsSplitQuery()
                .SingleOrDefaultAsync(x => x.Slug == id, ct)) is { } cl ? DatasetExporter.ToSeed(cl) : null,
            "compositions" => (await db.Compositions.AsNoTracking().Include(x => x.Seats).SingleOrDefaultAsync(x => x.Id == id, ct)) is { } co ? DatasetExporter.ToSeed(co) : null,
            "defections" => (await db.Defections.AsNoTracking().Include(d => d.Councils).Include(d => d.Councillors).Include(d => d.ReportedCounts)
                .Include(d => d.Grievances).Include(d => d.Sources).AsSplitQuery().SingleOrDefaultAsync(d => d.Id == id, ct)) is { } d ? DatasetExporter.ToSeed(d) : null,
            "quotes" => (await db.Quotes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, ct)) is { } q ? DatasetExporter.ToSeed(q) : null,
            "administrations" => (await db.Administrations.AsNoTracking().Include(a => a.Parties).Include(a => a.Sources).AsSplitQuery()
                .SingleOrDefaultAsync(a => a.Id == id, ct)) is { } a ? DatasetExporter.ToSeed(a) : null,
            _ => null,
        };
        return seed is null ? null : JsonSerializer.SerializeToNode(seed, kind.SeedType, DatasetExporter.WriteOptions) as JsonObject;
    }

    public async Task<IReadOnlyList<FieldProblem>> ValidateAsync(RecordKind kind, string id, JsonObject? record, CancellationToken ct)
    {
        using var scratch = new ScratchFolder();
        var (_, problems) = await LoadWithAsync(scratch, kind, id, record, ct);
        return problems;
    }

    public async Task ApplyAsync(RecordKind kind, string id, JsonObject? record, CancellationToken ct)
    {
        using var scratch = new ScratchFolder();
        var (dataset, problems) = await LoadWithAsync(scratch, kind, id, record, ct);
        if (dataset is null)
        {
            throw new InvalidOperationException("the change was applied without being validated: " + string.Join("; ", problems.Select(p => p.Message)));
        }

        if (record is null)
        {
            await RemoveAsync(kind, id, ct);
        }
        else
        {
            await seeder.SeedAsync(dataset, Infrastructure.StepPause.Importing, ct);
        }
    }

    /// <summary>Search index and cached pages follow the change; called after the change is committed.</summary>
    public async Task ChangedAsync(RecordKind kind, string? beforeJson, string? afterJson, CancellationToken ct)
    {
        var change = await ChangeScopes.OfAsync(db, kind, beforeJson, afterJson, ct);
        foreach (var listener in listeners)
        {
            await listener.RecordsChangedAsync(change, ct);
        }
    }

    private async Task<(SeedDataset? Dataset, IReadOnlyList<FieldProblem> Problems)> LoadWithAsync(
        ScratchFolder scratch, RecordKind kind, string id, JsonObject? record, CancellationToken ct)
    {
        await exporter.ExportAsync(scratch.Path, ct);
        var records = ReadFile(scratch.Path, kind);
        var index = records.Select((r, i) => (r, i)).FirstOrDefault(x => RecordKinds.IdOf(x.r as JsonObject) == id, (null, -1)).Item2;
        if (index >= 0)
        {
            records.RemoveAt(index);
        }

        if (record is not null)
        {
            records.Insert(index >= 0 ? index : records.Count, record.DeepClone());
        }

        await File.WriteAllTextAsync(System.IO.Path.Combine(scratch.Path, kind.File), records.ToJsonString(DatasetExporter.WriteOptions), ct);
        try
        {
            return (SeedLoader.Load(scratch.Path, clock), []);
        }
        catch (SeedValidationException e)
        {
            return (null, e.Errors.Select(error => Problem(error, kind, id)).ToList());
        }
    }

    /// <summary>A validator message as a problem with a field: the record's own field, or "record" for a knock-on effect elsewhere.</summary>
    private static FieldProblem Problem(string error, RecordKind kind, string id)
    {
        var m = ValidatorMessage().Match(error);
        return m.Success && m.Groups["file"].Value == kind.File && m.Groups["id"].Value == id
            ? new FieldProblem(m.Groups["field"].Value, m.Groups["problem"].Value)
            : new FieldProblem("record", error);
    }

    private async Task RemoveAsync(RecordKind kind, string id, CancellationToken ct)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        _ = kind.Name switch
        {
            "parties" => await db.Parties.Where(p => p.Slug == id).ExecuteDeleteAsync(ct),
            "councils" => await db.Councils.Where(c => c.Slug == id).ExecuteDeleteAsync(ct),
            "sources" => await db.Sources.Where(s => s.Id == id).ExecuteDeleteAsync(ct),
            "grievances" => await db.Grievances.Where(g => g.Slug == id).ExecuteDeleteAsync(ct),
            "councillors" => await db.Councillors.Where(c => c.Slug == id).ExecuteDeleteAsync(ct),
            "compositions" => await db.Compositions.Where(c => c.Id == id).ExecuteDeleteAsync(ct),
            "defections" => await db.Defections.Where(d => d.Id == id).ExecuteDeleteAsync(ct),
            "quotes" => await db.Quotes.Where(q => q.Id == id).ExecuteDeleteAsync(ct),
            "administrations" => await db.Administrations.Where(a => a.Id == id).ExecuteDeleteAsync(ct),
            _ => 0,
        };
        await db.SeedStates.Where(s => s.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(x => x.DataVersion, x => x.DataVersion + 1), ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
    }

    private static JsonArray ReadFile(string folder, RecordKind kind) =>
        JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(folder, kind.File))) as JsonArray ?? [];

    [GeneratedRegex(@"^(?<file>[^:]+): record '(?<id>[^']*)' \(#\d+\): field '(?<field>[^']+)': (?<problem>.*)$", RegexOptions.Singleline)]
    private static partial Regex ValidatorMessage();

    private sealed class ScratchFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("defectiontracker-edit-").FullName;

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A scratch folder left in the temp directory harms nothing.
            }
        }
    }
}
