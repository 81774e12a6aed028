using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static DefectionTracker.Web.Tests.Editing.EditingTestApp;

namespace DefectionTracker.Web.Tests.Performance;

/// <summary>The council histories are built once per change of the data and shared: they must follow every change.</summary>
public class CouncilHistoryStoreTests
{
    private static CouncilHistory History(int totalSeats) => CouncilHistory.Build(totalSeats, [], []);

    [Fact]
    public void Add_AfterTheDataChanged_IsNotKept()
    {
        var store = new CouncilHistoryStore();
        var generation = store.Generation;

        store.Clear();
        store.Add(generation, new Dictionary<string, CouncilHistory> { ["fellside"] = History(30) }, complete: true);

        Assert.Null(store.Find("fellside"));
        Assert.Null(store.All);
    }

    [Fact]
    public void Add_SomeCouncils_AreFound_ButAllStaysUnknownUntilEveryCouncilIsBuilt()
    {
        var store = new CouncilHistoryStore();

        store.Add(store.Generation, new Dictionary<string, CouncilHistory> { ["fellside"] = History(30) }, complete: false);
        Assert.Equal(30, store.Find("fellside")!.TotalSeats);
        Assert.Null(store.All);

        store.Add(store.Generation, new Dictionary<string, CouncilHistory> { ["marchbury"] = History(40) }, complete: true);
        Assert.Equal(["fellside", "marchbury"], store.All!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Clear_DropsWhatWasBuilt()
    {
        var store = new CouncilHistoryStore();
        store.Add(store.Generation, new Dictionary<string, CouncilHistory> { ["fellside"] = History(30) }, complete: true);

        store.Clear();

        Assert.Null(store.Find("fellside"));
        Assert.Null(store.All);
    }

    [Fact]
    public async Task PublishedEdit_ChangesTheCouncilsNumbers_OnTheNextRequest()
    {
        using var app = await StartAsync();
        using var reader = app.Client();
        // Fixture: three left Fellside's Labour group on 14 July 2023 (Labour 16 -> 13).
        Assert.Equal(13, await LabourNowAsync(reader));

        var (record, etag) = await app.RecordAsync("defections", "2023-07-14-fellside-three-quit-labour");
        var council = (JsonObject)record["councils"]!.AsArray().Single()!;
        council["seatsChanged"] = 2;
        using var editor = app.Client(app.EditorToken);
        var response = await SendAsync(editor, HttpMethod.Put, "/api/defections/2023-07-14-fellside-three-quit-labour", Body(record), etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.Equal(14, await LabourNowAsync(reader));
    }

    private static async Task<int> LabourNowAsync(HttpClient client)
    {
        using var fellside = JsonDocument.Parse(await client.GetStringAsync("/api/councils/fellside"));
        return fellside.RootElement.GetProperty("after").GetProperty("seats").EnumerateArray()
            .Single(s => s.GetProperty("party").GetProperty("slug").GetString() == "labour").GetProperty("seats").GetInt32();
    }
}

/// <summary>The background build of every council's history, after start and after each change.</summary>
public sealed class CouncilHistoryWarmupTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"dt-warm-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AfterStart_AndAfterAChange_EveryCouncilsHistoryIsBuiltWithoutARequest()
    {
        using var app = new AppFactory(connectionString: $"Data Source={_file}", connectionPerContext: true)
            .WithWebHostBuilder(b => b.UseSetting("Performance:WarmHistories", "true"));
        using var client = app.CreateClient();
        await client.GetAsync("/health");
        var store = app.Services.GetRequiredService<CouncilHistoryStore>();

        var built = await EventuallyAsync(() => store.All);
        Assert.Contains("fellside", built.Keys);

        store.Clear();
        Assert.Null(store.All);
        var rebuilt = await EventuallyAsync(() => store.All);
        Assert.Equal(built.Keys.Order(StringComparer.Ordinal), rebuilt.Keys.Order(StringComparer.Ordinal));
    }

    private static async Task<T> EventuallyAsync<T>(Func<T?> read)
        where T : class
    {
        for (var i = 0; i < 200; i++)
        {
            if (read() is { } value)
            {
                return value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("not built within 10 s");
    }
}

/// <summary>An edit evicts the cached pages it touched and the lists, and leaves every other page cached.</summary>
public sealed class PreciseEvictionTests
{
    private static async Task<(bool Cached, string Body)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return (response.Headers.Age is not null, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DefectionEdit_EvictsItsCouncilEventsAndCouncillors_AndTheLists_NotOtherCouncils()
    {
        using var app = await StartAsync(outputCache: true);
        using var reader = app.Client();
        const string Event = "/defections/2023-07-14-fellside-three-quit-labour";
        string[] touched = ["/councils/fellside", "/api/councils/fellside", Event, "/timeline", "/"];
        string[] untouched = ["/councils/marchbury", "/defections/2024-05-01-marchbury-holt-leaves-labour"];
        foreach (var url in touched.Concat(untouched))
        {
            await GetAsync(reader, url);
            Assert.True((await GetAsync(reader, url)).Cached, url + " is cached before the edit");
        }

        var (record, etag) = await app.RecordAsync("defections", "2023-07-14-fellside-three-quit-labour");
        record["summary"] = "Three Fellside councillors left Labour, citing the national leadership (edited).";
        using var editor = app.Client(app.EditorToken);
        var response = await SendAsync(editor, HttpMethod.Put, "/api/defections/2023-07-14-fellside-three-quit-labour", Body(record), etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        foreach (var url in touched)
        {
            Assert.False((await GetAsync(reader, url)).Cached, url + " is evicted by the edit");
        }

        Assert.Contains("(edited)", (await GetAsync(reader, Event)).Body);
        foreach (var url in untouched)
        {
            Assert.True((await GetAsync(reader, url)).Cached, url + " stays cached: the edit does not touch it");
        }
    }

    [Fact]
    public async Task PartyEdit_EvictsEveryPage()
    {
        using var app = await StartAsync(outputCache: true);
        using var reader = app.Client();
        await GetAsync(reader, "/councils/marchbury");
        Assert.True((await GetAsync(reader, "/councils/marchbury")).Cached);

        var (record, etag) = await app.RecordAsync("parties", "castlebridge-independents");
        record["notes"] = "Formed by the six who left Labour.";
        using var editor = app.Client(app.EditorToken);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(editor, HttpMethod.Put, "/api/parties/castlebridge-independents", Body(record), etag)).StatusCode);

        Assert.False((await GetAsync(reader, "/councils/marchbury")).Cached);
    }
}
