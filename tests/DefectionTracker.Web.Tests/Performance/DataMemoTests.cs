using System.Net;
using DefectionTracker.Web.Features.Shared;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static DefectionTracker.Web.Tests.Editing.EditingTestApp;

namespace DefectionTracker.Web.Tests.Performance;

/// <summary>What pages work out from the whole record is kept once per version of the data, and follows every change.</summary>
public class DataMemoTests
{
    [Fact]
    public async Task GetOrAdd_SecondTime_DoesNotLoadAgain_UntilCleared()
    {
        var memo = new DataMemo();
        var loads = 0;
        Task<string> Load(CancellationToken ct) => Task.FromResult($"value {++loads}");

        Assert.Equal("value 1", await memo.GetOrAddAsync("k", Load, CancellationToken.None));
        Assert.Equal("value 1", await memo.GetOrAddAsync("k", Load, CancellationToken.None));
        memo.Clear();
        Assert.Equal("value 2", await memo.GetOrAddAsync("k", Load, CancellationToken.None));
    }

    [Fact]
    public async Task GetOrAdd_DataChangedWhileLoading_IsNotKept()
    {
        var memo = new DataMemo();
        var loading = new TaskCompletionSource<string>();
        var first = memo.GetOrAddAsync("k", _ => loading.Task, CancellationToken.None);

        memo.Clear();
        loading.SetResult("from the old data");

        Assert.Equal("from the old data", await first);
        Assert.Equal(0, memo.Count);
        Assert.Equal("new", await memo.GetOrAddAsync("k", _ => Task.FromResult("new"), CancellationToken.None));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/timeline")]
    [InlineData("/parties/labour")]
    public async Task Page_AskedAgain_RunsFewerCommands_ThanItsFirstBuild(string url)
    {
        using var app = new AppFactory();
        using var client = app.CreateClient();
        await client.GetAsync(url);
        app.Services.GetRequiredService<DataMemo>().Clear();

        app.SqlCommands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        var first = app.SqlCommands.Count;
        app.SqlCommands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        var again = app.SqlCommands.Count;

        Assert.InRange(again, 0, 2); // at most the party's own row (to tell a 404) and the page's data stamp
        Assert.True(first > again + 2, $"{url}: {first} commands built it, {again} served it again");
    }

    [Fact]
    public async Task PublishedEdit_ChangesTheTimelineAndPartyPage_OnTheNextRequest()
    {
        using var app = await StartAsync();
        using var reader = app.Client();
        Assert.DoesNotContain("Labour Party (renamed)", await reader.GetStringAsync("/timeline"), StringComparison.Ordinal);
        Assert.DoesNotContain("Labour Party (renamed)", await reader.GetStringAsync("/parties/labour"), StringComparison.Ordinal);

        var (record, etag) = await app.RecordAsync("parties", "labour");
        record["name"] = "Labour Party (renamed)";
        using var editor = app.Client(app.EditorToken);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(editor, HttpMethod.Put, "/api/parties/labour", Body(record), etag)).StatusCode);

        Assert.Contains("Labour Party (renamed)", await reader.GetStringAsync("/timeline"), StringComparison.Ordinal);
        Assert.Contains("Labour Party (renamed)", await reader.GetStringAsync("/parties/labour"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcesPage_AskedAgain_ReadsOnlyItsOwnSources_NotTheWholeRecord()
    {
        using var app = new AppFactory();
        using var client = app.CreateClient();
        await client.GetAsync("/sources");
        app.Services.GetRequiredService<DataMemo>().Clear();

        app.SqlCommands.Reset();
        var built = await client.GetStringAsync("/sources");
        var first = app.SqlCommands.Count;
        app.SqlCommands.Reset();
        var again = await client.GetStringAsync("/sources");

        Assert.Equal(built, again);
        Assert.True(first > app.SqlCommands.Count + 3, $"/sources: {first} commands built it, {app.SqlCommands.Count} served it again");
    }

    [Fact]
    public async Task PublishedEdit_ToASource_ShowsOnSourcesAndItsApi_OnTheNextRequest()
    {
        using var app = await StartAsync();
        using var reader = app.Client();
        Assert.DoesNotContain("Brackenholt Observer (renamed)", await reader.GetStringAsync("/sources"), StringComparison.Ordinal);
        Assert.DoesNotContain("Brackenholt Observer (renamed)", await reader.GetStringAsync("/api/sources"), StringComparison.Ordinal);

        var (record, etag) = await app.RecordAsync("sources", "brackenholt-observer-okafor-joins");
        record["publisher"] = "Brackenholt Observer (renamed)";
        using var editor = app.Client(app.EditorToken);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(editor, HttpMethod.Put, "/api/sources/brackenholt-observer-okafor-joins", Body(record), etag)).StatusCode);

        Assert.Contains("Brackenholt Observer (renamed)", await reader.GetStringAsync("/sources"), StringComparison.Ordinal);
        Assert.Contains("Brackenholt Observer (renamed)", await reader.GetStringAsync("/api/sources"), StringComparison.Ordinal);
        Assert.Contains("source-brackenholt-observer-okafor-joins",
            (await reader.GetAsync("/sources/brackenholt-observer-okafor-joins")).Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterStart_TheHomePageAndTimelineAreWorkedOut_WithoutARequest()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dt-memo-{Guid.NewGuid():N}.db");
        try
        {
            using var factory = new AppFactory(connectionString: $"Data Source={file}", connectionPerContext: true);
            using var app = factory.WithWebHostBuilder(b => b.UseSetting("Performance:WarmHistories", "true"));
            using var client = app.CreateClient();
            await client.GetAsync("/health");
            var memo = app.Services.GetRequiredService<DataMemo>();

            for (var i = 0; i < 400 && !factory.Logs.Entries.Any(e => e.Message == "Warm-up done"); i++)
            {
                await Task.Delay(50);
            }

            // The home page, the default timeline, the grievances' counts, the sources' overview and every party's page.
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DefectionTracker.Web.Data.DefectionsDbContext>();
            var parties = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Parties.Select(p => p.Slug));
            Assert.NotEmpty(parties);
            Assert.All(["home", "timeline:labour", "grievances", "sources", .. parties.Select(p => "party:" + p)], key => Assert.True(memo.Has(key), key));
            Assert.Equal(4 + parties.Count, memo.Count);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }
}
