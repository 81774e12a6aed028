using DefectionTracker.Tools.Generation;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Domain;

namespace DefectionTracker.Tools.Tests.Generation;

public class DatasetGeneratorTests
{
    private static string TempFolder() => Path.Combine(Path.GetTempPath(), "dt-gen-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void SmallScale_PassesTheSameValidationAsTheSeeds()
    {
        var folder = TempFolder();
        try
        {
            new DatasetGenerator(GeneratorScale.Small, 7).WriteTo(folder);

            var data = SeedLoader.Load(folder);

            Assert.Equal(GeneratorScale.Small.Councils, data.Councils.Count);
            Assert.Equal(GeneratorScale.Small.Defections, data.Defections.Count);
            Assert.Equal(GeneratorScale.Small.Defections * GeneratorScale.Small.QuotesPerDefection, data.Quotes.Count);
            Assert.All(data.Compositions, c => Assert.True(c.Seats.Sum(s => s.Seats) <= data.Councils.Single(x => x.Slug == c.CouncilSlug).TotalSeats));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The load run's dataset: at national scale a member could move twice in a month, and an event dated to the month
    /// alone was then replayed before the move that brought them in (the loader refused seats a party did not hold).
    /// </summary>
    [Fact]
    public void NationalScale_LoadRunSeed_PassesTheSameValidationAsTheSeeds()
    {
        var folder = TempFolder();
        try
        {
            new DatasetGenerator(GeneratorScale.National, 1).WriteTo(folder);

            var data = SeedLoader.Load(folder);

            Assert.Equal(GeneratorScale.National.Defections, data.Defections.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void SameSeed_WritesTheSameDataset_OtherSeedDiffers()
    {
        var (a, b, c) = (TempFolder(), TempFolder(), TempFolder());
        try
        {
            new DatasetGenerator(GeneratorScale.Small, 42).WriteTo(a);
            new DatasetGenerator(GeneratorScale.Small, 42).WriteTo(b);
            new DatasetGenerator(GeneratorScale.Small, 43).WriteTo(c);

            Assert.Equal(SeedLoader.ComputeHash(a), SeedLoader.ComputeHash(b));
            Assert.NotEqual(SeedLoader.ComputeHash(a), SeedLoader.ComputeHash(c));
        }
        finally
        {
            foreach (var folder in new[] { a, b, c })
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void GeneratedMoves_NeverTakeMoreSeatsThanAPartyHolds()
    {
        var folder = TempFolder();
        try
        {
            new DatasetGenerator(GeneratorScale.Small, 3).WriteTo(folder);
            var data = SeedLoader.Load(folder);

            foreach (var council in data.Councils)
            {
                var history = CouncilHistory.Build(
                    council.TotalSeats,
                    data.Compositions.Where(c => c.CouncilSlug == council.Slug).Select(c => new CompositionSnapshot(
                        c.Id, c.AsOf, c.Kind, c.SourceId, c.Seats.ToDictionary(s => s.PartySlug, s => s.Seats))),
                    data.Defections.SelectMany(d => d.Councils.Where(dc => dc.CouncilSlug == council.Slug)
                        .Select(dc => new SeatChange(d.Id, d.Date, d.FromPartySlug, d.ToPartySlug, dc.SeatsChanged))));

                Assert.All(history.Effects.Values, e => Assert.Equal(0, e.Shortfall));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Run_WithBadArguments_PrintsUsage_AndFails()
    {
        using var output = new StringWriter();

        var code = DatasetGenerator.Run(["--scale", "galactic", "--out", "x"], output);

        Assert.Equal(2, code);
        Assert.Contains("usage: generate --scale national|10x|small", output.ToString());
    }
}
