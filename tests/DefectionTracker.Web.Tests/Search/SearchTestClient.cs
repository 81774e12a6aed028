using System.Net;
using System.Text;
using System.Text.Json;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Search;

/// <summary>Helpers shared by the search tests: query strings built byte by byte, and the API's results as records.</summary>
internal static class SearchTestClient
{
    /// <summary>Percent-encodes the UTF-8 bytes of any string (lone surrogates become U+FFFD, as a browser sends them).</summary>
    public static string Encode(string value)
    {
        var sb = new StringBuilder();
        foreach (var b in new UTF8Encoding(false, false).GetBytes(value))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.')
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    public sealed record Result(string Kind, string Title, string Url, string Snippet);

    public static async Task<JsonElement> ApiAsync(SharedAppFixture app, string query)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/search?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static async Task<List<Result>> ResultsAsync(SharedAppFixture app, string q, string extra = "")
    {
        var body = await ApiAsync(app, "q=" + Encode(q) + "&pageSize=100" + extra);
        return [.. body.GetProperty("results").EnumerateArray().Select(r => new Result(
            r.GetProperty("kind").GetString()!, r.GetProperty("title").GetString()!, r.GetProperty("url").GetString()!,
            r.GetProperty("snippet").GetString()!))];
    }

    public static async Task<string> PageAsync(SharedAppFixture app, string pathAndQuery, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (status, html) = await app.GetPageAsync(pathAndQuery);
        Assert.Equal(expected, status);
        return html;
    }
}
