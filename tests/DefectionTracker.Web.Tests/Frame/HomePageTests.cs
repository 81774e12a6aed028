using System.Net;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Home;
using DefectionTracker.Web.Features.Shared;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Frame;

[Collection(SharedAppCollection.Name)]
public class HomePageTests(SharedAppFixture app)
{
    private async Task<HomeViewModel> GetModelAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HomeQuery>().GetAsync(CancellationToken.None);
    }

    private async Task<string> GetHtmlAsync()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Figures_DefectionsRecorded_CountsEveryEventByVerification()
    {
        await using var db = app.Factory.CreateDbContext();
        var total = await db.Defections.CountAsync();

        var figures = (await GetModelAsync()).Figures;

        Assert.Equal(total, figures.DefectionCount);
        Assert.Equal(17, figures.DefectionCount);
        Assert.Equal(14, figures.ByVerification[Verification.Confirmed]);
        Assert.Equal(2, figures.ByVerification[Verification.SingleSource]);
        Assert.Equal(1, figures.ByVerification[Verification.Unverified]);
    }

    [Fact]
    public async Task Figures_LeftLabour_SumsKnownCounts_CountsEachNamedPersonOnce_AndSaysHowManyCountsAreUnknown()
    {
        await using var db = app.Factory.CreateDbContext();
        var labourEvents = await db.Defections.Where(d => d.FromPartySlug == "labour").ToListAsync();
        var knownSum = labourEvents.Sum(d => d.CouncillorCount ?? 0);

        var labour = (await GetModelAsync()).Figures.LeftLabour;

        // 65 from the events' counts; Quddoos and Matsiko were each suspended and later resigned: two events, one person each.
        Assert.Equal(65, knownSum);
        Assert.Equal(knownSum - 2, labour.Councillors);
        Assert.Equal(labourEvents.Count, labour.EventCount);
        // Humberstone gives no number and is unverified: listed, never added, and not an "unknown count" of the total.
        Assert.Equal(0, labour.UnknownCountEvents);
        Assert.Equal(1, labour.UnverifiedEvents);
        Assert.Equal(["AJ Matsiko", "Shuguftah Quddoos"], labour.CountedOnce.Select(c => c.Name));
        var disputed = Assert.Single(labour.Disputed);
        Assert.Equal("2025-01-02-broxtowe-twenty-quit-labour", disputed.DefectionId);
        Assert.Equal(20, disputed.Recorded);
        Assert.Equal([18], disputed.Others);
    }

    [Fact]
    public async Task Figures_ControlChanged_IsBroxtoweOnly_AndUnknownForTheTownCouncils()
    {
        var control = (await GetModelAsync()).Figures.ControlChanges;

        var changed = Assert.Single(control.Changed);
        Assert.Equal("broxtowe", changed.Council.Slug);
        Assert.Equal("2025-01-02-broxtowe-twenty-quit-labour", changed.DefectionId);
        Assert.Equal("2 January 2025", changed.DateDisplay);
        Assert.Equal(["brierfield-town", "nelson-town"], control.Unknown.Select(c => c.Slug));
        Assert.Equal(7, control.CouncilCount);
    }

    [Fact]
    public async Task Latest_AreTheNewestKnownDates_NewestFirst_AndTheUndatedReportIsListedApart()
    {
        await using var db = app.Factory.CreateDbContext();
        var dates = (await db.Defections.Select(d => d.Date).ToListAsync()).Where(d => d.IsKnown).OrderDescending().ToList();

        var model = await GetModelAsync();

        Assert.Equal(HomeQuery.LatestCount, model.Latest.Count);
        Assert.Equal(dates.Take(HomeQuery.LatestCount), model.Latest.Select(d => d.Date));
        Assert.Equal("2025-10-30", model.Latest[0].Date.ToIso());
        var undated = Assert.Single(model.Undated);
        Assert.Equal("humberstone-unverified", undated.Id);
        Assert.Equal(Verification.Unverified, undated.Verification);
        Assert.Null(undated.CouncillorCount);
        var broxtowe = Assert.Single(model.Latest, d => d.Id == "2025-01-02-broxtowe-twenty-quit-labour");
        Assert.Equal(20, broxtowe.CouncillorCount);
        Assert.Equal([18], broxtowe.OtherReportedCounts);
    }

    [Fact]
    public async Task Page_ShowsTheFiguresInWords()
    {
        var html = Collapse(await GetHtmlAsync());

        Assert.Contains("<span class=\"figure-number\">17</span> <span class=\"figure-label\">defections recorded</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"figure-number\">63</span> <span class=\"figure-label\">councillors left Labour or were suspended</span>", html, StringComparison.Ordinal);
        Assert.Contains("1 unverified report is listed but not counted", html, StringComparison.Ordinal);
        Assert.Contains("AJ Matsiko and Shuguftah Quddoos", html, StringComparison.Ordinal);
        Assert.Contains("20 counted, also reported as 18", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/councils/broxtowe\">Broxtowe Borough Council</a>", html, StringComparison.Ordinal);
        Assert.Contains("for Brierfield Town Council and Nelson Town Council", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ListsEachLatestDefection_WithLinks_CountOrUnknown_AndItsVerificationInWords()
    {
        var html = await GetHtmlAsync();
        var model = await GetModelAsync();
        var rows = Regex.Matches(html, "<tr>(.*?)</tr>", RegexOptions.Singleline).Select(m => m.Groups[1].Value)
            .Where(r => r.Contains("/defections/", StringComparison.Ordinal)).ToList();

        Assert.Equal(model.Latest.Count + model.Undated.Count, rows.Count);
        foreach (var d in model.Latest.Concat(model.Undated))
        {
            var row = Assert.Single(rows, r => r.Contains($"href=\"/defections/{d.Id}\"", StringComparison.Ordinal));
            Assert.Contains(d.Date.ToDisplay(), row, StringComparison.Ordinal);
            Assert.Contains(Wording.VerificationShort(d.Verification) + "</span>", row, StringComparison.Ordinal);
            foreach (var council in d.Councils)
            {
                Assert.Contains($"<a href=\"/councils/{council.Slug}\">{council.Name}</a>", row, StringComparison.Ordinal);
            }

            Assert.Contains(d.CouncillorCount is { } n ? $"{n}" : "<span class=\"unknown\">unknown</span>", row, StringComparison.Ordinal);
        }

        var humberstone = Assert.Single(rows, r => r.Contains("humberstone-unverified", StringComparison.Ordinal));
        Assert.Contains("class=\"tag tag-unverified\">Unverified</span>", humberstone, StringComparison.Ordinal);
        Assert.Contains("no council identified", humberstone, StringComparison.Ordinal);
        Assert.Contains("date unknown", humberstone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_LinksIntoTheMainViews()
    {
        var html = await GetHtmlAsync();
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

        foreach (var href in new[] { "/councils", "/timeline", "/grievances", "/search", "/defections" })
        {
            Assert.Contains($"<a href=\"{href}\">", main, StringComparison.Ordinal);
        }
    }

    private static string Collapse(string html) => Regex.Replace(html, @"\s+", " ");
}
