using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/DefectionTracker.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(DefectionTracker.Benchmarks.CompositionBenchmarks).Assembly).Run(args);
