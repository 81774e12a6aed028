using System.Net;
using System.Text.Json;
using DefectionTracker.Web.Tests.Infrastructure;
using static DefectionTracker.Web.Tests.Search.SearchTestClient;

namespace DefectionTracker.Web.Tests.Search;

/// <summary>What the fixture dataset must give for the searches people make (issue 6's list), through the JSON API.</summary>
[Collection(SharedAppCollection.Name)]
public class SearchTests(SharedAppFixture app)
{
    private const string Castlebridge2024 = "/defections/2024-06-castlebridge-six-quit-labour";
    private const string Brackenholt2025 = "/defections/2025-02-10-brackenholt-five-quit-labour";
    private const string Fellside2023 = "/defections/2023-07-14-fellside-three-quit-labour";
    private const string Holt2024 = "/defections/2024-05-01-marchbury-holt-leaves-labour";
    private const string EastWeald2024 = "/defections/2024-11-east-weald-two-join-greens";
    private const string PenningtonResigns = "/defections/2024-09-12-kirkholme-pennington-resigns";

    private static List<string> Urls(List<Result> results) => [.. results.Select(r => r.Url)];

    [Fact]
    public async Task WinterFuel_FindsCastlebridge()
    {
        var results = await ResultsAsync(app, "winter fuel");

        Assert.Contains(Castlebridge2024, Urls(results));
        Assert.Equal("/grievances/winter-fuel-payment", results[0].Url);
    }

    [Fact]
    public async Task Pennington_FindsTheCouncillor_HisEvents_AndHisCouncil()
    {
        var urls = Urls(await ResultsAsync(app, "Pennington"));

        Assert.Contains("/councillors/david-pennington", urls);
        Assert.Contains(PenningtonResigns, urls);
        Assert.Contains("/defections/2024-02-kirkholme-pennington-suspended", urls);
    }

    [Fact]
    public async Task Gaza_FindsHoltAndEastWeald_WithTheirCouncils()
    {
        var urls = Urls(await ResultsAsync(app, "Gaza"));

        Assert.Contains(Holt2024, urls);
        Assert.Contains("/councils/marchbury", urls);
        Assert.Contains("/councillors/sarah-holt", urls);
        Assert.Contains(EastWeald2024, urls);
        Assert.Contains("/councils/east-weald", urls);
    }

    [Fact]
    public async Task Democracy_FindsAskewsQuote_AndWhatTheGrievanceTags()
    {
        var results = await ResultsAsync(app, "democracy");
        var urls = Urls(results);

        // Fellside through Askew's quote; Castlebridge through the internal-democracy grievance that "democracy" names.
        Assert.Contains(results, r => r.Url == Fellside2023 && r.Kind == "quote" && r.Snippet.Contains("<mark>democracy</mark>", StringComparison.Ordinal));
        Assert.Contains(Castlebridge2024, urls);
        Assert.Contains("/grievances/internal-democracy", urls);
    }

    [Theory]
    [InlineData("cuts", "<mark>cut</mark>")]
    [InlineData("resigning", "<mark>resign")]
    public async Task Stemming_FindsOtherFormsOfTheWord(string query, string marked)
    {
        var results = await ResultsAsync(app, query);

        Assert.Contains(results, r => r.Snippet.Contains(marked, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("fuel allowance", "winter-fuel-payment", Castlebridge2024)]
    [InlineData("pensioners", "winter-fuel-payment", Castlebridge2024)]
    [InlineData("ceasefire", "gaza", EastWeald2024)]
    [InlineData("palestine", "gaza", Holt2024)]
    [InlineData("disciplinary", "suspension-process", PenningtonResigns)]
    [InlineData("austerity", "council-budget-cuts", Brackenholt2025)]
    [InlineData("bullying", "local-party-culture", Fellside2023)]
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

        Assert.DoesNotContain(Brackenholt2025, urls);
        Assert.DoesNotContain(Castlebridge2024, urls);
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
        var results = await ResultsAsync(app, "Pennington");
        var resigns = results.First(r => r.Url == PenningtonResigns);

        Assert.Contains("<mark>Pennington</mark>", resigns.Snippet, StringComparison.Ordinal);
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
        var holt = results.FindIndex(r => r.Url == Holt2024 && r.Kind == "defection");
        Assert.True(holt < firstSource, $"Holt's defection at {holt}, first source at {firstSource}");
    }

    [Fact]
    public async Task CouncilFacet_NarrowsTheResults_AndItsCountsAddUp()
    {
        var all = await ApiAsync(app, "q=gaza&pageSize=100");
        var marchburyCount = all.GetProperty("facets").GetProperty("council").EnumerateArray()
            .Single(v => v.GetProperty("value").GetString() == "marchbury").GetProperty("count").GetInt32();

        var narrowed = await ApiAsync(app, "q=gaza&council=marchbury&pageSize=100");
        var urls = narrowed.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()).ToList();

        Assert.Equal(marchburyCount, narrowed.GetProperty("total").GetInt32());
        Assert.True(marchburyCount < all.GetProperty("total").GetInt32());
        Assert.Contains(Holt2024, urls);
        Assert.DoesNotContain(EastWeald2024, urls);
        var selected = narrowed.GetProperty("facets").GetProperty("council").EnumerateArray().Single(v => v.GetProperty("selected").GetBoolean());
        Assert.Equal("marchbury", selected.GetProperty("value").GetString());
    }

    [Fact]
    public async Task YearAndPartyFacets_Narrow()
    {
        var y2025 = Urls(await ResultsAsync(app, "labour", "&year=2025"));
        var green = Urls(await ResultsAsync(app, "kirkholme", "&party=green"));

        Assert.Contains(Brackenholt2025, y2025);
        Assert.DoesNotContain(Fellside2023, y2025);
        Assert.Contains("/defections/2025-03-03-kirkholme-pennington-joins-green", green);
        Assert.DoesNotContain("/defections/2024-02-kirkholme-pennington-suspended", green);
    }

    [Fact]
    public async Task GrievanceFacet_WithoutWords_ListsEverythingTaggedWithIt()
    {
        var urls = Urls(await ResultsAsync(app, "", "&grievance=suspension-process"));

        Assert.Contains(PenningtonResigns, urls);
        Assert.Contains("/grievances/suspension-process", urls);
        Assert.DoesNotContain(Brackenholt2025, urls);
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
        var kinds = (await ResultsAsync(app, "castlebridge")).Concat(await ResultsAsync(app, "winter fuel"))
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
