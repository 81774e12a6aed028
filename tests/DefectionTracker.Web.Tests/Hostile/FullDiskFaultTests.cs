using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Tests.Hostile;

/// <summary>
/// A full disk, on a small tmpfs, with the real app run as a process: a start whose dataset change does not fit must
/// stop with one line naming the database and the cause, exit 1, and leave the previous database as it was; a disk
/// that fills with logs while the site serves must not stop it answering.
/// </summary>
public sealed class FullDiskFaultTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dt-full-disk-").FullName;
    private readonly string _disk;

    public FullDiskFaultTests()
    {
        _disk = Path.Combine(_folder, "disk");
        Directory.CreateDirectory(_disk);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Tmpfs.Unmount(_disk);
        Directory.Delete(_folder, recursive: true);
    }

    [TmpfsFact]
    public async Task DatasetImportThatDoesNotFit_Stops_WithOneLineSayingDiskFull_Exit1_PreviousDatabaseIntact()
    {
        Tmpfs.Mount(_disk, megabytes: 4);
        var db = Path.Combine(_disk, "defections.db");
        await SeedAsync(db);
        var before = await ReadStateAsync(db);

        // The next dataset adds quotes by the thousand (half a kilobyte each), and the disk has about 64 KB left.
        using var seeds = TestPaths.CopySeeds();
        var quotes = JsonNode.Parse(await File.ReadAllTextAsync(seeds.File("quotes.json")))!.AsArray();
        var template = quotes[0]!;
        for (var i = 0; i < 8000; i++)
        {
            var copy = template.DeepClone();
            copy["id"] = $"filler-quote-{i}";
            copy["text"] = $"Filler quote {i}: " + new string('x', 500);
            quotes.Add(copy);
        }

        await File.WriteAllTextAsync(seeds.File("quotes.json"), quotes.ToJsonString());
        var filler = Tmpfs.FillLeaving(_disk, bytesFree: 64 * 1024);

        // The database is the record: a changed folder reaches it through the import command, not a restart.
        var (exit, output) = await Record.AppProcess.RunAsync(db, seeds.Path, Path.Combine(_folder, "logs"), "import", "--from", seeds.Path);

        Assert.True(exit == 1, $"exit code {exit}:\n{output}");
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            l => l.StartsWith("import:", StringComparison.Ordinal));
        Assert.Contains(db, line, StringComparison.Ordinal);
        Assert.Contains("full", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);

        File.Delete(filler);
        Assert.Equal(before, await ReadStateAsync(db));
    }

    [TmpfsFact]
    public async Task DiskFilledByLogsWhileServing_SiteKeepsAnswering()
    {
        Tmpfs.Mount(_disk, megabytes: 2);
        var port = FreePort();
        using var app = Start($"Data Source={Path.Combine(_folder, "serving.db")}", TestPaths.Fixture, Path.Combine(_disk, "log-.log"), port);
        try
        {
            await ServeOnAFullDiskAsync(app, port);
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    private async Task ServeOnAFullDiskAsync(Process app, int port)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };
        await WaitHealthyAsync(client, app);
        Tmpfs.FillLeaving(_disk, bytesFree: 0);

        // Requests that write to the log (warnings for bad input and unknown pages) on a disk with no room for them.
        for (var i = 0; i < 200; i++)
        {
            var bad = await client.GetAsync($"/api/defections?page=-{i}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/councils/no-such-council-{i}")).StatusCode);
        }

        Assert.False(app.HasExited, "the app stopped when the disk filled");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/councils")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    /// <summary>The dataset hash and the number of defections, read from the file as it is.</summary>
    private static async Task<string> ReadStateAsync(string db)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check; SELECT ContentHash FROM SeedStates; SELECT count(*) FROM Defections; SELECT count(*) FROM Quotes;";
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        do
        {
            while (await reader.ReadAsync())
            {
                values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
            }
        }
        while (await reader.NextResultAsync());
        Assert.Equal("ok", values[0]);
        return string.Join(" ", values);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitHealthyAsync(HttpClient client, Process app)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            Assert.False(app.HasExited, "the app stopped during start-up");
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        Assert.Fail("the app did not answer /health within 60 s");
    }

    /// <summary>The fixture seeded into <paramref name="db"/> by the app in-process, the file left without a WAL.</summary>
    private static async Task SeedAsync(string db)
    {
        using var factory = new AppFactory(connectionString: $"Data Source={db}");
        _ = factory.Server;
        await using var context = factory.CreateDbContext();
        await context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;");
        SqliteConnection.ClearAllPools();
    }

    /// <summary>The built app (Production settings) on the given database, dataset and log path.</summary>
    private static Process Start(string connectionString, string seeds, string logPath, int port, bool serving = true)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        var web = Path.Combine(TestPaths.RepoRoot, "src", "DefectionTracker.Web");
        List<string> arguments = [Path.Combine(web, "bin", configuration, "net10.0", "DefectionTracker.Web.dll"), "--urls", $"http://127.0.0.1:{port}"];
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Defections"] = connectionString;
        start.Environment["Seeds__Path"] = seeds;
        start.Environment["RateLimiting__Enabled"] = "false";
        start.Environment["Serilog__WriteTo__1__Args__path"] = logPath;
        var process = Process.Start(start)!;
        if (serving)
        {
            // A serving process's output is drained, never read: a full pipe must not be what stops it.
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        return process;
    }
}

