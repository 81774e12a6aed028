using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Grievances;

[Collection(SharedAppCollection.Name)]
public partial class GrievancesTests(SharedAppFixture app)
{
    private async Task<string> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<List<JsonElement>> ApiListAsync()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/grievances");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray()];
    }

    [Fact]
    public async Task Api_ListsTheWholeTaxonomy_WithCounts()
    {
        var grievances = await ApiListAsync();

        Assert.Equal(7, grievances.Count); // the fixture's seven
        foreach (var field in new[] { "slug", "name", "description", "defectionCount", "councillorsStating" })
        {
            Assert.All(grievances, g => Assert.True(g.TryGetProperty(field, out _), $"missing {field}"));
        }

        // Gaza: Holt stated it (1); the press attributed it to the two East Weald county councillors, which counts
        // nobody as citing it.
        var gaza = grievances.Single(g => g.GetProperty("slug").GetString() == "gaza");
        Assert.Equal(2, gaza.GetProperty("defectionCount").GetInt32());
        Assert.Equal(1, gaza.GetProperty("councillorsStating").GetInt32());
        Assert.Equal(0, gaza.GetProperty("defectionsWithUnknownCount").GetInt32());
        Assert.Equal(1, gaza.GetProperty("statedCount").GetInt32());
        Assert.Equal(1, gaza.GetProperty("attributedCount").GetInt32());

        // Local party culture: stated by the Lib Dem group of three (two named); attributed by the press at Fellside and to
        // the Kirkholme walk-out, which counts nobody, so the walk-out's unknown size does not make the count uncertain.
        var culture = grievances.Single(g => g.GetProperty("slug").GetString() == "local-party-culture");
        Assert.Equal(3, culture.GetProperty("defectionCount").GetInt32());
        Assert.Equal(3, culture.GetProperty("councillorsStating").GetInt32());
        Assert.Equal(0, culture.GetProperty("defectionsWithUnknownCount").GetInt32());
    }

    [Fact]
    public async Task Api_CountsMatchTheDefectionsApi()
    {
        using var client = app.CreateClient();
        var defections = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/defections?pageSize=500", UriKind.Relative)))
            .RootElement.GetProperty("items").EnumerateArray().ToList();

        foreach (var g in await ApiListAsync())
        {
            var slug = g.GetProperty("slug").GetString();
            var tagged = defections.Where(d => d.GetProperty("grievances").EnumerateArray().Any(x => x.GetProperty("slug").GetString() == slug)).ToList();
            Assert.Equal(tagged.Count, g.GetProperty("defectionCount").GetInt32());
            // Councillors citing it are found only in the defections where it was stated, and never more than they hold.
            var stated = tagged.Where(d => d.GetProperty("grievances").EnumerateArray()
                .Any(x => x.GetProperty("slug").GetString() == slug && x.GetProperty("stated").GetBoolean())).ToList();
            Assert.Equal(stated.Count, g.GetProperty("statedCount").GetInt32());
            Assert.InRange(g.GetProperty("councillorsStating").GetInt32(), 0,
                stated.Sum(d => d.GetProperty("councillorsLost").ValueKind == JsonValueKind.Number ? d.GetProperty("councillorsLost").GetInt32() : 0));
        }
    }

    [Fact]
    public async Task ListPage_ShowsEveryGrievance_TheChartAndItsTable()
    {
        var html = await GetAsync("/grievances");

        Assert.Equal(1, H1().Count(html));
        Assert.Contains("<svg class=\"chart-svg\"", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"grievance-table-chart-title\">Defections per grievance</title>", html, StringComparison.Ordinal);
        Assert.Contains("<caption id=\"grievance-table-caption\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/grievances/gaza\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/grievances/local-party-culture\"", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"num\">Councillors citing it</th>", html, StringComparison.Ordinal);
        Assert.Equal(7, PageReader.Parse(html).QuerySelectorAll("g.chart-bar").Length);
    }

    [Fact]
    public async Task GazaPage_ListsItsDefectionsNewestFirst_MarkingStatedAndAttributed()
    {
        var doc = PageReader.Parse(await GetAsync("/grievances/gaza"));

        var ids = doc.QuerySelectorAll("[id^='defection-']").Select(e => e.Id).ToList();
        Assert.Equal(["defection-2024-11-east-weald-two-join-greens", "defection-2024-05-01-marchbury-holt-leaves-labour"], ids);
        var eastWeald = doc.GetElementById(ids[0]!)!.Text();
        Assert.Contains("Attributed by the press", eastWeald, StringComparison.Ordinal);
        Assert.Contains("Kentish Messenger", eastWeald, StringComparison.Ordinal);
        var holt = doc.GetElementById(ids[1]!)!.Text();
        Assert.Contains("Stated by the councillors", holt, StringComparison.Ordinal);
        Assert.Contains("Marchbury Herald", holt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GazaPage_ListsItsCouncilsAndQuotes()
    {
        var doc = PageReader.Parse(await GetAsync("/grievances/gaza"));

        foreach (var council in new[] { "marchbury", "east-weald" })
        {
            Assert.NotNull(doc.QuerySelector($"a[href='/councils/{council}']"));
        }

        Assert.Null(doc.QuerySelector("a[href='/councils/fellside']"));
        Assert.Contains("I cannot stay in a party that will not call for a ceasefire.", doc.Body!.Text(), StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("a[href='/search?grievance=gaza']"));
    }

    [Fact]
    public async Task BudgetCutsPage_ShowsTheSuspensionTheResignationAndBrackenholt()
    {
        var doc = PageReader.Parse(await GetAsync("/grievances/council-budget-cuts"));

        Assert.NotNull(doc.GetElementById("defection-2024-02-kirkholme-pennington-suspended"));
        Assert.NotNull(doc.GetElementById("defection-2024-09-12-kirkholme-pennington-resigns"));
        Assert.NotNull(doc.GetElementById("defection-2025-02-10-brackenholt-five-quit-labour"));
        Assert.Contains("not one of the named councillors who left", doc.Body!.Text(), StringComparison.Ordinal); // the Labour spokesperson
    }

    [Fact]
    public async Task WinterFuelPage_ShowsCastlebridgeAndMarchbury()
    {
        var html = await GetAsync("/grievances/winter-fuel-payment");
        var doc = PageReader.Parse(html);

        Assert.NotNull(doc.GetElementById("defection-2024-06-castlebridge-six-quit-labour"));
        Assert.NotNull(doc.GetElementById("defection-2025-11-marchbury-two-join-reform"));
        Assert.Contains("last straw", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryGrievancePage_Loads()
    {
        foreach (var g in await ApiListAsync())
        {
            var html = await GetAsync("/grievances/" + g.GetProperty("slug").GetString());
            Assert.Contains(HtmlEncoded(g.GetProperty("name").GetString()!), html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/grievances/no-such-grievance")]
    [InlineData("/grievances/GAZA")]
    [InlineData("/grievances/%3Cscript%3E")]
    public async Task UnknownSlug_Is404(string url)
    {
        var html = await GetAsync(url, HttpStatusCode.NotFound);

        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_UnknownSlug_Is404Problem()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/grievances/no-such-grievance");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static string HtmlEncoded(string name) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(name);

    [GeneratedRegex("<h1[ >]")]
    private static partial Regex H1();
}
