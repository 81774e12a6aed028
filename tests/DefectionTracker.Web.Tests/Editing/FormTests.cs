using System.Net;
using DefectionTracker.Testing;
using static DefectionTracker.Web.Tests.Editing.EditingTestApp;

namespace DefectionTracker.Web.Tests.Editing;

/// <summary>The record forms, posted as a browser posts them: roles, antiforgery, errors next to fields, publication.</summary>
public sealed class FormTests
{
    private static Dictionary<string, string> NewSource() => new()
    {
        ["r.id"] = "fellside-gazette-two-more-quit",
        ["r.publisher"] = "Fellside Gazette",
        ["r.title"] = "Two more Fellside councillors quit Labour",
        ["r.readVia"] = "original",
        ["r.originalUrl"] = "https://fellside-gazette.example/news/two-more-quit",
        ["r.published.date"] = "2024-11-20",
        ["change.summary"] = "New article",
        ["change.source"] = "fellside-gazette-two-more-quit",
    };

    private static Dictionary<string, string> NewDefection(string source) => new()
    {
        ["r.date.date"] = "2024-11-18",
        ["r.date.precision"] = "day",
        ["r.kind"] = "leftParty",
        ["r.fromParty"] = "labour",
        ["r.toParty"] = "independent",
        ["r.councils.rows"] = "2",
        ["r.councils[0].council"] = "fellside",
        ["r.councils[0].seatsChanged"] = "2",
        ["r.councils[0].source"] = source,
        ["r.councillorCount"] = "2",
        ["r.reportedCounts.rows"] = "2",
        ["r.reportedCounts[0].count"] = "2",
        ["r.reportedCounts[0].source"] = source,
        ["r.summary"] = "Two more Labour councillors on Fellside left the party to sit as independents.",
        ["r.grievances.rows"] = "1",
        ["r.verification"] = "singleSource",
        ["r.sources"] = source,
        ["change.summary"] = "Two more quit, from the Gazette",
        ["change.source"] = source,
    };

