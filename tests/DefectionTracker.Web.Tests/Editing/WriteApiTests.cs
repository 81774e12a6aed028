using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DefectionTracker.Testing;
using static DefectionTracker.Web.Tests.Editing.EditingTestApp;

namespace DefectionTracker.Web.Tests.Editing;

/// <summary>The write API: roles, review, versions and validation, each checked against what is stored and shown.</summary>
public sealed class WriteApiTests
{
    private static JsonObject NewParty(string id, string name) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["shortName"] = null,
        ["kind"] = "localGroup",
        ["colour"] = "#336699",
        ["colourSource"] = "test palette",
        ["electoralCommissionId"] = null,
        ["notes"] = null,
    };

    [Theory]
    [InlineData("POST", "/api/parties")]
    [InlineData("PUT", "/api/parties/labour")]
    [InlineData("DELETE", "/api/quotes/holt-gaza")]
    [InlineData("GET", "/api/reviews")]
    [InlineData("POST", "/api/reviews/1/approve")]
    public async Task WriteEndpoint_NoToken_Is401AndStoresNothing(string method, string url)
    {
        using var app = await StartAsync();
        using var client = app.Client();
        var response = await SendAsync(client, new HttpMethod(method), url, Body(NewParty("x", "X")), "\"abc\"");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, app.RevisionCount());
    }

    [Theory]
    [InlineData("GET", "/api/reviews")]
    [InlineData("POST", "/api/reviews/1/approve")]
    [InlineData("POST", "/api/reviews/1/reject")]
    public async Task ReviewEndpoint_Contributor_Is403(string method, string url)
    {
        using var app = await StartAsync();
        using var client = app.Client(app.ContributorToken);
        var response = await SendAsync(client, new HttpMethod(method), url, null, null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task WriteEndpoint_SignInCookieInsteadOfToken_Is401()
    {
        using var app = await StartAsync();
        using var client = await app.Factory.SignedInClientAsync("editor@example.org");
        var response = await client.PostAsync("/api/parties", Body(NewParty("cookie-group", "Cookie Group")));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_Editor_Is201WithLocationAndThePartyIsOnItsPage()
    {
        using var app = await StartAsync();
        using var client = app.Client(app.EditorToken);
        var response = await client.PostAsync("/api/parties", Body(NewParty("fellside-first", "Fellside First")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/records/parties/fellside-first", response.Headers.Location?.OriginalString);
        Assert.NotNull(response.Headers.ETag);

        var (record, etag) = await app.RecordAsync("parties", "fellside-first");
        Assert.Equal("Fellside First", record["name"]!.GetValue<string>());
        Assert.Equal(response.Headers.ETag!.Tag, etag);
        using var reader = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/parties/fellside-first")).StatusCode);
    }

    [Fact]
    public async Task Post_IdThatExists_Is409AndStoresNothing()
    {
        using var app = await StartAsync();
        using var client = app.Client(app.EditorToken);
        var response = await client.PostAsync("/api/parties", Body(NewParty("labour", "Labour again")));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0, app.RevisionCount());
    }

    [Fact]
    public async Task Put_Contributor_Is202AndThePublicRecordStaysAsItWasUntilApproved()
    {
        using var app = await StartAsync();
        var (record, etag) = await app.RecordAsync("parties", "castlebridge-independents");
        var notesBefore = record["notes"]?.GetValue<string>();
        record["notes"] = "Formed by the six who left Labour.";
        using var contributor = app.Client(app.ContributorToken);
        var response = await SendAsync(contributor, HttpMethod.Put, "/api/parties/castlebridge-independents", Body(record), etag);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var review = response.Headers.Location!.OriginalString;
        Assert.Matches("^/api/reviews/[0-9]+$", review);

        var (unchanged, sameTag) = await app.RecordAsync("parties", "castlebridge-independents");
        Assert.Equal(notesBefore, unchanged["notes"]?.GetValue<string>());
        Assert.Equal(etag, sameTag);

        using var editor = app.Client(app.EditorToken);
        using (var queue = JsonDocument.Parse(await editor.GetStringAsync("/api/reviews")))
        {
            var item = Assert.Single(queue.RootElement.GetProperty("items").EnumerateArray());
            Assert.Equal("Connie Contributor", item.GetProperty("author").GetString());
            Assert.Equal("it changes a party or group", item.GetProperty("needsEditorBecause").GetString());
            var change = Assert.Single(item.GetProperty("changes").EnumerateArray());
            Assert.Equal("notes", change.GetProperty("path").GetString());
        }

        var approved = await editor.PostAsync(review + "/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var (after, _) = await app.RecordAsync("parties", "castlebridge-independents");
        Assert.Equal("Formed by the six who left Labour.", after["notes"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reject_WithoutReason_Is400_WithReason_LeavesTheRecordAndSaysWhy()
    {
        using var app = await StartAsync();
        var (record, etag) = await app.RecordAsync("parties", "green");
        record["name"] = "The Greens";
        using var contributor = app.Client(app.ContributorToken);
        var review = (await SendAsync(contributor, HttpMethod.Put, "/api/parties/green", Body(record), etag)).Headers.Location!.OriginalString;

        using var editor = app.Client(app.EditorToken);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.PostAsync(review + "/reject", JsonContentOf(new { reason = "" }))).StatusCode);
        var rejected = await editor.PostAsync(review + "/reject", JsonContentOf(new { reason = "The party's registered name is Green Party." }));
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal("Green Party", (await app.RecordAsync("parties", "green")).Record["name"]!.GetValue<string>());
        using var mine = JsonDocument.Parse(await contributor.GetStringAsync(review));
        Assert.Equal("rejected", mine.RootElement.GetProperty("status").GetString());
        Assert.Equal("The party's registered name is Green Party.", mine.RootElement.GetProperty("reviewNote").GetString());
    }

    [Fact]
    public async Task Put_WithoutIfMatch_Is428_StaleIfMatch_Is412WithTheCurrentVersion_AndNothingIsStored()
    {
        using var app = await StartAsync();
        var (record, _) = await app.RecordAsync("parties", "green");
        record["notes"] = "x";
        using var editor = app.Client(app.EditorToken);
        Assert.Equal((HttpStatusCode)428, (await SendAsync(editor, HttpMethod.Put, "/api/parties/green", Body(record), null)).StatusCode);
        var stale = await SendAsync(editor, HttpMethod.Put, "/api/parties/green", Body(record), "\"0000000000\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());
        Assert.Equal("Green Party", problem.RootElement.GetProperty("current").GetProperty("name").GetString());
        Assert.Equal(0, app.RevisionCount());
    }

    [Fact]
    public async Task Put_TwoEditorsFromTheSameVersion_OneWinsAndTheOtherGets412()
    {
        using var app = await StartAsync(fileDatabase: true);
        var (record, etag) = await app.RecordAsync("parties", "green");
        var first = (JsonObject)record.DeepClone();
        first["notes"] = "first editor";
        var second = (JsonObject)record.DeepClone();
        second["notes"] = "second editor";
        using var a = app.Client(app.EditorToken);
        using var b = app.Client(app.EditorToken);
        var responses = await Task.WhenAll(
            SendAsync(a, HttpMethod.Put, "/api/parties/green", Body(first), etag),
            SendAsync(b, HttpMethod.Put, "/api/parties/green", Body(second), etag));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], responses.Select(r => r.StatusCode).Order());
        var winner = responses.Single(r => r.StatusCode == HttpStatusCode.OK);
        var (stored, _) = await app.RecordAsync("parties", "green");
        Assert.Equal(winner == responses[0] ? "first editor" : "second editor", stored["notes"]!.GetValue<string>());
        Assert.Equal(1, app.RevisionCount());
    }

    [Fact]
    public async Task Put_InvalidRecord_Is400WithErrorsKeyedByFieldAndStoresNothing()
    {
        using var app = await StartAsync();
        var (record, etag) = await app.RecordAsync("defections", "2023-07-14-fellside-three-quit-labour");
        record["kind"] = "wandered-off";
        record["fromParty"] = "labor";
        using var editor = app.Client(app.EditorToken);
        var response = await SendAsync(editor, HttpMethod.Put, "/api/defections/2023-07-14-fellside-three-quit-labour", Body(record), etag);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Contains("wandered-off", errors.GetProperty("kind")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("did you mean 'labour'", errors.GetProperty("fromParty")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, app.RevisionCount());
        Assert.Equal(etag, (await app.RecordAsync("defections", "2023-07-14-fellside-three-quit-labour")).ETag);
    }

    [Theory]
    [InlineData(null, EditingTestApp.Source, "summary")]
    [InlineData("Fixed the name", null, "source")]
    [InlineData("Fixed the name", "no-such-source", "source")]
    public async Task Put_WithoutSummaryOrSource_Is400NamingTheField(string? summary, string? source, string field)
    {
        using var app = await StartAsync();
        var (record, etag) = await app.RecordAsync("parties", "green");
        record["notes"] = "x";
        using var editor = app.Client(app.EditorToken);
        var response = await SendAsync(editor, HttpMethod.Put, "/api/parties/green", Body(record, summary, source), etag);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(0, app.RevisionCount());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"id\": 5}")]
    public async Task Post_MalformedBody_Is400(string body)
    {
        using var app = await StartAsync();
        using var editor = app.Client(app.EditorToken);
        var response = await editor.PostAsync("/api/parties", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Delete_RetractsTheRecord_ItsHistoryKeepsIt_AndAPartyStillInUseCannotGo()
    {
        using var app = await StartAsync();
        using var editor = app.Client(app.EditorToken);
        var (_, labourTag) = await app.RecordAsync("parties", "labour");
        var inUse = await SendAsync(editor, HttpMethod.Delete, "/api/parties/labour", Body([]), labourTag);
        Assert.Equal(HttpStatusCode.BadRequest, inUse.StatusCode);
        using (var problem = JsonDocument.Parse(await inUse.Content.ReadAsStringAsync()))
        {
            Assert.Contains("unknown party 'labour'", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }


        var (_, quoteTag) = await app.RecordAsync("quotes", "holt-gaza");
        var retracted = await SendAsync(editor, HttpMethod.Delete, "/api/quotes/holt-gaza", Body([], "Quote misattributed"), quoteTag);
        Assert.Equal(HttpStatusCode.OK, retracted.StatusCode);
        using var reader = app.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/api/records/quotes/holt-gaza")).StatusCode);
        var history = PageReader.Parse(await reader.GetStringAsync("/quotes/holt-gaza/history"));
        Assert.Contains("This record was retracted", history.Single("main").Text(), StringComparison.Ordinal);
        Assert.Contains("Quote misattributed", history.Single("main").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_ListPublishedChangesWithDisplayNamesNeverEmails()
    {
        using var app = await StartAsync();
        var (record, etag) = await app.RecordAsync("parties", "green");
        record["notes"] = "checked";
        using var editor = app.Client(app.EditorToken);
        await SendAsync(editor, HttpMethod.Put, "/api/parties/green", Body(record), etag);
        using var reader = app.Client();
        var json = await reader.GetStringAsync("/api/changes");
        var feed = await reader.GetStringAsync("/feeds/changes.atom");
        var page = await reader.GetStringAsync("/changes");
        var history = await reader.GetStringAsync("/parties/green/history");
        foreach (var text in new[] { json, feed, page, history })
        {
            Assert.Contains("Eddie Editor", text, StringComparison.Ordinal);
            Assert.DoesNotContain("@example.org", text, StringComparison.Ordinal);
        }

        using var doc = JsonDocument.Parse(json);
        Assert.EndsWith("Z", doc.RootElement.GetProperty("items")[0].GetProperty("submittedAtUtc").GetString(), StringComparison.Ordinal);
    }

    private static System.Net.Http.Json.JsonContent JsonContentOf(object value) => System.Net.Http.Json.JsonContent.Create(value);
}
