using System.Net;
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

        // Fixture: 16 events; 7 confirmed, 8 single source, 1 unverified (bramwell-unverified).
        Assert.Equal(total, figures.DefectionCount);
        Assert.Equal(16, figures.DefectionCount);
        Assert.Equal(7, figures.ByVerification[Verification.Confirmed]);
        Assert.Equal(8, figures.ByVerification[Verification.SingleSource]);
        Assert.Equal(1, figures.ByVerification[Verification.Unverified]);
    }

    [Fact]
    public async Task Figures_LeftLabour_CountsEachNamedPersonOnce_AndSaysWhatIsUnknownOrDisputed()
    {
        await using var db = app.Factory.CreateDbContext();
        var labourEvents = await db.Defections.Where(d => d.FromPartySlug == "labour").ToListAsync();

        var labour = (await GetModelAsync()).Figures.LeftLabour;

        // The headline total itself is asserted against the one rule in Consistency/LabourLossesAgreeTests.
        // Pennington was suspended and later resigned: two events, one person.
        Assert.Equal(10, labourEvents.Count);
        Assert.Equal(labourEvents.Count, labour.EventCount);
        Assert.Equal(1, labour.UnknownCountEvents); // the Kirkholme walk-out
        Assert.Equal(["David Pennington"], labour.CountedOnce.Select(c => c.Name));
        var disputed = Assert.Single(labour.Disputed);
        Assert.Equal("2025-02-10-brackenholt-five-quit-labour", disputed.DefectionId);
        Assert.Equal(5, disputed.Recorded);
        Assert.Equal([4], disputed.Others);
    }

    [Fact]
    public async Task Figures_ControlChanged_IsFellsideOnly_AndUnknownWhereSeatsAreUnknown()
    {
        var control = (await GetModelAsync()).Figures.ControlChanges;

        var changed = Assert.Single(control.Changed);
        Assert.Equal("fellside", changed.Council.Slug);
        Assert.Equal("2023-07-14-fellside-three-quit-labour", changed.DefectionId);
        Assert.Equal("14 July 2023", changed.DateDisplay);
        // Castlebridge Town has no composition; Kirkholme's walk-out moved an unknown number of seats.
        Assert.Equal(["castlebridge-town", "kirkholme"], control.Unknown.Select(c => c.Slug));
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
        Assert.Equal("2025-11", model.Latest[0].Date.ToIso());
        // Walsh's "8 April" has no year: its date is not known either, though its report bounds it.
        Assert.Equal(["kirkholme-walsh-leaves-greens-year-not-stated", "bramwell-unverified"], model.Undated.Select(d => d.Id));
        var undated = model.Undated.Single(d => d.Id == "bramwell-unverified");
        Assert.Equal(Verification.Unverified, undated.Verification);
        Assert.Equal(2, undated.CouncillorCount);
        var brackenholt = Assert.Single(model.Latest, d => d.Id == "2025-02-10-brackenholt-five-quit-labour");
        Assert.Equal(5, brackenholt.CouncillorCount);
        Assert.Equal([4], brackenholt.OtherReportedCounts);
    }

    [Fact]
    public async Task Page_ShowsTheFiguresInWords()
    {
        var doc = PageReader.Parse(await GetHtmlAsync());
        var figures = (await GetModelAsync()).Figures;
        var text = doc.Body!.Text();

        var numbers = doc.QuerySelectorAll(".figure-number").Select(n => (n.TextContent, n.NextElementSibling?.TextContent)).ToList();
        Assert.Contains(("16", "defections recorded"), numbers);
        Assert.Contains((figures.LeftLabour.Councillors.ToString(System.Globalization.CultureInfo.InvariantCulture), "councillors left Labour or were suspended"), numbers);
        Assert.Contains("1 event gives no number", text, StringComparison.Ordinal);
        Assert.Contains("Counted once each, though in two events (suspended, then resigned): David Pennington.", text, StringComparison.Ordinal);
        Assert.Contains("5 counted, also reported as 4", text, StringComparison.Ordinal);
        Assert.Contains(doc.QuerySelectorAll("main a[href='/councils/fellside']"), a => a.TextContent == "Fellside District Council");
        Assert.Contains("for Castlebridge Town Council and Kirkholme City Council", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ListsEachLatestDefection_WithLinks_CountOrUnknown_AndItsVerificationInWords()
    {
        var doc = PageReader.Parse(await GetHtmlAsync());
        var model = await GetModelAsync();
        var rows = doc.QuerySelectorAll("tr").Where(r => r.QuerySelector("a[href^='/defections/']") is not null).ToList();

        Assert.Equal(model.Latest.Count + model.Undated.Count, rows.Count);
        foreach (var d in model.Latest.Concat(model.Undated))
        {
            var row = Assert.Single(rows, r => r.QuerySelector($"a[href='/defections/{d.Id}']") is not null);
            Assert.Contains(d.When.ToDisplayWithBasis(), row.Text(), StringComparison.Ordinal);
            Assert.Contains(row.QuerySelectorAll("span.tag"), t => t.TextContent == Wording.VerificationShort(d.Verification));
            foreach (var council in d.Councils)
            {
                Assert.Contains(row.QuerySelectorAll($"a[href='/councils/{council.Slug}']"), a => a.TextContent == council.Name);
            }

            if (d.CouncillorCount is { } n)
            {
                Assert.Contains($"{n}", row.Text(), StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains(row.QuerySelectorAll("span.unknown"), u => u.TextContent == "unknown");
            }
        }

        var bramwell = Assert.Single(rows, r => r.QuerySelector("a[href='/defections/bramwell-unverified']") is not null);
        Assert.Equal("Unverified", bramwell.Single("span.tag-unverified").TextContent);
        Assert.Contains("no council identified", bramwell.Text(), StringComparison.Ordinal);
        Assert.Contains("date not known", bramwell.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_LinksIntoTheMainViews()
    {
        var main = PageReader.Parse(await GetHtmlAsync()).Single("main");

        foreach (var href in new[] { "/councils", "/timeline", "/grievances", "/search", "/defections" })
        {
            Assert.NotNull(main.QuerySelector($"a[href='{href}']"));
        }
    }
}