/// <summary>A fact that needs a tmpfs it can mount (root, and a kernel that allows it); skipped with the reason otherwise.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (Tmpfs.WhyNot() is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>Mounting a small tmpfs and filling it, for the full-disk tests.</summary>
public static class Tmpfs
{
    private static readonly Lazy<string?> Reason = new(Probe);

    /// <summary>Null when a tmpfs can be mounted here; otherwise why not.</summary>
    public static string? WhyNot() => Reason.Value;

    public static void Mount(string path, int megabytes) =>
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path);

    public static void Unmount(string path)
    {
        if (File.ReadAllText("/proc/mounts").Contains($" {path} tmpfs ", StringComparison.Ordinal))
        {
            Run("umount", path);
        }
    }

    /// <summary>Writes a file that takes all but <paramref name="bytesFree"/> of the disk; returns its path.</summary>
    public static string FillLeaving(string folder, long bytesFree)
    {
        var path = Path.Combine(folder, "filler.bin");
        var available = new DriveInfo(folder).AvailableFreeSpace - bytesFree;
        var block = new byte[4096];
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        try
        {
            for (long written = 0; written + block.Length <= available; written += block.Length)
            {
                file.Write(block);
            }

            file.Flush();
        }
        catch (IOException)
        {
            // full: which is what was asked for
        }

        return path;
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "tmpfs needs Linux";
        }

        if (Environment.GetEnvironmentVariable("USER") is not "root" && !IsRoot())
        {
            return "mounting a tmpfs needs root (id -u is not 0), so the full-disk tests cannot make a small disk here";
        }

        var probe = Directory.CreateTempSubdirectory("dt-tmpfs-probe-").FullName;
        try
        {
            Mount(probe, 1);
            Run("umount", probe);
            return null;
        }
        catch (InvalidOperationException e)
        {
            return $"mount -t tmpfs is not permitted here ({e.Message})";
        }
        finally
        {
            Directory.Delete(probe);
        }
    }

    private static bool IsRoot()
    {
        using var id = Process.Start(new ProcessStartInfo("id", "-u") { RedirectStandardOutput = true })!;
        var uid = id.StandardOutput.ReadToEnd().Trim();
        id.WaitForExit();
        return uid == "0";
    }

    private static void Run(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)}: exit {process.ExitCode}: {error.Trim()}");
        }
    }
}
