using System.Text.RegularExpressions;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Frame;

/// <summary>The frame every page shares: skip link, header, navigation, search, landmarks, footer; nothing inline.</summary>
[Collection(SharedAppCollection.Name)]
public class LayoutTests(SharedAppFixture app)
{
    public static TheoryData<string> FramePages => ["/", "/sources", "/sources?sort=date", "/no-such-page"];

    private async Task<string> GetHtmlAsync(string url)
    {
        using var client = app.CreateClient();
        return await (await client.GetAsync(url)).Content.ReadAsStringAsync();
    }

    [Theory]
    [MemberData(nameof(FramePages))]
    public async Task Page_StartsWithASkipLinkToMain_AndHasOneH1InsideMain(string url)
    {
        var doc = PageReader.Parse(await GetHtmlAsync(url));

        var firstLink = doc.Body!.QuerySelector("a")!;
        Assert.Equal(("skip-link", "#main"), (firstLink.ClassName, firstLink.GetAttribute("href")));
        var main = doc.Single("main#main");
        Assert.Equal("-1", main.GetAttribute("tabindex"));
        var h1 = doc.Single("h1");
        Assert.Same(main, h1.Closest("main"));
    }

    [Theory]
    [MemberData(nameof(FramePages))]
    public async Task Page_HasNavigationToEveryMainView_ASearchFormThatGetsSearch_AndAFooterNamingTheData(string url)
    {
        var html = await GetHtmlAsync(url);

        var nav = Regex.Match(html, "<nav class=\"site-nav\" aria-label=\"Main\">(.*?)</nav>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(["/councils", "/councillors", "/parties", "/timeline", "/grievances", "/search", "/sources", "/data"],
            Regex.Matches(nav, "href=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray());
        Assert.Contains("<form class=\"site-search\" role=\"search\" method=\"get\" action=\"/search\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"site-search-q\">Search defections</label>", html, StringComparison.Ordinal);
        Assert.Matches("<input id=\"site-search-q\" name=\"q\" type=\"search\"", html);
        Assert.Contains("<footer class=\"site-footer\">", html, StringComparison.Ordinal);
        Assert.Contains("Where the data comes from:", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"All defections (Atom)\" href=\"/feeds/defections.atom\" />", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-GB\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FramePages))]
    public async Task Page_HasNoInlineScriptStyleOrHandlers_SoTheStrictCspHolds(string url)
    {
        var html = await GetHtmlAsync(url);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\sstyle=", html);
        Assert.DoesNotMatch(@"\son[a-z]+=", html);
    }

    [Fact]
    public async Task NavigationLink_ForTheCurrentSection_IsMarkedCurrent()
    {
        var html = await GetHtmlAsync("/sources");

        Assert.Contains("<a href=\"/sources\" aria-current=\"page\">Sources</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/councils\">Councils</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiteCss_DocumentsAndDefinesTheSharedUtilityClasses()
    {
        using var client = app.CreateClient();
        var css = await client.GetStringAsync("/css/site.css");
        var header = css[..css.IndexOf("*/", StringComparison.Ordinal)];

        foreach (var name in new[] { "table-scroll", "visually-hidden", "tag", "tag-confirmed", "tag-single-source", "tag-unverified",
                     "muted", "unknown", "party-label", "swatch", "source-list", "chart", "figures", "card-list" })
        {
            Assert.Contains("." + name, header, StringComparison.Ordinal);
            Assert.Matches(new Regex(@"(^|[\s,}])[^{}]*\." + Regex.Escape(name) + @"\b[^{}]*\{", RegexOptions.Multiline), css[header.Length..]);
        }
    }
}
