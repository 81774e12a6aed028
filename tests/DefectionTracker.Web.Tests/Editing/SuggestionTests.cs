using System.Net;
using DefectionTracker.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using static DefectionTracker.Web.Tests.Editing.EditingTestApp;

namespace DefectionTracker.Web.Tests.Editing;

/// <summary>The public "suggest a correction" form: no account, never published, closed by an editor.</summary>
public sealed class SuggestionTests
{
    private const string Defection = "/defections/2023-07-14-fellside-three-quit-labour";

    [Fact]
    public async Task RecordPage_LinksToItsHistoryAndTheSuggestionForm()
    {
        using var app = await StartAsync();
        using var reader = app.Client();
        var links = PageReader.Parse(await reader.GetStringAsync(Defection)).Single("aside.record-links");
        Assert.NotNull(links.QuerySelector($"a[href='{Defection}/history']"));
        Assert.NotNull(links.QuerySelector($"a[href='/suggest{Defection}']"));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/suggest{Defection}")).StatusCode);
    }

    [Fact]
    public async Task Suggestion_GoesToTheQueueWithItsContact_IsNeverPublished_AndIsClosedNotApproved()
    {
        using var app = await StartAsync();
        using var anonymous = app.Client();
        var sent = await anonymous.PostFormAsync($"/suggest{Defection}", new()
        {
            ["text"] = "The Gazette later said four councillors left, not three.",
            ["contact"] = "reader@example.net",
        });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("your suggestion is with the editors", PageReader.Parse(await sent.Content.ReadAsStringAsync()).Single(".form-success").Text(), StringComparison.Ordinal);

        Assert.DoesNotContain("four councillors", await anonymous.GetStringAsync($"{Defection}/history"), StringComparison.Ordinal);
        Assert.DoesNotContain("four councillors", await anonymous.GetStringAsync("/changes"), StringComparison.Ordinal);

        using var editor = await app.Factory.SignedInClientAsync("editor@example.org");
        var queue = PageReader.Parse(await editor.GetStringAsync("/edit/reviews")).Single("main").Text();
        Assert.Contains("four councillors left, not three", queue, StringComparison.Ordinal);
        Assert.Contains("reader@example.net", queue, StringComparison.Ordinal);

        using var api = app.Client(app.EditorToken);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync("/api/reviews/1/approve", null)).StatusCode);
        var closed = await editor.PostFormAsync("/edit/reviews", new() { ["reason"] = "Checked: the council's own list says three." }, "/edit/reviews/1/reject");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Contains("Nothing is waiting for review", PageReader.Parse(await editor.GetStringAsync("/edit/reviews")).Single("main").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestion_Empty_Is400NextToTheField_UnknownRecord_Is404()
    {
        using var app = await StartAsync();
        using var anonymous = app.Client();
        var empty = await anonymous.PostFormAsync($"/suggest{Defection}", new() { ["text"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.NotNull(PageReader.Parse(await empty.Content.ReadAsStringAsync()).QuerySelector("[data-valmsg-for=text]"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/suggest/defections/no-such-event")).StatusCode);
        Assert.Equal(0, app.RevisionCount());
    }

    [Fact]
    public async Task Suggestion_WithoutAntiforgeryToken_Is400()
    {
        using var app = await StartAsync();
        using var anonymous = app.Client();
        var response = await anonymous.PostAsync($"/suggest{Defection}", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, app.RevisionCount());
    }

    [Fact]
    public async Task Suggestions_MoreThanTheLimitInAMinute_Are429()
    {
        using var factory = new AppFactory();
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:SuggestionsPerMinute", "2"));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostFormAsync($"/suggest{Defection}", new() { ["text"] = $"suggestion {i}" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
