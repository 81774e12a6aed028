using DefectionTracker.Tools.Generation;
using DefectionTracker.Web.Data.Seeding;

namespace DefectionTracker.Benchmarks;

/// <summary>The generated dataset a benchmark reads, written once per scale into the temp folder and kept between runs.</summary>
internal static class BenchmarkData
{
    public static string Folder(string scale)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"dt-bench-{scale}");
        if (!File.Exists(Path.Combine(folder, SeedLoader.QuotesFile)))
        {
            new DatasetGenerator(GeneratorScale.Parse(scale)!, 1).WriteTo(folder);
        }

        return folder;
    }
}
