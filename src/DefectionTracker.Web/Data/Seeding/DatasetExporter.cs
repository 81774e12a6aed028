using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Data.Seeding;

/// <summary>
/// Writes the database as a dataset folder in the seeds/ format, one file per kind of record, in one canonical form:
/// records by id, child rows in their stored order where they have one (seats, affiliations, counts, a composition's
/// seats, an administration's parties) and by id where they do not, fields in the order of <see cref="SeedRecords"/>,
/// two-space indents, LF. Exporting a fresh import of a canonical folder gives the folder back byte for byte.
/// Each kind of record is mapped from its entity in one method below (<c>ToSeed</c>); a field missing there is
/// missing from the export, which the round-trip test over the fixture catches.
/// </summary>
public sealed class DatasetExporter(DefectionsDbContext db)
{
    /// <summary>
    /// The written form. Text stays readable ("Ynys Môn", apostrophes); a field declared with a default (a later,
    /// optional one such as "after") is left out while it holds its default, every other field is written, null included.
    /// </summary>
    public static readonly JsonSerializerOptions WriteOptions = new(SeedLoader.JsonOptions)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitOptionalFieldsAtDefault } },
    };

    /// <summary>Writes every file into <paramref name="folder"/> (created if missing); returns the records written per file.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ExportAsync(string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);

        async Task WriteAsync<T>(string file, IEnumerable<T> records)
        {
            var list = records.ToList();
            var bytes = JsonSerializer.SerializeToUtf8Bytes(list, WriteOptions);
            await File.WriteAllBytesAsync(Path.Combine(folder, file), [.. bytes, (byte)'\n'], ct);
            counts[file] = list.Count;
        }

        await WriteAsync(SeedLoader.PartiesFile, (await db.Parties.AsNoTracking().ToListAsync(ct)).OrderBy(p => p.Slug, StringComparer.Ordinal).Select(ToSeed));
        await WriteAsync(SeedLoader.CouncilsFile, (await db.Councils.AsNoTracking().Include(c => c.Sources).ToListAsync(ct))
            .OrderBy(c => c.Slug, StringComparer.Ordinal).Select(ToSeed));
        await WriteAsync(SeedLoader.SourcesFile, (await db.Sources.AsNoTracking().ToListAsync(ct)).OrderBy(s => s.Id, StringComparer.Ordinal).Select(ToSeed));
        await WriteAsync(SeedLoader.GrievancesFile, (await db.Grievances.AsNoTracking().ToListAsync(ct)).OrderBy(g => g.Slug, StringComparer.Ordinal).Select(ToSeed));
        await WriteAsync(SeedLoader.CouncillorsFile, (await db.Councillors.AsNoTracking().Include(c => c.Seats).Include(c => c.Affiliations)
            .AsSplitQuery().ToListAsync(ct)).OrderBy(c => c.Slug, StringComparer.Ordinal).Select(ToSeed));
        await WriteAsync(SeedLoader.CompositionsFile, (await db.Compositions.AsNoTracking().Include(c => c.Seats).ToListAsync(ct))
            .OrderBy(c => c.Id, StringComparer.Ordinal).Select(ToSeed));
        await WriteAsync(SeedLoader.DefectionsFile, (await db.Defections.AsNoTracking().Include(d => d.Councils).Include(d => d.Councillors)
            .Include(d => d.ReportedCounts).Include(d => d.Grievances).Include(d => d.Sources).AsSplitQuery().ToListAsync(ct))
            .OrderBy(d => d.Id, StringComparer.Ordinal).Select(ToSeed));
        await WriteAsync(SeedLoader.QuotesFile, (await db.Quotes.AsNoTracking().ToListAsync(ct)).OrderBy(x => x.Id, StringComparer.Ordinal).Select(ToSeed));
        await WriteAsync(SeedLoader.StoriesFile, (await db.Stories.AsNoTracking().Include(x => x.Sources).ToListAsync(ct))
            .OrderBy(x => x.Id, StringComparer.Ordinal).Select(ToSeed));
        await WriteAsync(SeedLoader.AdministrationsFile, (await db.Administrations.AsNoTracking().Include(a => a.Parties).Include(a => a.Sources)
            .AsSplitQuery().ToListAsync(ct)).OrderBy(a => a.Id, StringComparer.Ordinal).Select(ToSeed));
        if (await db.RegisteredCouncils.AnyAsync(ct))
        {
            await WriteAsync(SeedLoader.RegisterFile, (await db.RegisteredCouncils.AsNoTracking().ToListAsync(ct))
                .OrderBy(c => c.Slug, StringComparer.Ordinal).Select(ToSeed));
        }

        return counts;
    }

    public static RegisterSeed ToSeed(RegisteredCouncil c) => new(
        c.Slug,
        c.Code,
        c.Name,
        c.ShortName,
        [.. RegisteredCouncil.Split(c.AlternativeNames)],
        c.GssCode,
        [.. RegisteredCouncil.Split(c.FormerGssCodes)],
        Name(c.Kind),
        c.Type,
        c.Nation,
        c.Region,
        c.County,
        c.StartDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        c.EndDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        [.. RegisteredCouncil.Split(c.ReplacedBy)],
        c.Latitude,
        c.Longitude);

    public static PartySeed ToSeed(Party p) =>
        new(p.Slug, p.Name, p.ShortName, Name(p.Kind), p.Colour, p.ColourSource, p.ElectoralCommissionId, p.Notes);

    public static CouncilSeed ToSeed(Council c) =>
        new(c.Slug, c.Name, Name(c.Kind), c.GssCode, c.TotalSeats, c.Area, Sorted(c.Sources.Select(s => s.SourceId)), c.Notes);

    public static SourceSeed ToSeed(Source s) =>
        new(s.Id, s.Publisher, s.Title, s.HeadlineInferred, Name(s.ReadVia), s.OriginalUrl, s.MirrorUrl, ToSeed(s.Published), s.SeedArticle, s.Notes);

    public static GrievanceSeed ToSeed(Grievance g) =>
        new(g.Slug, g.Name, g.Description, Split(g.Synonyms) ?? []);

    public static CouncillorSeed ToSeed(Councillor c) => new(
        c.Slug,
        c.Name,
        [.. c.Seats.OrderBy(s => s.Id).Select(s => new SeatSeed(s.CouncilSlug, s.Ward, ToSeed(s.From), ToSeed(s.To), s.SourceId))],
        [.. c.Affiliations.OrderBy(a => a.Id).Select(a => new AffiliationSeed(
            a.PartySlug, ToSeed(a.From), ToSeed(a.To), a.EndReason is { } end ? Name(end) : null, a.SourceId))],
        c.Notes);

    public static CompositionSeed ToSeed(Composition c) => new(
        c.Id,
        c.CouncilSlug,
        ToSeed(c.AsOf),
        Name(c.Kind),
        c.SourceId,
        [.. c.Seats.OrderBy(s => s.Id).Select(s => new CompositionSeatSeed(s.PartySlug, s.Seats))],
        c.Notes,
        c.After);

    public static DefectionSeed ToSeed(Defection d) => new(
        d.Id,
        ToSeed(d.Date),
        Name(d.Kind),
        d.FromPartySlug,
        d.ToPartySlug,
        [.. d.Councils.OrderBy(c => c.CouncilSlug, StringComparer.Ordinal).Select(c => new DefectionCouncilSeed(c.CouncilSlug, c.SeatsChanged, c.SourceId))],
        Sorted(d.Councillors.Select(c => c.CouncillorSlug)),
        d.CouncillorCount,
        [.. d.ReportedCounts.OrderBy(c => c.Id).Select(c => new ReportedCountSeed(c.Count, c.SourceId, c.Note))],
        d.Summary,
        [.. d.Grievances.OrderBy(g => g.GrievanceSlug, StringComparer.Ordinal).Select(g => Split(g.SourceIds) is { Count: > 1 } several
            ? new DefectionGrievanceSeed(g.GrievanceSlug, Name(g.Attribution), null, Split(g.CouncillorSlugs), several)
            : new DefectionGrievanceSeed(g.GrievanceSlug, Name(g.Attribution), g.SourceId, Split(g.CouncillorSlugs)))],
        Name(d.Verification),
        Sorted(d.Sources.Select(s => s.SourceId)),
        d.Notes,
        d.After,
        d.DateWithoutYear,
        ToSeed(d.NotBefore),
        ToSeed(d.NotAfter),
        d.DateDerived,
        d.DateBasis,
        d.StoryId,
        d.ToGroupNotKnown,
        d.Councillors.Where(c => c.OwnDestination).OrderBy(c => c.CouncillorSlug, StringComparer.Ordinal)
            .Select(c => new DestinationSeed(c.CouncillorSlug, c.ToPartySlug, c.ToGroupNotKnown, c.DestinationSourceId)).ToList() is { Count: > 0 } own
            ? own
            : null);

    public static StorySeed ToSeed(Story s) =>
        new(s.Id, s.Title, s.Summary, Sorted(s.Sources.Select(x => x.SourceId)));

    public static QuoteSeed ToSeed(Quote q) =>
        new(q.Id, q.DefectionId, q.Text, q.SpeakerCouncillorSlug, q.SpeakerName, q.SpeakerRole, q.SourceId);

    public static AdministrationSeed ToSeed(Administration a) => new(
        a.Id,
        a.CouncilSlug,
        a.Name,
        ToSeed(a.From),
        a.AfterDefectionId,
        Name(a.Kind),
        [.. a.Parties.OrderBy(p => p.Position).Select(p => p.PartySlug)],
        a.LeaderPartySlug,
        Sorted(a.Sources.Select(s => s.SourceId)),
        a.Notes);

    /// <summary>A date as the seed files write it; null when nothing of it is known.</summary>
    public static SeedDate? ToSeed(PartialDate date) =>
        date.ToIso() is { } iso ? new SeedDate(iso, Name(date.Precision)) : null;

    /// <summary>An enum value as the seed files spell it: the camelCase of its name.</summary>
    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static List<string> Sorted(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];

    private static List<string>? Split(string joined) => joined.Length == 0 ? null : [.. joined.Split('|')];

    /// <summary>A record field whose constructor parameter has a default (<c>string? After = null</c>, <c>bool DateDerived = false</c>) is left out while it holds it.</summary>
    private static void OmitOptionalFieldsAtDefault(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var optional = type.Type.GetConstructors().SelectMany(c => c.GetParameters())
            .Where(p => p.HasDefaultValue && p.Name is not null)
            .GroupBy(p => p.Name!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().DefaultValue, StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.Properties)
        {
            if (property.AttributeProvider is MemberInfo member && optional.TryGetValue(member.Name, out var fallback))
            {
                // Left out while it holds its default: null, or false for a flag such as "dateDerived".
                property.ShouldSerialize = (_, value) => !Equals(value, fallback);
            }
        }
    }
}
