using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Sources;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Frame;

[Collection(SharedAppCollection.Name)]
public class SourcesPageTests(SharedAppFixture app)
{
    private async Task<SourcesPageViewModel> GetModelAsync(SourcesOrder order = SourcesOrder.Publisher)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SourcesQuery>().GetPageAsync(order, CancellationToken.None);
    }

    private async Task<string> GetHtmlAsync(string url = "/sources")
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The markup of one source's entry in the list.</summary>
    private static string Entry(string html, string sourceId)
    {
        var start = html.IndexOf($"<li id=\"source-{sourceId}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no entry for {sourceId}");
        var end = html.IndexOf("</li>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [Fact]
    public async Task Page_ListsEverySourceOnce_WithPublisherHeadlineDateAndLink()
    {
        await using var db = app.Factory.CreateDbContext();
        var sources = await db.Sources.ToListAsync();

        var html = await GetHtmlAsync();

        Assert.Equal(sources.Count, Regex.Count(html, "<li id=\"source-"));
        foreach (var s in sources)
        {
            var entry = Entry(html, s.Id);
            Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(s.Publisher), entry, StringComparison.Ordinal);
            Assert.Contains(
                s.Published.IsKnown ? $"published <span>{s.Published.ToDisplay()}</span>" : "published <span class=\"unknown\">date unknown</span>",
                entry, StringComparison.Ordinal);
            if (s.Url is not null)
            {
                Assert.Contains($"href=\"{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(s.Url)}\"", entry, StringComparison.Ordinal);
            }

            Assert.Equal(s.TitleInferred, entry.Contains("headline inferred from the URL", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Entry_ForTheGuardianSeed_SaysHeadlineInferred_ReadThroughAMirror_AndWhereItIsCited()
    {
        var entry = Entry(await GetHtmlAsync(), "seed-000-guardian-broxtowe");

        Assert.Contains("Labour loses 20 councillors in Nottinghamshire over Starmer leadership", entry, StringComparison.Ordinal);
        Assert.Contains("headline inferred from the URL", entry, StringComparison.Ordinal);
        Assert.Contains("read through a mirror", entry, StringComparison.Ordinal);
        Assert.Contains("seed article 000", entry, StringComparison.Ordinal);
        Assert.Contains("link to seputarglobal.com", entry, StringComparison.Ordinal);
        Assert.Contains("<span class=\"unknown\">date unknown</span>", entry, StringComparison.Ordinal);
        Assert.Contains("href=\"/defections/2025-01-02-broxtowe-twenty-quit-labour\"", entry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ExplainsCollectionAndTheThreeVerificationLabels()
    {
        var html = await GetHtmlAsync();

        Assert.Contains("<h2 id=\"collection\">How the data is collected</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"verification\">", html, StringComparison.Ordinal);
        foreach (var tag in new[] { "tag-confirmed\">Confirmed", "tag-single-source\">Single source", "tag-unverified\">Unverified" })
        {
            Assert.Contains(tag, html, StringComparison.Ordinal);
        }

        Assert.Contains("Two or more independent sources agree", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/defections/humberstone-unverified\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disagreements_BroxtoweCounts_20And18_EachWithItsSources()
    {
        var counts = (await GetModelAsync()).Disagreements.Counts;

        var broxtowe = Assert.Single(counts);
        Assert.Equal("2025-01-02-broxtowe-twenty-quit-labour", broxtowe.Defection.Id);
        Assert.Equal(20, broxtowe.Recorded);
        Assert.Equal([20, 18], broxtowe.Counts.Select(c => c.Count).ToArray());
        Assert.Equal(5, broxtowe.Counts[0].Sources.Count);
        Assert.Contains(broxtowe.Counts[0].Sources, s => s.Source.Id == "seed-000-guardian-broxtowe");
        Assert.Equal("broxtowe-political-structure", Assert.Single(broxtowe.Counts[1].Sources).Source.Id);
    }

    [Fact]
    public async Task Disagreements_BurnleyDateConflict_ComesFromTheNotes()
    {
        var noted = (await GetModelAsync()).Disagreements.Noted;

        var burnley = Assert.Single(noted);
        Assert.Equal("2023-11-05-burnley-eleven-quit-labour", burnley.Defection.Id);
        Assert.Equal("5 November 2023", burnley.RecordedDate.ToDisplay());
        var text = string.Concat(burnley.Conflict.Select(s => s.Text));
        Assert.Contains("'October 2023'", text, StringComparison.Ordinal);
        Assert.Contains(burnley.Conflict, s => s.SourceId == "movatter-wikipedia-2024-burnley-election");
        Assert.Contains(burnley.Sources, s => s.Id == "easterneye-burnley-gaza");
    }

    [Fact]
    public async Task Disagreements_SeatTables_NottinghamIndependents3Or4_AndPendle32Of33()
    {
        var tables = (await GetModelAsync()).Disagreements.SeatTables;

        var nottingham = Assert.Single(tables, t => t.Council.Slug == "nottingham");
        var independents = Assert.Single(nottingham.Differences, d => d.Party?.Slug == "nottingham-independents");
        Assert.Equal((3, 4), (independents.FromEvents, independents.Stated));
        Assert.Equal("seed-003-hucknall-dispatch-npa", nottingham.Source.Id);

        var pendle = Assert.Single(tables, t => t.Council.Slug == "pendle");
        Assert.Equal((32, 33), (pendle.SeatsStated, pendle.TotalSeats));

        var broxtowe = Assert.Single(tables, t => t.Council.Slug == "broxtowe");
        Assert.Contains(broxtowe.Differences, d => d.Party?.Slug == "broxtowe-independents" && d.FromEvents == 20 && d.Stated == 18);
        Assert.Equal(["bolsover", "broxtowe", "burnley", "nottingham", "pendle"], tables.Select(t => t.Council.Slug).ToArray());
    }

    [Fact]
    public async Task Page_ShowsTheDisagreementsWithLinksToTheSourcesOnThePage()
    {
        var html = Regex.Replace(await GetHtmlAsync(), @"\s+", " ");

        Assert.Contains("<strong>20</strong> (the figure the record uses), according to", html, StringComparison.Ordinal);
        Assert.Contains("<strong>18</strong>, according to <a class=\"source-ref\" href=\"/sources#source-broxtowe-political-structure\">Broxtowe Borough Council</a>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>32 of 33 seats</strong>", html, StringComparison.Ordinal);
        Assert.Contains("&#x27;October 2023&#x27;", html, StringComparison.Ordinal);
        foreach (var anchor in Regex.Matches(html, "href=\"/sources#source-([a-z0-9-]+)\"").Select(m => m.Groups[1].Value).Distinct())
        {
            Assert.Contains($"<li id=\"source-{anchor}\">", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OrderByDate_GroupsByYear_NewestFirst_UnknownLast()
    {
        var model = await GetModelAsync(SourcesOrder.Date);
        var html = await GetHtmlAsync("/sources?sort=date");

        Assert.Equal(["2025", "2024", "2023"], model.Groups.Take(3).Select(g => g.Heading ?? "").ToArray());
        Assert.Equal("Publication date not known", model.Groups[^1].Heading);
        Assert.All(model.Groups[^1].Sources, s => Assert.False(s.Published.IsKnown));
        foreach (var group in model.Groups)
        {
            Assert.Equal(group.Sources.Select(s => s.Published).OrderDescending(), group.Sources.Select(s => s.Published));
        }

        Assert.Contains("<strong aria-current=\"true\">by publication date</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_ListsEverySource_WithDatePrecisionFlagsAndUses()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/sources");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        await using var db = app.Factory.CreateDbContext();

        Assert.Equal(await db.Sources.CountAsync(), items.Count);
        var guardian = Assert.Single(items, i => i.GetProperty("id").GetString() == "seed-000-guardian-broxtowe");
        Assert.True(guardian.GetProperty("titleInferred").GetBoolean());
        Assert.True(guardian.GetProperty("readThroughMirror").GetBoolean());
        Assert.Equal(JsonValueKind.Null, guardian.GetProperty("published").ValueKind);
        Assert.Equal("unknown", guardian.GetProperty("publishedPrecision").GetString());
        Assert.Contains(guardian.GetProperty("usedBy").GetProperty("defections").EnumerateArray(),
            d => d.GetString() == "2025-01-02-broxtowe-twenty-quit-labour");
        var labourHub = Assert.Single(items, i => i.GetProperty("id").GetString() == "labourhub-broxtowe-twenty");
        Assert.Equal("2025-01-02", labourHub.GetProperty("published").GetString());
        Assert.Equal("day", labourHub.GetProperty("publishedPrecision").GetString());
    }

    [Fact]
    public async Task Verification_CountsMatchTheData()
    {
        await using var db = app.Factory.CreateDbContext();
        var expected = await db.Defections.GroupBy(d => d.Verification).ToDictionaryAsync(g => g.Key, g => g.Count());

        var model = await GetModelAsync();

        foreach (var v in Enum.GetValues<Verification>())
        {
            Assert.Equal(expected.GetValueOrDefault(v), model.ByVerification[v]);
        }
    }
}
