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

        Assert.Equal(13, grievances.Count);
        foreach (var field in new[] { "slug", "name", "description", "defectionCount", "councillorCount" })
        {
            Assert.All(grievances, g => Assert.True(g.TryGetProperty(field, out _), $"missing {field}"));
        }

        var gaza = grievances.Single(g => g.GetProperty("slug").GetString() == "gaza");
        Assert.Equal(5, gaza.GetProperty("defectionCount").GetInt32());
        // 1 + 11 + 20; Quddoos's resignation while suspended moved no seat (counted once, at the suspension);
        // Humberstone is unverified: counted apart, never added.
        Assert.Equal(32, gaza.GetProperty("councillorCount").GetInt32());
        Assert.Equal(0, gaza.GetProperty("defectionsWithUnknownCount").GetInt32());
        Assert.Equal(1, gaza.GetProperty("unverifiedDefectionCount").GetInt32());
        Assert.Equal(3, gaza.GetProperty("statedCount").GetInt32());
        Assert.Equal(2, gaza.GetProperty("attributedCount").GetInt32());

        var waspi = grievances.Single(g => g.GetProperty("slug").GetString() == "waspi-pensions");
        Assert.Equal(1, waspi.GetProperty("defectionCount").GetInt32());
        Assert.Equal(3, waspi.GetProperty("councillorCount").GetInt32());
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
            // Both endpoints count by the one rule: unverified reports and events that moved no seat add nothing.
            Assert.Equal(tagged.Sum(d => d.GetProperty("councillorsAddedToPartyTotal").GetInt32()), g.GetProperty("councillorCount").GetInt32());
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
        Assert.Contains("(1 unverified report not counted)", html, StringComparison.Ordinal);
        Assert.Equal(13, Regex.Count(html, "<g class=\"chart-bar\">"));
    }

    [Fact]
    public async Task GazaPage_ListsItsDefectionsNewestFirst_MarkingStatedAndAttributed()
    {
        var html = await GetAsync("/grievances/gaza");

        string[] newestFirst =
        [
            "defection-2024-11-28-nottingham-quddoos-resigns", "defection-2024-04-pendle-nelson-brierfield-twenty",
            "defection-2023-11-05-burnley-eleven-quit-labour", "defection-2023-10-18-nottingham-farhat", "defection-humberstone-unverified",
        ];
        var positions = newestFirst.Select(id => html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);

        var burnley = Section(html, newestFirst[2], newestFirst[3]);
        Assert.Contains("Stated by the councillors", burnley, StringComparison.Ordinal);
        Assert.Contains("Eastern Eye", burnley, StringComparison.Ordinal);
        var pendle = Section(html, newestFirst[1], newestFirst[2]);
        Assert.Contains("Attributed by the press", pendle, StringComparison.Ordinal);
        Assert.Contains("The National", pendle, StringComparison.Ordinal);
        var humberstone = Section(html, newestFirst[4], "id=\"councils-heading\"");
        Assert.Contains("Attributed by the press", humberstone, StringComparison.Ordinal);
        Assert.Contains("date unknown", humberstone, StringComparison.Ordinal);
        Assert.Contains("unverified", humberstone, StringComparison.Ordinal);
        Assert.Contains("number not known", humberstone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GazaPage_ListsItsCouncilsAndQuotes()
    {
        var html = await GetAsync("/grievances/gaza");

        foreach (var council in new[] { "burnley", "pendle", "nelson-town", "brierfield-town", "nottingham" })
        {
            Assert.Contains($"href=\"/councils/{council}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("href=\"/councils/broxtowe\"", html, StringComparison.Ordinal);
        Assert.Contains("seems to want to control who can stand where and when", html, StringComparison.Ordinal);
        Assert.Contains("not one of the named councillors who left", html, StringComparison.Ordinal); // the Labour spokesperson
        Assert.Contains("href=\"/search?grievance=gaza\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WinterFuelPage_ShowsBroxtoweAndQuddoos()
    {
        var html = await GetAsync("/grievances/winter-fuel-payment");

        Assert.Contains("id=\"defection-2025-01-02-broxtowe-twenty-quit-labour\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"defection-2024-11-28-nottingham-quddoos-resigns\"", html, StringComparison.Ordinal);
        Assert.Contains("heavy heart", html, StringComparison.Ordinal);
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

    private static string Section(string html, string fromId, string to)
    {
        var start = html.IndexOf(fromId, StringComparison.Ordinal);
        var end = html.IndexOf(to, start + 1, StringComparison.Ordinal);
        return html[start..end];
    }

    private static string HtmlEncoded(string name) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(name);

    [GeneratedRegex("<h1[ >]")]
    private static partial Regex H1();
}
