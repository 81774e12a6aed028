using BenchmarkDotNet.Attributes;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Benchmarks;

/// <summary>
/// Each first-request path through the whole site (routing, queries, views) with the output cache off, so every
/// request is answered as a first one: a council page (the council with most events), the timeline, the home page,
/// a search, one defection's and one councillor's page. Over a generated dataset at national and 10x scale, seeded
/// once into a file kept in the temp folder. The council histories are built when the data changes (as the site
/// does after start and after each edit), so they are not part of a page's cost; the home page and timeline are
/// measured both as the warm-up leaves them and as the first request after a change (the shared values cleared).
/// dotnet run -c Release --project tests/DefectionTracker.Benchmarks -- --filter '*PageBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PageBenchmarks
{
    // Any type of the web assembly names the app to start: its Program clashes with this project's and the tools'.
    private WebApplicationFactory<DefectionsDbContext> _app = null!;
    private HttpClient _client = null!;
    private string _council = "";
    private string _defection = "";
    private string _councillor = "";

    /// <summary>National and 10x; BENCH_SCALES=national (comma-separated) runs fewer.</summary>
    public static IEnumerable<string> Scales => Environment.GetEnvironmentVariable("BENCH_SCALES")?.Split(',') ?? ["national", "10x"];

    [ParamsSource(nameof(Scales))]
    public string Scale { get; set; } = "national";

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var folder = BenchmarkData.Folder(Scale);

        var database = $"{folder}-pages.db";
        _app = new WebApplicationFactory<DefectionsDbContext>().WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .UseSetting("Seeds:Path", folder)
            .UseSetting("ConnectionStrings:Defections", $"Data Source={database}")
            .UseSetting("OutputCache:Enabled", "false")
            .UseSetting("RateLimiting:Enabled", "false")
            .UseSetting("RequestTimeouts:Seconds", "600")
            .UseSetting("Serilog:MinimumLevel:Default", "Warning"));
        _client = _app.CreateClient();
        (await _client.GetAsync(new Uri("/health", UriKind.Relative))).EnsureSuccessStatusCode();

        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        _council = "/councils/" + await ScalarAsync(connection, "SELECT CouncilSlug FROM DefectionCouncils GROUP BY CouncilSlug ORDER BY count(*) DESC, CouncilSlug LIMIT 1");
        _defection = "/defections/" + await ScalarAsync(connection, "SELECT Id FROM Defections ORDER BY Id LIMIT 1 OFFSET 500");
        _councillor = "/councillors/" + await ScalarAsync(connection, "SELECT CouncillorSlug FROM DefectionCouncillors ORDER BY CouncillorSlug LIMIT 1 OFFSET 500");
        // The background build of every council's history, as after a start.
        (await _client.GetAsync(new Uri("/", UriKind.Relative))).EnsureSuccessStatusCode();
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _app.Dispose();
    }

    private async Task<int> GetAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    [Benchmark]
    public Task<int> CouncilPage() => GetAsync(_council);

    /// <summary>The timeline as the warm-up leaves it: worked out once per version of the data, then rendered.</summary>
    [Benchmark]
    public Task<int> Timeline() => GetAsync("/timeline");

    /// <summary>The timeline's first request after a change, before the warm-up has worked it out again.</summary>
    [Benchmark]
    public Task<int> TimelineAfterAChange()
    {
        _app.Services.GetRequiredService<DataMemo>().Clear();
        return GetAsync("/timeline");
    }

    [Benchmark]
    public Task<int> Home() => GetAsync("/");

    [Benchmark]
    public Task<int> HomeAfterAChange()
    {
        _app.Services.GetRequiredService<DataMemo>().Clear();
        return GetAsync("/");
    }

    [Benchmark]
    public Task<int> SearchGaza() => GetAsync("/search?q=gaza");

    [Benchmark]
    public Task<int> DefectionPage() => GetAsync(_defection);

    [Benchmark]
    public Task<int> CouncillorPage() => GetAsync(_councillor);
}
