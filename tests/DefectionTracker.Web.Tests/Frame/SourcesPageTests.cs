using System.Net;
using System.Text.Json;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
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
        return await scope.ServiceProvider.GetRequiredService<SourcesQuery>().GetPageAsync(order, new PageRequest(), CancellationToken.None) ?? throw new InvalidOperationException("page 1 is never past the end");
    }

    private async Task<string> GetHtmlAsync(string url = "/sources")
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The markup of one source's entry in the list.</summary>
    private static string Entry(string html, string sourceId) => PageReader.Parse(html).Single($"li#source-{sourceId}").InnerHtml;

    [Fact]
    public async Task Page_ListsEverySourceOnce_WithPublisherHeadlineDateAndLink()
    {
        await using var db = app.Factory.CreateDbContext();
        var sources = await db.Sources.ToListAsync();

        var html = await GetHtmlAsync();

        Assert.Equal(sources.Count, PageReader.Parse(html).QuerySelectorAll("li[id^='source-']").Length);
        foreach (var s in sources)
        {
            var entry = Entry(html, s.Id);
            Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(s.Publisher), entry, StringComparison.Ordinal);
            Assert.Contains(
                s.Published.IsKnown ? $"published <span>{s.Published.ToDisplay()}</span>" : "published <span class=\"unknown\">date unknown</span>",
                entry, StringComparison.Ordinal);
            foreach (var url in new[] { s.OriginalUrl, s.MirrorUrl }.OfType<string>())
            {
                Assert.Contains($"href=\"{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(url)}\"", entry, StringComparison.Ordinal);
            }

            Assert.Equal(s.HeadlineInferred, entry.Contains("headline inferred from the address", StringComparison.Ordinal));
            Assert.Equal(s.ReadVia == SourceReadVia.Mirror, entry.Contains("Read via a mirror", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Entries_SayHeadlineInferred_AndWhereTheyAreCited()
    {
        var html = await GetHtmlAsync();

        // Fixture: Radio Brackenholt's headline is from its address and its date is unknown.
        var radio = Entry(html, "radio-brackenholt-five");
        Assert.Contains("brackenholt five councillors leave labour", radio, StringComparison.Ordinal);
        Assert.Contains("headline inferred from the address", radio, StringComparison.Ordinal);
        Assert.Contains("<span class=\"unknown\">date unknown</span>", radio, StringComparison.Ordinal);
        Assert.Contains("href=\"/defections/2025-02-10-brackenholt-five-quit-labour\"", radio, StringComparison.Ordinal);
        Assert.DoesNotContain("Read via a mirror", radio, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MirrorEntry_NamesTheOriginalPublisher_LinksItsPage_AndTheCopyThatWasRead()
    {
        var entry = PageReader.Parse(await GetHtmlAsync()).Single("li#source-north-west-today-fellside");

        // Fixture: North West Today's page would not load; the same text was read on copies-of-news.example.
        Assert.Equal("North West Today", entry.QuerySelector(".publisher")!.TextContent);
        Assert.Equal("https://northwest-today.example/politics/fellside-labour-loses-control",
            entry.QuerySelector(".source-title a")!.GetAttribute("href"));
        var mirror = entry.QuerySelector(".read-via a")!;
        Assert.Equal("https://copies-of-news.example/northwest-today/fellside-labour-loses-control", mirror.GetAttribute("href"));
        Assert.Equal("copy on copies-of-news.example", mirror.TextContent);
        Assert.Contains("read via a mirror", entry.QuerySelector(".source-tags")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MirrorEntry_WhoseOriginalIsNotKnown_SaysSo_AndLinksOnlyTheCopy()
    {
        var entry = PageReader.Parse(await GetHtmlAsync()).Single("li#source-dales-weekly-brackenholt-five");

        Assert.Equal("Dales Weekly", entry.QuerySelector(".publisher")!.TextContent);
        Assert.Null(entry.QuerySelector(".source-title a"));
        Assert.Contains("publisher's own address not known", entry.TextContent, StringComparison.Ordinal);
        Assert.Equal(["https://news-aggregator.example/dales-weekly/brackenholt-five-walk-out"],
            entry.QuerySelectorAll("a[rel~='external']").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task StartingArticle_IsMarkedInWords_NeverByItsNumber()
    {
        var entry = PageReader.Parse(await GetHtmlAsync()).Single("li#source-fellside-gazette-three-quit");

        // Fixture: the Fellside Gazette's report has seedArticle "000", an editor's number readers never see.
        Assert.Contains("one of the starting articles", entry.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("000", entry.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("seed", entry.TextContent, StringComparison.OrdinalIgnoreCase);
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
        Assert.Contains("href=\"/defections/bramwell-unverified\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disagreements_BrackenholtCounts_5And4_EachWithItsSources()
    {
        var counts = (await GetModelAsync()).Disagreements.Counts;

        // The fixture's one event whose sources disagree on the count: two outlets say 5, the council's list 4.
        var brackenholt = Assert.Single(counts);
        Assert.Equal("2025-02-10-brackenholt-five-quit-labour", brackenholt.Defection.Id);
        Assert.Equal(5, brackenholt.Recorded);
        Assert.Equal([5, 4], brackenholt.Counts.Select(c => c.Count).ToArray());
        Assert.Equal(["radio-brackenholt-five", "yorkshire-post-brackenholt-five"], brackenholt.Counts[0].Sources.Select(s => s.Source.Id).Order(StringComparer.Ordinal));
        Assert.Equal("brackenholt-council-members-march-2025", Assert.Single(brackenholt.Counts[1].Sources).Source.Id);
    }

    [Fact]
    public async Task Disagreements_FellsideDateConflict_ComesFromTheNotes()
    {
        var noted = (await GetModelAsync()).Disagreements.Noted;

        var fellside = Assert.Single(noted);
        Assert.Equal("2023-07-14-fellside-three-quit-labour", fellside.Defection.Id);
        Assert.Equal("14 July 2023", fellside.RecordedDate.ToDisplay());
        var text = string.Concat(fellside.Conflict.Select(s => s.Text));
        Assert.Contains("'13 July 2023'", text, StringComparison.Ordinal);
        Assert.Contains(fellside.Conflict, s => s.SourceId == "north-west-today-fellside");
        Assert.Contains(fellside.Sources, s => s.Id == "fellside-gazette-three-quit");
    }

    [Fact]
    public async Task Disagreements_SeatTables_BrackenholtEventsSay36And9_TheListSays37And8()
    {
        var tables = (await GetModelAsync()).Disagreements.SeatTables;

        // Only Brackenholt has a later snapshot that is not an election: 40 + 1 - 5 = 36 Labour, 5 - 1 + 5 = 9 Ind.
        var brackenholt = Assert.Single(tables);
        Assert.Equal("brackenholt", brackenholt.Council.Slug);
        Assert.Equal("brackenholt-council-members-march-2025", brackenholt.Source.Id);
        Assert.Contains(brackenholt.Differences, d => d.Party?.Slug == "labour" && (d.FromEvents, d.Stated) == (36, 37));
        Assert.Contains(brackenholt.Differences, d => d.Party?.Slug == "independent" && (d.FromEvents, d.Stated) == (9, 8));
    }

    [Fact]
    public async Task Page_ShowsTheDisagreementsWithLinksToTheSourcesOnThePage()
    {
        var html = await GetHtmlAsync();
        var doc = PageReader.Parse(html);
        var text = doc.Body!.Text();

        Assert.Contains("5 (the figure the record uses), according to", text, StringComparison.Ordinal);
        Assert.Contains(doc.QuerySelectorAll("a.source-ref[href='/sources#source-brackenholt-council-members-march-2025']"),
            a => a.TextContent == "Brackenholt Metropolitan Borough Council" && a.PreviousSibling?.TextContent.Contains("according to", StringComparison.Ordinal) == true);
        Assert.Contains("'13 July 2023'", text, StringComparison.Ordinal);
        var anchors = doc.QuerySelectorAll("a[href^='/sources#source-']").Select(a => a.GetAttribute("href")!["/sources#".Length..]).Distinct();
        Assert.All(anchors, id => Assert.NotNull(doc.GetElementById(id)));
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
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var items = root.GetProperty("items").EnumerateArray().ToList();
        await using var db = app.Factory.CreateDbContext();

        Assert.Equal(await db.Sources.CountAsync(), items.Count);
        Assert.Equal(items.Count, root.GetProperty("total").GetInt32());
        var radio = Assert.Single(items, i => i.GetProperty("id").GetString() == "radio-brackenholt-five");
        Assert.True(radio.GetProperty("headlineInferred").GetBoolean());
        Assert.Equal("original", radio.GetProperty("readVia").GetString());
        Assert.Equal("https://radio-brackenholt.example/news/brackenholt-five-councillors-leave-labour", radio.GetProperty("originalUrl").GetString());
        Assert.Equal(JsonValueKind.Null, radio.GetProperty("mirrorUrl").ValueKind);
        Assert.Equal(JsonValueKind.Null, radio.GetProperty("published").ValueKind);
        Assert.Equal("unknown", radio.GetProperty("publishedPrecision").GetString());
        Assert.Contains(radio.GetProperty("usedBy").GetProperty("defections").EnumerateArray(),
            d => d.GetString() == "2025-02-10-brackenholt-five-quit-labour");
        var mirror = Assert.Single(items, i => i.GetProperty("id").GetString() == "north-west-today-fellside");
        Assert.Equal("mirror", mirror.GetProperty("readVia").GetString());
        Assert.False(mirror.GetProperty("headlineInferred").GetBoolean());
        Assert.Equal("https://northwest-today.example/politics/fellside-labour-loses-control", mirror.GetProperty("originalUrl").GetString());
        Assert.Equal("https://copies-of-news.example/northwest-today/fellside-labour-loses-control", mirror.GetProperty("mirrorUrl").GetString());
        var unknownOriginal = Assert.Single(items, i => i.GetProperty("id").GetString() == "dales-weekly-brackenholt-five");
        Assert.Equal("mirror", unknownOriginal.GetProperty("readVia").GetString());
        Assert.Equal(JsonValueKind.Null, unknownOriginal.GetProperty("originalUrl").ValueKind);
        Assert.Equal("2023-07-15", mirror.GetProperty("published").GetString());
        Assert.Equal("day", mirror.GetProperty("publishedPrecision").GetString());
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
