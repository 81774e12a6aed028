using System.Net;
using System.Text.Json;
using DefectionTracker.Web.Tests.Infrastructure;
using static DefectionTracker.Web.Tests.Search.SearchTestClient;

namespace DefectionTracker.Web.Tests.Search;

/// <summary>What the seed data must give for the searches people make (issue 6's list), through the JSON API.</summary>
[Collection(SharedAppCollection.Name)]
public class SearchTests(SharedAppFixture app)
{
    private const string Broxtowe2025 = "/defections/2025-01-02-broxtowe-twenty-quit-labour";
    private const string Bolsover2025 = "/defections/2025-03-bolsover-three-quit-labour";
    private const string Burnley2023 = "/defections/2023-11-05-burnley-eleven-quit-labour";
    private const string Pendle2024 = "/defections/2024-04-pendle-nelson-brierfield-twenty";
    private const string Farhat = "/defections/2023-10-18-nottingham-farhat";
    private const string Humberstone = "/defections/humberstone-unverified";

    private static List<string> Urls(List<Result> results) => [.. results.Select(r => r.Url)];

    [Fact]
    public async Task WinterFuel_FindsBroxtowe()
    {
        var results = await ResultsAsync(app, "winter fuel");

        Assert.Contains(Broxtowe2025, Urls(results));
        Assert.Contains("/councils/broxtowe", Urls(results));
        Assert.Equal("/grievances/winter-fuel-payment", results[0].Url);
    }

    [Fact]
    public async Task Waspi_FindsBolsover()
    {
        var results = await ResultsAsync(app, "WASPI");

        Assert.Contains(Bolsover2025, Urls(results));
        Assert.Contains("/councils/bolsover", Urls(results));
        Assert.Contains("/councillors/sandra-peake", Urls(results));
    }

    [Fact]
    public async Task Gaza_FindsBurnleyPendleFarhatAndTheUnverifiedHumberstoneReport()
    {
        var urls = Urls(await ResultsAsync(app, "Gaza"));

        Assert.Contains(Burnley2023, urls);
        Assert.Contains("/councils/burnley", urls);
        Assert.Contains(Pendle2024, urls);
        Assert.Contains("/councils/pendle", urls);
        Assert.Contains(Farhat, urls);
        Assert.Contains("/councillors/nadia-farhat", urls);
        Assert.Contains(Humberstone, urls);
    }

    [Fact]
    public async Task Democracy_FindsBroxtowePendleAndTheHumberstoneReport()
    {
        var results = await ResultsAsync(app, "democracy");
        var urls = Urls(results);

        // Broxtowe through Radulovic's "destroying local democracy"; Pendle and Humberstone through the
        // internal-democracy grievance that "democracy" names.
        Assert.Contains(results, r => r.Url == Broxtowe2025 && r.Kind == "quote" && r.Snippet.Contains("<mark>democracy</mark>", StringComparison.Ordinal));
        Assert.Contains(Pendle2024, urls);
        Assert.Contains(Humberstone, urls);
    }

