using System.Net;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Charts;

/// <summary>The embeddable page, its frame policy, the embed snippet, "Cite this page", the social card and the timeline's presets.</summary>
[Collection(SharedAppCollection.Name)]
public class EmbedAndCitationTests(SharedAppFixture app)
{
    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"))
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.Ordinal);

    [Fact]
    public async Task EmbedPage_MayBeFramedByAnySite_AndShowsBothChartsTheSourceLineAndALinkBack()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/embed/councils/fellside");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Directives(response);
        Assert.Equal("frame-ancestors *", csp["frame-ancestors"]);
        Assert.Equal("script-src 'none'", csp["script-src"]);
        Assert.False(response.Headers.Contains("X-Frame-Options"), "X-Frame-Options would refuse every frame");
        var page = PageReader.Parse(await response.Content.ReadAsStringAsync());
        Assert.Null(page.QuerySelector("header.site-header"));
        Assert.Equal(2, page.QuerySelectorAll("svg.hemicycle").Length);
        Assert.Equal(2, page.QuerySelectorAll("svg.seat-chart").Length);
        var credit = page.Single(".embed-credit").Text();
        Assert.Contains("DefectionTracker, data as of", credit, StringComparison.Ordinal);
        Assert.Contains("Fellside District Council", credit, StringComparison.Ordinal);
        var back = page.Single(".embed-credit a");
        Assert.Equal("http://localhost/councils/fellside", back.GetAttribute("href"));
        Assert.Equal("_top", back.GetAttribute("target"));
    }

    [Theory]
    [InlineData("/councils/fellside")]
    [InlineData("/councils/fellside/seats.svg?when=before")]
    [InlineData("/timeline")]
    [InlineData("/embedded")]
    public async Task EveryOtherPage_StillRefusesToBeFramed(string url)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal("frame-ancestors 'none'", Directives(response)["frame-ancestors"]);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task EmbedPage_UnknownCouncil_Is404()
    {
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/embed/councils/no-such-council")).StatusCode);
    }

    [Fact]
    public async Task CouncilPage_HasTheEmbedSnippet_AndTheChartImagesAddresses()
    {
        var page = await app.GetDocumentAsync("/councils/fellside");

        var snippet = page.Single(".embed-snippet pre code").TextContent;
        var iframe = PageReader.Parse(snippet).Single("iframe");
        Assert.Equal("http://localhost/embed/councils/fellside", iframe.GetAttribute("src"));
        Assert.False(string.IsNullOrWhiteSpace(iframe.GetAttribute("title")));
        var links = page.QuerySelectorAll(".embed-snippet a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/councils/fellside/seats.svg?when=before", links);
        Assert.Contains("/councils/fellside/seats.svg?when=after", links);
        Assert.Contains("/embed/councils/fellside", links);
    }

    [Fact]
    public async Task CouncilPage_DrawsTheHemicycleBesideEachBar()
    {
        var page = await app.GetDocumentAsync("/councils/fellside");

        var before = page.Single("#hemicycle-before-desc").TextContent;
        Assert.Contains("30 seats on a half circle", before, StringComparison.Ordinal);
        Assert.Equal(30, page.QuerySelectorAll("svg.hemicycle")[0].QuerySelectorAll("circle").Length);
        Assert.Equal(3, page.QuerySelectorAll("svg.hemicycle")[0].QuerySelectorAll("circle.seat-changed").Length);
        Assert.Equal(3, page.QuerySelectorAll("svg.hemicycle")[1].QuerySelectorAll("circle.seat-changed").Length);
    }

    public static TheoryData<string, string, string> CitedPages => new()
    {
        { "/councils/fellside", "Fellside District Council", "/councils/fellside/seats.svg?when=after" },
        { "/defections/2023-07-14-fellside-three-quit-labour", "", "/councils/fellside/seats.svg?when=after" },
        { "/timeline", "Timeline of councillors leaving Labour Party", "/timeline.svg?party=labour" },
    };

    [Theory]
    [MemberData(nameof(CitedPages))]
    public async Task CitedPage_WithSiteBaseUrl_CitesThePermanentAddress_AndCarriesTheSocialCard(string path, string title, string image)
    {
        using var factory = app.Factory.WithWebHostBuilder(b => b.UseSetting("Site:BaseUrl", "https://defections.example"));
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var page = PageReader.Parse(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
        var citation = page.Single("[data-testid=citation]").TextContent;
        var url = "https://defections.example" + (path == "/timeline" ? "/timeline?party=labour" : path);
        Assert.StartsWith("DefectionTracker. \u201C" + title, citation, StringComparison.Ordinal);
        Assert.Contains(url + " (accessed ", citation, StringComparison.Ordinal);
        Assert.Matches(@"\(accessed \d{1,2} [A-Z][a-z]+ \d{4}\)\.$", citation);

        string Meta(string attribute, string name) => page.Single($"meta[{attribute}='{name}']").GetAttribute("content")!;
        Assert.Equal(url, Meta("property", "og:url"));
        Assert.Equal("https://defections.example" + image, Meta("property", "og:image"));
        Assert.Equal("summary_large_image", Meta("name", "twitter:card"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("property", "og:title")));
        Assert.False(string.IsNullOrWhiteSpace(Meta("property", "og:description")));
    }

    [Fact]
    public async Task CouncilPage_SocialDescription_IsThePagesSummarySentence()
    {
        var page = await app.GetDocumentAsync("/councils/fellside");

        Assert.Equal(page.Single("#control-story").TextContent.Trim(), page.Single("meta[property='og:description']").GetAttribute("content"));
    }

    [Fact]
    public async Task PageWithoutACitation_HasTheSitesDefaultCard()
    {
        var page = await app.GetDocumentAsync("/sources");

        Assert.Equal("summary", page.Single("meta[name='twitter:card']").GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("meta[property='og:image']"));
    }

    [Fact]
    public async Task TimelinePresets_AreLinks_FromTheElection_AndFromJanuaryFirstOfTheClocksYear()
    {
        using var factory = app.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2025, 6, 30, 23, 0, 0, TimeSpan.Zero)))));
        using var client = factory.CreateClient();

        var page = PageReader.Parse(await client.GetStringAsync("/timeline?party=labour&area=Kent"));

        var presets = page.QuerySelectorAll("nav.timeline-presets a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("/timeline?party=labour&from=2024-07-04&area=Kent", presets["Since the 2024 general election"]);
        Assert.Equal("/timeline?party=labour&from=2025-01-01&area=Kent", presets["This year"]);

        var since = PageReader.Parse(await client.GetStringAsync(presets["This year"]));
        Assert.Equal("true", since.Single("nav.timeline-presets a[aria-current]").GetAttribute("aria-current"));
        Assert.Equal("This year", since.Single("nav.timeline-presets a[aria-current]").TextContent.Trim());
        var links = since.QuerySelectorAll("nav.timeline-presets a");
        Assert.Equal("/timeline?party=labour&area=Kent", links[links.Length - 1].GetAttribute("href"));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
