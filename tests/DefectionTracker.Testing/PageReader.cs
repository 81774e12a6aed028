using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DefectionTracker.Testing;

/// <summary>Fetching a page from the shared app, parsing it (AngleSharp) and reading its text as a person would.</summary>
public static partial class PageReader
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpStatusCode Status, string Html)> GetPageAsync(this SharedAppFixture app, string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> GetOkPageAsync(this SharedAppFixture app, string url)
    {
        var (status, html) = await app.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        return html;
    }

    /// <summary>The page (which must answer 200) parsed, for assertions through selectors instead of string slicing.</summary>
    public static async Task<IDocument> GetDocumentAsync(this SharedAppFixture app, string url) => Parse(await app.GetOkPageAsync(url));

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The one element a selector must match, with the page's text in the message when it does not.</summary>
    public static IElement Single(this IParentNode node, string selector)
    {
        var matches = node.QuerySelectorAll(selector);
        Assert.True(matches.Length == 1, $"expected one '{selector}', found {matches.Length}");
        return matches[0];
    }

    /// <summary>The page's text as a person reads it: tags removed, entities decoded, whitespace collapsed.</summary>
    public static string Text(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ");

    /// <summary>An element's text as a person reads it (cells and lines apart, whitespace collapsed), trimmed.</summary>
    public static string Text(this IElement element) => Text(element.InnerHtml).Trim();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
