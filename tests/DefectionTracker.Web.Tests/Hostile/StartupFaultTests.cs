using System.Diagnostics;
using System.Net;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Features.Search;
using DefectionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DefectionTracker.Web.Tests.Hostile;

/// <summary>
/// Faults at start-up, on the real app run as a process: each must stop it with exit code 1 and one line naming the
/// database or dataset path and the cause, not a stack trace; and /health must say unhealthy for a damaged file.
/// </summary>
public sealed class StartupFaultTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dt-faults-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task GarbageDatabaseFile_StopsStartup_WithOneLineNamingThePath_Exit1()
    {
        var db = Path.Combine(_folder, "garbage.db");
        await File.WriteAllBytesAsync(db, [.. Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 7919 % 251))]);

        var (exit, output) = await RunAppAsync($"Data Source={db}", TestPaths.Fixture);

        AssertOneLineFailure(exit, output, db, "not a database");
    }

    [Fact]
    public async Task DatabaseWithDamagedPages_StopsStartup_WithOneLineNamingThePath_Exit1()
    {
        var db = Path.Combine(_folder, "damaged.db");
        await SeedFileAsync(db);
        Damage(db);

        var (exit, output) = await RunAppAsync($"Data Source={db}", TestPaths.Fixture);
        AssertOneLineFailure(exit, output, db, "");
    }

    [Fact]
    public async Task HealthCheck_OnADatabaseDamagedAfterStart_IsUnhealthy()
    {
        var db = Path.Combine(_folder, "later.db");
        await SeedFileAsync(db);
        var services = new ServiceCollection()
            .AddDbContext<DefectionTracker.Web.Data.DefectionsDbContext>(o => o.UseSqlite($"Data Source={db};Pooling=False"))
            .BuildServiceProvider();
        using var check = new DatabaseIntegrityCheck(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
        using var laterCheck = new DatabaseIntegrityCheck(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        Damage(db);
        var result = await laterCheck.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("quick_check", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadOnlyDatabase_ThatNeedsWriting_StopsStartup_WithOneLine_Exit1()
    {
        var db = Path.Combine(_folder, "empty-readonly.db");
        await File.WriteAllBytesAsync(db, []);

        var (exit, output) = await RunAppAsync($"Data Source={db};Mode=ReadOnly", TestPaths.Fixture);

        AssertOneLineFailure(exit, output, db, "is read-only (the connection string says Mode=ReadOnly) and needs writing: ");
        Assert.Contains("migration(s) to apply (Initial, ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortInUse_StopsStartup_WithOneLineNamingTheAddress_Exit1()
    {
        var db = Path.Combine(_folder, "port.db");
        await SeedFileAsync(db);
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var (exit, output) = await RunAppAsync($"Data Source={db}", TestPaths.Fixture, url);

        AssertOneLineFailure(exit, output, url, "address already in use");
    }

    [Fact]
    public async Task FifoAmongTheSeedFiles_IsRefusedWithAMessage_NotAHang()
    {
        using var seeds = TestPaths.CopySeeds();
        File.Delete(seeds.File("quotes.json"));
        using (var mkfifo = Process.Start("mkfifo", seeds.File("quotes.json")))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var (exit, output) = await RunAppAsync($"Data Source={Path.Combine(_folder, "fifo.db")}", seeds.Path);

        Assert.Equal(1, exit);
        Assert.Contains("quotes.json", output, StringComparison.Ordinal);
        Assert.Contains("not a regular file", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchIndex_BuiltFromAnOlderDataVersion_IsRebuiltOnTheNextStart()
    {
        var db = Path.Combine(_folder, "stale-index.db");
        await SeedFileAsync(db);

        // As if the process died after a write's commit and before the index's rebuild: the index is of older data.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE search_index_state SET data_version = 0";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        using var factory = new AppFactory(connectionString: $"Data Source={db}");
        _ = factory.Server;

        Assert.Contains(factory.Logs.Entries, e => e.Message.Contains("Rebuilding the search index: it was built from data version 0, the database holds version 1", StringComparison.Ordinal));
        using var scope = factory.Services.CreateScope();
        var index = scope.ServiceProvider.GetServices<IDatasetListener>().OfType<SearchIndex>().Single();
        Assert.Null(await index.StateAsync(CancellationToken.None));
    }

    private static async Task SeedFileAsync(string db)
    {
        using var factory = new AppFactory(connectionString: $"Data Source={db}");
        _ = factory.Server;
        await using var context = factory.CreateDbContext();
        Assert.True(await context.Defections.AnyAsync());
        await context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>Overwrites the pages after the first two with a pattern: the header stays valid, the b-trees do not.</summary>
    private static void Damage(string db)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var file = new FileStream(db, FileMode.Open, FileAccess.ReadWrite);
        var pageSize = 4096;
        for (long offset = 2 * pageSize; offset < file.Length; offset += pageSize)
        {
            file.Position = offset + 8;
            file.Write(Enumerable.Repeat((byte)0xA5, 64).ToArray());
        }
    }

    private static void AssertOneLineFailure(int exit, string output, string path, string cause)
    {
        Assert.True(exit == 1, $"exit code {exit}:\n{output}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.Contains(cause, line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    /// <summary>Runs the built app (Production settings, console only) until it exits; its output is what a person sees.</summary>
    private async Task<(int Exit, string Output)> RunAppAsync(string connectionString, string seeds, string urls = "http://127.0.0.1:0")
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        var web = Path.Combine(TestPaths.RepoRoot, "src", "DefectionTracker.Web");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(web, "bin", configuration, "net10.0", "DefectionTracker.Web.dll"), "--urls", urls])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Defections"] = connectionString;
        start.Environment["Seeds__Path"] = seeds;
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(_folder, "logs", "log-.log");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "did not stop within 60 s: " + await stdout);
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
