using System.Net;
using System.Text.RegularExpressions;

namespace DefectionTracker.Web.Tests.Infrastructure;

/// <summary>Fetching a page from the shared app and reading its text as a person would.</summary>
public static partial class PageReader
{
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

    /// <summary>The page's text as a person reads it: tags removed, entities decoded, whitespace collapsed.</summary>
    public static string Text(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
