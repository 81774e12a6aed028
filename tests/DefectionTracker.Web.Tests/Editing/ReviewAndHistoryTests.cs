using System.Net;
using DefectionTracker.Testing;
using static DefectionTracker.Web.Tests.Editing.EditingTestApp;

namespace DefectionTracker.Web.Tests.Editing;

/// <summary>The review queue and history in the browser's terms: forms with antiforgery, roles, approve and undo.</summary>
public sealed class ReviewAndHistoryTests
{
    [Fact]
    public async Task ReviewQueue_AnonymousRedirectsToSignIn_ContributorIsRefused403()
    {
        using var app = await StartAsync();
        using var anonymous = app.Client();
        var redirect = await anonymous.GetAsync("/edit/reviews");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/account/login", redirect.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        using var contributor = await app.Factory.SignedInClientAsync("contributor@example.org");
        var denied = await contributor.GetAsync("/edit/reviews");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/denied", denied.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.GetAsync("/account/denied")).StatusCode);
    }

    [Fact]
    public async Task ReviewQueue_EditorSeesTheDiffAndApprovesThroughTheForm_ThePublicPageChanges()
    {
        using var app = await StartAsync();
        var (record, etag) = await app.RecordAsync("parties", "green");
        record["name"] = "Green Party of England and Wales";
        using (var contributor = app.Client(app.ContributorToken))
        {
            Assert.Equal(HttpStatusCode.Accepted, (await SendAsync(contributor, HttpMethod.Put, "/api/parties/green", Body(record, "Full registered name"), etag)).StatusCode);
        }

        using var reader = app.Client();
        Assert.DoesNotContain("Green Party of England and Wales", await reader.GetStringAsync("/parties/green"), StringComparison.Ordinal);

        using var editor = await app.Factory.SignedInClientAsync("editor@example.org");
        var queue = PageReader.Parse(await editor.GetStringAsync("/edit/reviews"));
        var diff = queue.Single("table.diff").Text();
        Assert.Contains("Green Party", diff, StringComparison.Ordinal);
        Assert.Contains("Green Party of England and Wales", diff, StringComparison.Ordinal);
        Assert.Contains("Needs an editor: it changes a party or group", queue.Single("main").Text(), StringComparison.Ordinal);

        var action = queue.QuerySelectorAll("form").Select(f => f.GetAttribute("action")).First(a => a!.EndsWith("/approve", StringComparison.Ordinal))!;
        var withoutToken = await editor.PostAsync(action, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        var approved = await editor.PostFormAsync("/edit/reviews", [], action);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("Green Party of England and Wales", await reader.GetStringAsync("/parties/green"), StringComparison.Ordinal);
        Assert.Contains("Nothing is waiting for review", PageReader.Parse(await editor.GetStringAsync("/edit/reviews")).Single("main").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undo_PutsTheRecordBackAsItWas_AsANewChangeInTheHistory()
    {
        using var app = await StartAsync();
        var (original, etag) = await app.RecordAsync("parties", "green");
        var changed = (System.Text.Json.Nodes.JsonObject)original.DeepClone();
        changed["colour"] = "#00FF00";
        using (var api = app.Client(app.EditorToken))
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(api, HttpMethod.Put, "/api/parties/green", Body(changed, "Brighter green"), etag)).StatusCode);
        }

        using var editor = await app.Factory.SignedInClientAsync("editor@example.org");
        var undone = await editor.PostFormAsync("/changes/1", new() { ["summary"] = "Colour was right before" }, "/changes/1/revert");
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal("/changes/2", undone.Headers.Location?.OriginalString);
        var (after, afterTag) = await app.RecordAsync("parties", "green");
        Assert.Equal(original.ToJsonString(), after.ToJsonString());
        Assert.Equal(etag, afterTag);

        using var reader = app.Client();
        var history = PageReader.Parse(await reader.GetStringAsync("/parties/green/history"));
        var lines = history.QuerySelectorAll(".revision-line").Select(l => l.Text()).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains("reverted", lines[0], StringComparison.Ordinal);
        Assert.Contains("corrected", lines[1], StringComparison.Ordinal);
        Assert.Contains("Last corrected", history.Single("dl.facts").Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Undo change", await reader.GetStringAsync("/changes/1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undo_Contributor_IsRefused()
    {
        using var app = await StartAsync();
        var (record, etag) = await app.RecordAsync("parties", "green");
        record["notes"] = "note";
        using (var api = app.Client(app.EditorToken))
        {
            await SendAsync(api, HttpMethod.Put, "/api/parties/green", Body(record), etag);
        }

        using var contributor = await app.Factory.SignedInClientAsync("contributor@example.org");
        var page = PageReader.Parse(await contributor.GetStringAsync("/changes/1"));
        Assert.Empty(page.QuerySelectorAll("form[action='/changes/1/revert']"));
        var token = page.QuerySelector("footer input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await contributor.PostAsync("/changes/1/revert", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(1, app.RevisionCount());
    }

    [Theory]
    [InlineData("/defections/no-such-event/history")]
    [InlineData("/changes/999")]
    [InlineData("/changes?before=0")]
    public async Task History_UnknownRecordOrChange_Is404(string url)
    {
        using var app = await StartAsync();
        using var reader = app.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task RecordPage_SaysWhenItWasAddedAndLastCorrected()
    {
        using var app = await StartAsync();
        using var reader = app.Client();
        Assert.Contains("Added with the first published dataset; not corrected since.",
            PageReader.Parse(await reader.GetStringAsync("/parties/green")).Single(".record-dates").Text(), StringComparison.Ordinal);

        var (record, etag) = await app.RecordAsync("parties", "green");
        record["notes"] = "checked";
        using (var api = app.Client(app.EditorToken))
        {
            await SendAsync(api, HttpMethod.Put, "/api/parties/green", Body(record), etag);
        }

        var today = DateTime.UtcNow.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"last corrected on {today}",
            PageReader.Parse(await reader.GetStringAsync("/parties/green")).Single(".record-dates").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_RecordNeverChangedInTheSite_SaysSo()
    {
        using var app = await StartAsync();
        using var reader = app.Client();
        var page = PageReader.Parse(await reader.GetStringAsync("/defections/2023-07-14-fellside-three-quit-labour/history"));
        var text = page.Single("main").Text();
        Assert.Contains("in the first published dataset", text, StringComparison.Ordinal);
        Assert.Contains("No change has been made", text, StringComparison.Ordinal);
    }
}
