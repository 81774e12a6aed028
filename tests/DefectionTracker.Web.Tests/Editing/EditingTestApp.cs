using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DefectionTracker.Testing;
using DefectionTracker.Web.Data.Accounts;
using DefectionTracker.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Editing;

/// <summary>A fresh app over the fixture with an editor, a contributor and an admin, each with an API token.</summary>
public sealed class EditingTestApp : IDisposable
{
    public const string Source = "fellside-gazette-three-quit";

    private readonly string? _file;

    private EditingTestApp(string? file, bool outputCache)
    {
        _file = file;
        Factory = file is null
            ? new AppFactory(outputCache: outputCache)
            : new AppFactory(connectionString: $"Data Source={file}", outputCache: outputCache, connectionPerContext: true);
    }

    public AppFactory Factory { get; }

    public string EditorToken { get; private set; } = "";

    public string ContributorToken { get; private set; } = "";

    /// <param name="fileDatabase">A database file with a connection per request, as the site runs, for races.</param>
    /// <param name="outputCache">The output cache on, as the site runs, for tests of what an edit evicts.</param>
    public static async Task<EditingTestApp> StartAsync(bool fileDatabase = false, bool outputCache = false)
    {
        var app = new EditingTestApp(fileDatabase ? Path.Combine(Path.GetTempPath(), $"dt-edit-{Guid.NewGuid():N}.db") : null, outputCache);
        await app.Factory.AddMemberAsync("editor@example.org", EditorRoles.Editor, "Eddie Editor");
        await app.Factory.AddMemberAsync("contributor@example.org", EditorRoles.Contributor, "Connie Contributor");
        await app.Factory.AddMemberAsync("admin@example.org", EditorRoles.Admin, "Ada Admin");
        app.EditorToken = await app.TokenAsync("editor@example.org");
        app.ContributorToken = await app.TokenAsync("contributor@example.org");
        return app;
    }

    public async Task<string> TokenAsync(string email)
    {
        using var scope = Factory.Services.CreateScope();
        var issued = await scope.ServiceProvider.GetRequiredService<ApiTokens>().IssueAsync(email, "tests", CancellationToken.None);
        return issued!.Secret;
    }

    public HttpClient Client(string? token = null)
    {
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>The record as the dataset holds it and its ETag.</summary>
    public async Task<(JsonObject Record, string ETag)> RecordAsync(string kind, string id)
    {
        using var client = Client();
        var response = await client.GetAsync($"/api/records/{kind}/{id}");
        response.EnsureSuccessStatusCode();
        return ((JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response.Headers.ETag!.Tag);
    }

    /// <summary>The record with a "change" member, as the write API takes it.</summary>
    public static JsonContent Body(JsonObject record, string? summary = "A test change", string? source = Source)
    {
        var body = (JsonObject)record.DeepClone();
        body["change"] = new JsonObject { ["summary"] = summary, ["source"] = source };
        return JsonContent.Create(body);
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, HttpContent? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public int RevisionCount()
    {
        using var db = Factory.CreateDbContext();
        return db.Revisions.Count();
    }

    public void Dispose()
    {
        Factory.Dispose();
        if (_file is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
            {
                File.Delete(f);
            }
        }
    }
}
