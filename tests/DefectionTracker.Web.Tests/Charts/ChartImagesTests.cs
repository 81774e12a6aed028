using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using DefectionTracker.Web.Infrastructure;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DefectionTracker.Web.Tests.Charts;

/// <summary>The standalone chart images: /councils/{slug}/seats.svg and /timeline.svg.</summary>
[Collection(SharedAppCollection.Name)]
public class ChartImagesTests(SharedAppFixture app)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private async Task<XElement> GetSvgAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        foreach (var attribute in new[] { "width", "height", "viewBox" })
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)root.Attribute(attribute)), $"{url} has {attribute}");
        }

        Assert.Equal($"0 0 {root.Attribute("width")!.Value} {root.Attribute("height")!.Value}", root.Attribute("viewBox")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "title")?.Value), $"{url} has a title");
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "desc")?.Value), $"{url} has a description");
        return root;
    }

    private static List<string> Texts(XElement svg) => [.. svg.Descendants(Svg + "text").Select(t => t.Value.Trim())];

    [Fact]
    public async Task SeatsSvg_Before_IsAStandaloneImage_WithTheElectionsSeats_AndItsSourceLine()
    {
        using var client = app.CreateClient();

        var svg = await GetSvgAsync(client, "/councils/fellside/seats.svg?when=before");

        // Fellside's election of 2023 (fixture README): Lab 16, Con 8, LD 4, Ind 2 of 30; 3 Labour seats then changed hands.
        var desc = svg.Element(Svg + "desc")!.Value;
        Assert.Contains("Labour Party 16, Conservative and Unionist Party 8, Liberal Democrats 4, Independent 2", desc, StringComparison.Ordinal);
        Assert.Contains("Outlined, the seats lost by now: Labour Party 3.", desc, StringComparison.Ordinal);
        Assert.Equal(30, svg.Descendants(Svg + "circle").Count());
        Assert.Equal(3, svg.Descendants(Svg + "circle").Count(c => (string?)c.Attribute("class") == "seat-changed"));
        var texts = Texts(svg);
        Assert.Contains("Source: Fellside District Council", texts);
        Assert.Contains(texts, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^DefectionTracker, data as of \d{1,2} [A-Z][a-z]+ \d{4}$"));
        Assert.Contains("http://localhost/councils/fellside", texts);
    }

    [Fact]
    public async Task SeatsSvg_AfterAndNoValue_AreTheSameImageOfNow()
    {
        using var client = app.CreateClient();

        var after = await GetSvgAsync(client, "/councils/fellside/seats.svg?when=after");
        var plain = await GetSvgAsync(client, "/councils/fellside/seats.svg");

        // Fellside now (fixture README): Lab 13, Con 8, LD 5, Ind 4.
        Assert.Contains("Labour Party 13, Conservative and Unionist Party 8, Liberal Democrats 5, Independent 4", after.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        Assert.Equal(after.ToString(), plain.ToString());
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("now")]
    public async Task SeatsSvg_BadWhen_Is400NamingTheField(string when)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync($"/councils/fellside/seats.svg?when={when}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("when", out _));
    }

    [Fact]
    public async Task SeatsSvg_UnknownCouncil_Is404()
    {
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/councils/no-such-council/seats.svg?when=before")).StatusCode);
    }

    [Fact]
    public async Task SeatsSvg_UnknownComposition_SaysSo_InsteadOfDrawing()
    {
        using var client = app.CreateClient();

        // Castlebridge Town has no composition in the fixture.
        var svg = await GetSvgAsync(client, "/councils/castlebridge-town/seats.svg?when=before");

        Assert.Empty(svg.Descendants(Svg + "circle"));
        Assert.Contains("The seats at this moment are not known.", Texts(svg));
    }

    [Fact]
    public async Task TimelineSvg_IsTheTimelinesChart_WithTheSameFilters_AndItsSourceLine()
    {
        using var client = app.CreateClient();

        var all = await GetSvgAsync(client, "/timeline.svg");
        var filtered = await GetSvgAsync(client, "/timeline.svg?from=2024&area=Kent");

        var page = PageReader.Parse(await client.GetStringAsync("/timeline?from=2024&area=Kent"));
        var pageChart = page.QuerySelector("svg.timeline-chart-wide desc")!.TextContent;
        Assert.Equal(pageChart, filtered.Descendants(Svg + "desc").Single(d => (string?)d.Attribute("id") == "timeline-chart-wide-desc").Value);
        Assert.NotEqual(all.Element(Svg + "desc")!.Value, filtered.Element(Svg + "desc")!.Value);
        var texts = Texts(filtered);
        Assert.Contains(texts, t => t.StartsWith("Filtered: from 2024; area: Kent", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Source", StringComparison.Ordinal) && t.Length > "Source: ".Length);
        Assert.Contains(texts, t => t.StartsWith("DefectionTracker, data as of ", StringComparison.Ordinal));
        Assert.Contains("http://localhost/timeline?party=labour&from=2024&area=Kent", texts);
    }

    [Theory]
    [InlineData("/timeline.svg?from=2024-13", "from")]
    [InlineData("/timeline.svg?destination=moon", "destination")]
    public async Task TimelineSvg_BadFilter_Is400NamingTheField_AsTheTimelineDoes(string url, string field)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(url.Replace("/timeline.svg", "/timeline", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task TimelineSvg_UnknownParty_Is404()
    {
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/timeline.svg?party=no-such-party")).StatusCode);
    }

    [Fact]
    public async Task SeatsSvg_WithSiteBaseUrl_NamesThePublishedAddress_NeverTheRequestsHost()
    {
        using var factory = app.Factory.WithWebHostBuilder(b => b.UseSetting("Site:BaseUrl", "https://defections.example/"));
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/councils/fellside/seats.svg?when=before");
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(">https://defections.example/councils/fellside<", body, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
    }
}
