using System.Net;
using System.Net.Http.Headers;
using DefectionTracker.Testing;
using static DefectionTracker.Web.Tests.Editing.EditingTestApp;

namespace DefectionTracker.Web.Tests.Import;

/// <summary>/edit/import/list: editors only, a council's CSV list compared with the record, bad lists a 400 form error, nothing saved.</summary>
public sealed class CouncillorListPageTests
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[]? csv, Dictionary<string, string> fields, string fileName = "list.csv")
    {
        var form = PageReader.Parse(await client.GetStringAsync("/edit/import/list")).Single("main form[method=post]");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (csv is not null)
        {
            var file = new ByteArrayContent(csv);
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(file, "file", fileName);
        }

        return await client.PostAsync("/edit/import/list", content);
    }

    private static byte[] List(string name) => File.ReadAllBytes(Path.Combine(TestPaths.CouncillorLists, name));

    private static readonly Dictionary<string, string> Brackenholt = new()
    {
        ["council"] = "brackenholt",
        ["date"] = "2025-03-01",
        ["publisher"] = "Brackenholt MBC",
        ["url"] = "https://brackenholt.example/councillors",
    };

    [Fact]
    public async Task ListPage_AnonymousRedirectsToSignIn_ContributorIsRefused()
    {
        using var app = await StartAsync();
        using var anonymous = app.Client();
        Assert.StartsWith("/account/login", (await anonymous.GetAsync("/edit/import/list")).Headers.Location?.PathAndQuery, StringComparison.Ordinal);

        using var contributor = await app.Factory.SignedInClientAsync("contributor@example.org");
        Assert.StartsWith("/account/denied", (await contributor.GetAsync("/edit/import/list")).Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPage_Editor_SeesWhatTheListImplies_WithAPrefilledDefection_AndNothingIsSaved()
    {
        using var app = await StartAsync();
        using var editor = await app.Factory.SignedInClientAsync("editor@example.org");

        var response = await UploadAsync(editor, List("brackenholt-2025-03-01.csv"), Brackenholt);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PageReader.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("6 councillors on the list: 1 in a party other than the record's, 4 not in the record on this council, 1 recorded but not on the list, 1 as recorded",
            page.Single("#list-summary").Text(), StringComparison.Ordinal);
        var change = page.Single("#party-changes tr[data-councillor=peter-quayle]");
        Assert.Contains("Reform UK", change.Text(), StringComparison.Ordinal);
        Assert.Contains("Grace Okafor", page.Single("#gone-list").Text(), StringComparison.Ordinal);
        Assert.Contains("Yorkshire Party (not a party in the record)", page.Single("#new-names-table").Text(), StringComparison.Ordinal);

        var form = PageReader.Parse(await editor.GetStringAsync(change.QuerySelector("a.propose-defection")!.GetAttribute("href")!));
        Assert.Equal("reform-uk", form.Single("select[name='r.fromParty'] option[selected]").GetAttribute("value"));
        Assert.Equal("independent", form.Single("select[name='r.toParty'] option[selected]").GetAttribute("value"));
        Assert.Contains(form.QuerySelectorAll("option[selected]"), o => o.GetAttribute("value") == "peter-quayle");

        var source = page.Single("#add-list-source input[name=prefill]").GetAttribute("value")!;
        var sourceForm = PageReader.Parse(await editor.GetStringAsync("/edit/sources/new?prefill=" + Uri.EscapeDataString(source)));
        Assert.Equal("Brackenholt MBC", sourceForm.Single("input[name='r.publisher']").GetAttribute("value"));

        using var db = app.Factory.CreateDbContext();
        Assert.Equal(16, db.Defections.Count());
        Assert.Equal(14, db.Councillors.Count());
    }

    [Theory]
    [InlineData("missing-party-column.csv", "no “party” column")]
    [InlineData("empty.csv", "The file is empty")]
    [InlineData("wrong-council.csv", "Line 3 is a councillor of “Fellside”")]
    [InlineData("no-name.csv", "Line 3 has no councillor's name")]
    public async Task ListPage_ABadList_Is400_NamingTheLineOrColumn(string file, string message)
    {
        using var app = await StartAsync();
        using var editor = await app.Factory.SignedInClientAsync("editor@example.org");

        var response = await UploadAsync(editor, List(file), Brackenholt);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, PageReader.Parse(await response.Content.ReadAsStringAsync()).Single("[role=alert]").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPage_AFileOverTheLimit_Is400_NotA500()
    {
        using var app = await StartAsync();
        using var editor = await app.Factory.SignedInClientAsync("editor@example.org");
        var big = new byte[1_200_000];
        Array.Fill(big, (byte)'a');

        var response = await UploadAsync(editor, big, Brackenholt);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 1,000 kB", PageReader.Parse(await response.Content.ReadAsStringAsync()).Single("[role=alert]").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPage_NoCouncilNoFileBadDate_Is400_NamingEachField()
    {
        using var app = await StartAsync();
        using var editor = await app.Factory.SignedInClientAsync("editor@example.org");

        var response = await UploadAsync(editor, null, new() { ["date"] = "1/3/2025" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var alert = PageReader.Parse(await response.Content.ReadAsStringAsync()).Single("[role=alert]");
        Assert.Equal(["council", "date", "file"], alert.QuerySelectorAll("li").Select(li => li.GetAttribute("data-field")));
    }
}