    [Theory]
    [InlineData("cuts", "<mark>cut</mark>")]
    [InlineData("fares", "<mark>fare")]
    public async Task Stemming_FindsOtherFormsOfTheWord(string query, string marked)
    {
        var results = await ResultsAsync(app, query);

        Assert.Contains(results, r => r.Snippet.Contains(marked, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("winter fuel allowance", "winter-fuel-payment", Broxtowe2025)]
    [InlineData("winter fuel payment", "winter-fuel-payment", Broxtowe2025)]
    [InlineData("ceasefire", "gaza", Pendle2024)]
    [InlineData("palestine", "gaza", Farhat)]
    [InlineData("pension", "waspi-pensions", Bolsover2025)]
    [InlineData("unitary", "local-government-reorganisation", Broxtowe2025)]
    [InlineData("super councils", "local-government-reorganisation", Broxtowe2025)]
    public async Task Synonym_LeadsToTheGrievance_AndWhatIsTaggedWithIt(string query, string grievance, string defection)
    {
        var body = await ApiAsync(app, "q=" + Encode(query) + "&pageSize=100");
        var urls = body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()).ToList();

        Assert.Contains(grievance, body.GetProperty("expandedGrievances").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains($"/grievances/{grievance}", urls);
        Assert.Contains(defection, urls);
    }

    [Fact]
    public async Task Ceasefire_DoesNotReachUnrelatedDefections()
    {
        var urls = Urls(await ResultsAsync(app, "ceasefire"));

        Assert.DoesNotContain(Bolsover2025, urls);
        Assert.DoesNotContain(Broxtowe2025, urls);
    }

    [Fact]
    public async Task Zzzz_FindsNothing()
    {
        var body = await ApiAsync(app, "q=zzzz");

        Assert.Equal(0, body.GetProperty("total").GetInt32());
        Assert.Equal(0, body.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Api_HasTheDocumentedShape()
    {
        var body = await ApiAsync(app, "q=gaza");

        Assert.Equal("gaza", body.GetProperty("query").GetString());
        Assert.True(body.GetProperty("total").GetInt32() > 0);
        var first = body.GetProperty("results")[0];
        foreach (var field in new[] { "kind", "title", "url", "snippet" })
        {
            Assert.Equal(JsonValueKind.String, first.GetProperty(field).ValueKind);
        }

        Assert.Contains("<mark>", body.GetProperty("snippetFormat").GetString(), StringComparison.Ordinal);
        var facets = body.GetProperty("facets");
        foreach (var facet in new[] { "grievance", "council", "party", "year" })
        {
            var values = facets.GetProperty(facet).EnumerateArray().ToList();
            Assert.NotEmpty(values);
            Assert.All(values, v => Assert.True(v.GetProperty("count").GetInt32() > 0));
        }
    }

    [Fact]
    public async Task Snippets_MarkMatchedWords_AndEncodeEverythingElse()
    {
        var results = await ResultsAsync(app, "Farhat");
        var farhat = results.First(r => r.Url == Farhat);

        Assert.Contains("<mark>Farhat</mark>", farhat.Snippet, StringComparison.Ordinal);
        var withoutMarks = string.Concat(results.Select(r => r.Snippet)).Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        Assert.DoesNotContain('<', withoutMarks);
        Assert.DoesNotContain('>', withoutMarks);
    }

    [Fact]
    public async Task Ranking_PutsTheGrievanceFirst_AndSourcesBelowTheEvents()
    {
        var results = await ResultsAsync(app, "gaza");

        Assert.Equal("/grievances/gaza", results[0].Url);
        var firstSource = results.FindIndex(r => r.Kind == "source");
        var farhat = results.FindIndex(r => r.Url == Farhat && r.Kind == "defection");
        Assert.True(farhat < firstSource, $"Farhat's defection at {farhat}, first source at {firstSource}");
    }

    [Fact]
    public async Task CouncilFacet_NarrowsTheResults_AndItsCountsAddUp()
    {
        var all = await ApiAsync(app, "q=gaza&pageSize=100");
        var burnleyCount = all.GetProperty("facets").GetProperty("council").EnumerateArray()
            .Single(v => v.GetProperty("value").GetString() == "burnley").GetProperty("count").GetInt32();

        var narrowed = await ApiAsync(app, "q=gaza&council=burnley&pageSize=100");
        var urls = narrowed.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()).ToList();

        Assert.Equal(burnleyCount, narrowed.GetProperty("total").GetInt32());
        Assert.True(burnleyCount < all.GetProperty("total").GetInt32());
        Assert.Contains(Burnley2023, urls);
        Assert.DoesNotContain(Farhat, urls);
        Assert.DoesNotContain(Pendle2024, urls);
        var selected = narrowed.GetProperty("facets").GetProperty("council").EnumerateArray().Single(v => v.GetProperty("selected").GetBoolean());
        Assert.Equal("burnley", selected.GetProperty("value").GetString());
    }

    [Fact]
    public async Task YearAndPartyFacets_Narrow()
    {
        var y2025 = Urls(await ResultsAsync(app, "labour", "&year=2025"));
        var green = Urls(await ResultsAsync(app, "nottingham", "&party=green"));

        Assert.Contains(Broxtowe2025, y2025);
        Assert.DoesNotContain(Burnley2023, y2025);
        Assert.Contains("/defections/2025-03-03-nottingham-quddoos-joins-green", green);
        Assert.DoesNotContain(Farhat, green);
    }

    [Fact]
    public async Task GrievanceFacet_WithoutWords_ListsEverythingTaggedWithIt()
    {
        var urls = Urls(await ResultsAsync(app, "", "&grievance=waspi-pensions"));

        Assert.Contains(Bolsover2025, urls);
        Assert.Contains("/grievances/waspi-pensions", urls);
        Assert.DoesNotContain(Broxtowe2025, urls);
    }

    [Fact]
    public async Task Pagination_GivesDifferentPages_ThatAddUpToTheTotal()
    {
        var first = await ApiAsync(app, "q=labour&pageSize=5");
        var total = first.GetProperty("total").GetInt32();
        var seen = new List<string>();
        for (var page = 1; page <= (total + 4) / 5; page++)
        {
            var body = await ApiAsync(app, $"q=labour&pageSize=5&page={page}");
            seen.AddRange(body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("kind").GetString() + r.GetProperty("url").GetString() + r.GetProperty("title").GetString()));
        }

        Assert.True(total > 10);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task Results_LinkToTheRightPages()
    {
        var kinds = (await ResultsAsync(app, "broxtowe")).Concat(await ResultsAsync(app, "winter fuel"))
            .GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.First().Url);

        Assert.StartsWith("/defections/", kinds["defection"], StringComparison.Ordinal);
        Assert.StartsWith("/defections/", kinds["quote"], StringComparison.Ordinal);
        Assert.StartsWith("/councils/", kinds["council"], StringComparison.Ordinal);
        Assert.StartsWith("/councillors/", kinds["councillor"], StringComparison.Ordinal);
        Assert.StartsWith("/parties/", kinds["party"], StringComparison.Ordinal);
        Assert.StartsWith("/grievances/", kinds["grievance"], StringComparison.Ordinal);
        Assert.StartsWith("/sources#source-", kinds["source"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search?q=gaza&page=0")]
    [InlineData("/api/search?q=gaza&page=abc")]
    [InlineData("/api/search?q=gaza&pageSize=101")]
    [InlineData("/api/search?q=gaza&year=twenty")]
    [InlineData("/api/search?q=gaza&council=Not%20A%20Slug")]
    public async Task Api_BadParameters_AreA400Problem(string url)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_EmptyQuery_IsAnEmptyAnswerNotAnError()
    {
        var body = await ApiAsync(app, "q=");

        Assert.Equal(0, body.GetProperty("total").GetInt32());
    }
}
