using BenchmarkDotNet.Attributes;
using DefectionTracker.Web.Domain;

namespace DefectionTracker.Benchmarks;

/// <summary>The composition engine: one council's whole history from its baseline and seat changes.</summary>
[MemoryDiagnoser]
public class CompositionBenchmarks
{
    private CompositionSnapshot[] _snapshots = [];
    private SeatChange[] _changes = [];

    /// <summary>Changes at one council: national scale averages 25, 10x 250; the largest councils see several times that.</summary>
    [Params(25, 250, 2500)]
    public int Changes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        string[] parties = ["labour", "conservative", "liberal-democrats", "green", "independent"];
        _snapshots = [new CompositionSnapshot("baseline", PartialDate.Day(2021, 5, 6), CompositionKind.ElectionResult, "s",
            new Dictionary<string, int> { ["labour"] = 30, ["conservative"] = 20, ["liberal-democrats"] = 10, ["green"] = 5, ["independent"] = 5 })];
        _changes = [.. Enumerable.Range(0, Changes).Select(i => new SeatChange(
            $"d{i}", PartialDate.Day(2021, 6, 1).Start!.Value.AddDays(i % 1800) is var d ? PartialDate.Day(d.Year, d.Month, d.Day) : default,
            parties[random.Next(parties.Length)], parties[random.Next(parties.Length)], random.Next(1, 3)))];
    }

    [Benchmark]
    public CouncilHistory BuildHistory() => CouncilHistory.Build(70, _snapshots, _changes);

    [Benchmark]
    public Control ControlNow() => CouncilHistory.Build(70, _snapshots, _changes).Now.Control;
}
