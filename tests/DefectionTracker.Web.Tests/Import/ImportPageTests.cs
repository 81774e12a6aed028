using System.Net;
using DefectionTracker.Testing;
using static DefectionTracker.Web.Tests.Editing.EditingTestApp;

namespace DefectionTracker.Web.Tests.Import;

/// <summary>/edit/import: editors only, a draft shown field by field, and "Use this draft" opening the ordinary form filled in.</summary>
public sealed class ImportPageTests
{
    private const string Article = "Councillors Ruth Askew and Tom Blaylock quit Labour on Fellside District Council on 16 July 2023 and will sit as independents.";

    [Fact]
    public async Task ImportPage_AnonymousRedirectsToSignIn_ContributorIsRefused()
    {
        using var app = await StartAsync();
        using var anonymous = app.Client();
        var redirect = await anonymous.GetAsync("/edit/import");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/account/login", redirect.Headers.Location?.PathAndQuery, StringComparison.Ordinal);

        using var contributor = await app.Factory.SignedInClientAsync("contributor@example.org");
        var denied = await contributor.GetAsync("/edit/import");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/denied", denied.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_Editor_SeesEachFieldWithItsWords_AndTheMatchingEvent()
    {
        using var app = await StartAsync();
        using var editor = await app.Factory.SignedInClientAsync("editor@example.org");

        var response = await editor.PostFormAsync("/edit/import", new() { ["text"] = Article, ["published"] = "2023-07-18", ["publisher"] = "Fellside Gazette" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PageReader.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Fellside District Council", page.Single("#draft-fields tr[data-field=councils]").Text());
        Assert.Contains("quit Labour", page.Single("#draft-fields tr[data-field=fromParty]").Text());
        Assert.Contains("2023-07-16 (day, stated)", page.Single("#draft-fields tr[data-field=date]").Text());
        Assert.Equal("/edit/defections/2023-07-14-fellside-three-quit-labour", page.Single("#edit-matched-event").GetAttribute("href"));
    }

    [Fact]
    public async Task UseThisDraft_OpensTheOrdinaryDefectionForm_Prefilled_AndSavesNothing()
    {
        using var app = await StartAsync();
        using var editor = await app.Factory.SignedInClientAsync("editor@example.org");
        var drafted = PageReader.Parse(await (await editor.PostFormAsync("/edit/import", new() { ["text"] = Article, ["published"] = "2023-07-18" }))
            .Content.ReadAsStringAsync());
        var prefill = drafted.Single("#use-draft input[name=prefill]").GetAttribute("value")!;
        Assert.Equal("/edit/defections/new", drafted.Single("#use-draft").GetAttribute("action"));

        var form = PageReader.Parse(await editor.GetStringAsync("/edit/defections/new?prefill=" + Uri.EscapeDataString(prefill)));

        Assert.Equal("labour", form.Single("select[name='r.fromParty'] option[selected]").GetAttribute("value"));
        Assert.Equal("independent", form.Single("select[name='r.toParty'] option[selected]").GetAttribute("value"));
        Assert.Contains(form.QuerySelectorAll("option[selected]"), o => o.GetAttribute("value") == "ruth-askew");
        using var db = app.Factory.CreateDbContext();
        Assert.Equal(16, db.Defections.Count());
    }

    [Fact]
    public async Task ImportPage_BadPublicationDate_Is400_WithTheProblem()
    {
        using var app = await StartAsync();
        using var editor = await app.Factory.SignedInClientAsync("editor@example.org");

        var response = await editor.PostFormAsync("/edit/import", new() { ["text"] = Article, ["published"] = "18/07/2023" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("YYYY-MM-DD", PageReader.Parse(await response.Content.ReadAsStringAsync()).Single("[role=alert]").Text());
    }
}
