using System.IO.Compression;
using System.Text.Json;
using DefectionTracker.Web.Data.Seeding;

namespace DefectionTracker.Web.Features.OpenData;

/// <summary>
/// The whole record as the export writes it (the seeds/ format, byte for byte what <c>export</c> writes), with its records
/// read back, so that the zip, the CSVs and the Popolo file are all made from the one export and cannot disagree.
/// </summary>
public sealed class DatasetSnapshot
{
    private DatasetSnapshot(IReadOnlyDictionary<string, byte[]> files) => Files = files;

    /// <summary>The files of the dataset folder by name (parties.json, ...), in the order the export writes them.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public IReadOnlyList<PartySeed> Parties => Read<PartySeed>(SeedLoader.PartiesFile);
    public IReadOnlyList<CouncilSeed> Councils => Read<CouncilSeed>(SeedLoader.CouncilsFile);
    public IReadOnlyList<SourceSeed> Sources => Read<SourceSeed>(SeedLoader.SourcesFile);
    public IReadOnlyList<GrievanceSeed> Grievances => Read<GrievanceSeed>(SeedLoader.GrievancesFile);
    public IReadOnlyList<CouncillorSeed> Councillors => Read<CouncillorSeed>(SeedLoader.CouncillorsFile);
    public IReadOnlyList<CompositionSeed> Compositions => Read<CompositionSeed>(SeedLoader.CompositionsFile);
    public IReadOnlyList<DefectionSeed> Defections => Read<DefectionSeed>(SeedLoader.DefectionsFile);
    public IReadOnlyList<QuoteSeed> Quotes => Read<QuoteSeed>(SeedLoader.QuotesFile);
    public IReadOnlyList<StorySeed> Stories => Read<StorySeed>(SeedLoader.StoriesFile);
    public IReadOnlyList<AdministrationSeed> Administrations => Read<AdministrationSeed>(SeedLoader.AdministrationsFile);

    /// <summary>Exports the database into a temporary folder, reads the files in and removes the folder.</summary>
    public static async Task<DatasetSnapshot> TakeAsync(DatasetExporter exporter, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "defectiontracker-data-" + Guid.NewGuid().ToString("N"));
        try
        {
            var counts = await exporter.ExportAsync(folder, ct);
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var file in counts.Keys)
            {
                files[file] = await File.ReadAllBytesAsync(Path.Combine(folder, file), ct);
            }

            return new DatasetSnapshot(files);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The dataset folder as a zip (dataset/parties.json, ...), with the licence and a note on the format.</summary>
    public byte[] ToZip(string licenceText)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            // A fixed time on every entry: the same data gives the same bytes.
            var stamp = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
            void Add(string name, byte[] bytes)
            {
                var entry = zip.CreateEntry("dataset/" + name, CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var stream = entry.Open();
                stream.Write(bytes);
            }

            Add("LICENCE.txt", System.Text.Encoding.UTF8.GetBytes(licenceText));
            foreach (var (name, bytes) in Files)
            {
                Add(name, bytes);
            }
        }

        return buffer.ToArray();
    }

    private List<T> Read<T>(string file) =>
        Files.TryGetValue(file, out var bytes) ? JsonSerializer.Deserialize<List<T>>(bytes, SeedLoader.JsonOptions) ?? [] : [];
}