    [Theory]
    [InlineData("/edit")]
    [InlineData("/edit/defections/new")]
    [InlineData("/edit/parties/labour")]
    public async Task Forms_Anonymous_RedirectToSignIn(string url)
    {
        using var app = await StartAsync();
        using var client = app.Client();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefectionForm_HasPickersNotIdBoxes()
    {
        using var app = await StartAsync();
        using var editor = await app.Factory.SignedInClientAsync("editor@example.org");
        var page = PageReader.Parse(await editor.GetStringAsync("/edit/defections/new"));
        foreach (var name in new[] { "r.fromParty", "r.toParty", "r.councils[0].council", "r.councils[0].source", "r.councillors", "r.sources", "r.grievances[0].grievance", "change.source" })
        {
            var control = page.QuerySelector($"[name='{name}']");
            Assert.True(control?.TagName == "SELECT", $"{name} should be a picker, is {control?.TagName ?? "missing"}");
        }

        Assert.Contains(page.QuerySelectorAll("select[name='r.fromParty'] option"), o => o.GetAttribute("value") == "labour" && o.TextContent.StartsWith("Labour", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("form input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task Editor_EntersAnArticle_SourceThenDefection_ItIsOnTheCouncilPageTimelineSearchAndFeed()
    {
        using var app = await StartAsync();
        using var editor = await app.Factory.SignedInClientAsync("editor@example.org");
        var source = await editor.PostFormAsync("/edit/sources/new", NewSource());
        Assert.Equal(HttpStatusCode.OK, source.StatusCode);
        Assert.Contains("Change published", PageReader.Parse(await source.Content.ReadAsStringAsync()).Single("h1").Text(), StringComparison.Ordinal);

        var saved = await editor.PostFormAsync("/edit/defections/new", NewDefection("fellside-gazette-two-more-quit"));
        var savedPage = PageReader.Parse(await saved.Content.ReadAsStringAsync());
        Assert.True(saved.StatusCode == HttpStatusCode.OK, savedPage.QuerySelector("main")?.Text());
        var id = "2024-11-18-fellside-leftparty-labour";
        Assert.Contains(id, savedPage.Single("main").Text(), StringComparison.Ordinal);

        using var reader = app.Client();
        var council = PageReader.Parse(await reader.GetStringAsync("/councils/fellside")).Single("main").Text();
        Assert.Contains("Two more Labour councillors on Fellside", council, StringComparison.Ordinal);
        Assert.Contains(id, await reader.GetStringAsync("/timeline"), StringComparison.Ordinal);
        Assert.Contains(id, await reader.GetStringAsync("/search?q=two+more+fellside"), StringComparison.Ordinal);
        Assert.Contains(id, await reader.GetStringAsync("/feeds/defections.atom"), StringComparison.Ordinal);
        Assert.Contains("Two more quit, from the Gazette", await reader.GetStringAsync($"/defections/{id}/history"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefectionForm_DateWithoutYearAndBound_AndAGrievanceCitedByTwoSources_AreSavedAsTheDatasetHasThem()
    {
        using var app = await StartAsync();
        using var editor = await app.Factory.SignedInClientAsync("editor@example.org");
        var values = NewDefection("fellside-gazette-three-quit");
        values["r.id"] = "fellside-two-more-no-year";
        values["r.date.date"] = "";
        values["r.date.precision"] = "";
        values["r.dateWithoutYear"] = "--11-18";
        values["r.notAfter.date"] = "2024-11-20";
        values["r.grievances[0].grievance"] = "internal-democracy";
        values["r.grievances[0].attribution"] = "attributed";
        values["r.grievances[0].source"] = "fellside-gazette-three-quit";
        values["r.grievances[0].sources"] = "north-west-today-fellside";
        var saved = await editor.PostFormAsync("/edit/defections/new", values);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, PageReader.Parse(await saved.Content.ReadAsStringAsync()).QuerySelector("main")?.Text());

        var (record, _) = await app.RecordAsync("defections", "fellside-two-more-no-year");
        Assert.Null(record["date"]);
        Assert.Equal("--11-18", record["dateWithoutYear"]!.GetValue<string>());
        Assert.Equal("2024-11-20", record["notAfter"]!["date"]!.GetValue<string>());
        var grievance = record["grievances"]![0]!;
        Assert.Null(grievance["source"]);
        Assert.Equal(["fellside-gazette-three-quit", "north-west-today-fellside"], grievance["sources"]!.AsArray().Select(x => x!.GetValue<string>()));
        using var reader = app.Client();
        Assert.Contains("18 November (year not stated", PageReader.Parse(await reader.GetStringAsync("/defections/fellside-two-more-no-year")).Single("main").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contributor_DefectionWaitsForReview_AndIsNotOnTheSite()
    {
        using var app = await StartAsync();
        using var contributor = await app.Factory.SignedInClientAsync("contributor@example.org");
        var saved = await contributor.PostFormAsync("/edit/defections/new", NewDefection("fellside-gazette-three-quit"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("waiting for review", PageReader.Parse(await saved.Content.ReadAsStringAsync()).Single("h1").Text(), StringComparison.Ordinal);
        using var reader = app.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/defections/2024-11-18-fellside-leftparty-labour")).StatusCode);
        Assert.DoesNotContain("Two more Labour councillors", await reader.GetStringAsync("/councils/fellside"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefectionForm_BadValues_AreRefusedNextToTheirFieldsAndNothingIsSaved()
    {
        using var app = await StartAsync();
        using var editor = await app.Factory.SignedInClientAsync("editor@example.org");
        var values = NewDefection("fellside-gazette-three-quit");
        values["r.councils[0].seatsChanged"] = "two";
        values["change.summary"] = "";
        var response = await editor.PostFormAsync("/edit/defections/new", values);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = PageReader.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("not a whole number", page.Single("[data-valmsg-for='r.councils[0].seatsChanged']").Text(), StringComparison.Ordinal);
        Assert.Equal("two", page.Single("input[name='r.councils[0].seatsChanged']").GetAttribute("value"));
        Assert.Equal(0, app.RevisionCount());

        values["r.councils[0].seatsChanged"] = "2";
        values["r.fromParty"] = "";
        values["r.kind"] = "";
        var invalid = await editor.PostFormAsync("/edit/defections/new", values);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var again = PageReader.Parse(await invalid.Content.ReadAsStringAsync());
        Assert.NotNull(again.QuerySelector("[data-valmsg-for='r.kind']"));
        Assert.NotNull(again.QuerySelector("[data-valmsg-for='change.summary']"));
        Assert.Equal(0, app.RevisionCount());
    }

    [Fact]
    public async Task EditForm_SecondEditorOnAnOldVersion_GetsTheConflictPageWithBothVersions()
    {
        using var app = await StartAsync();
        using var first = await app.Factory.SignedInClientAsync("editor@example.org");
        using var second = await app.Factory.SignedInClientAsync("admin@example.org");
        var formOfSecond = PageReader.Parse(await second.GetStringAsync("/edit/parties/green"));
        var staleVersion = formOfSecond.Single("input[name=version]").GetAttribute("value")!;

        var saved = await first.PostFormAsync("/edit/parties/green", new()
        {
            ["r.name"] = "Green Party",
            ["r.kind"] = "nationalParty",
            ["r.colour"] = "#02A95B",
            ["r.shortName"] = "Green",
            ["r.notes"] = "First editor's note",
            ["change.summary"] = "note",
            ["change.source"] = Source,
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var token = formOfSecond.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var conflict = await second.PostAsync("/edit/parties/green", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["version"] = staleVersion,
            ["r.name"] = "Green Party",
            ["r.kind"] = "nationalParty",
            ["r.colour"] = "#02A95B",
            ["r.shortName"] = "Green",
            ["r.notes"] = "Second editor's note",
            ["change.summary"] = "other note",
            ["change.source"] = Source,
        }));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = PageReader.Parse(await conflict.Content.ReadAsStringAsync());
        var diff = page.Single("table.diff").Text();
        Assert.Contains("First editor's note", diff, StringComparison.Ordinal);
        Assert.Contains("Second editor's note", diff, StringComparison.Ordinal);
        Assert.Equal("First editor's note", (await app.RecordAsync("parties", "green")).Record["notes"]!.GetValue<string>());
    }
}
