using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Context;

namespace DefectionTracker.Web.Tests.Hostile;

/// <summary>
/// The file log, as appsettings.json configures it, rolls over by size and keeps a bounded number of files, so a flood
/// of requests can fill neither the disk nor a daily cap after which real errors were dropped: the error written after
/// the flood is in the newest file.
/// </summary>
public sealed class LogFloodTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "defectiontracker-logflood-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void AppSettings_FileSink_RollsBySize_WithARetentionLimit()
    {
        var args = AppSettings().GetSection("Serilog:WriteTo").GetChildren().Single(c => c["Name"] == "File").GetSection("Args");

        Assert.Equal("True", args["rollOnFileSizeLimit"], ignoreCase: true);
        Assert.InRange(long.Parse(args["fileSizeLimitBytes"]!, System.Globalization.CultureInfo.InvariantCulture), 1, 100L * 1024 * 1024);
        Assert.InRange(int.Parse(args["retainedFileCountLimit"]!, System.Globalization.CultureInfo.InvariantCulture), 1, 100);
    }

    [Fact]
    public void Flood_ThenAnError_TheErrorIsInTheNewestFile_AndOldFilesAreRemoved()
    {
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(AppSettings())
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:WriteTo:0:Args:restrictedToMinimumLevel"] = "Fatal",
                ["Serilog:WriteTo:1:Args:path"] = Path.Combine(_folder, "log-.log"),
                ["Serilog:WriteTo:1:Args:fileSizeLimitBytes"] = "20000",
                ["Serilog:WriteTo:1:Args:retainedFileCountLimit"] = "3",
            })
            .Build();
        using (var logger = new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger())
        {
            for (var i = 0; i < 2_000; i++)
            {
                using (LogContext.PushProperty("RequestId", i))
                {
                    logger.Information("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                        "GET", $"/search?q=flood-{i}-{new string('x', 200)}", 200, 1.5);
                }
            }

            logger.Error("Unhandled error on {Method} {Path} (reference {Reference})", "GET", "/after-the-flood", "abc123");
        }

        var files = new DirectoryInfo(_folder).GetFiles("log-*.log").OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.True(f.Length <= 21_000, $"{f.Name} is {f.Length} bytes")); // the limit and at most one event
        Assert.Contains("/after-the-flood", File.ReadAllText(files[^1].FullName), StringComparison.Ordinal);
    }

    private static IConfiguration AppSettings() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(TestPaths.RepoRoot, "src", "DefectionTracker.Web", "appsettings.json"))
        .Build();
}
