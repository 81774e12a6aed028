using System.Net;
using System.Text;
using System.Text.Json;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using static DefectionTracker.Web.Tests.Search.SearchTestClient;

namespace DefectionTracker.Web.Tests.Search;

/// <summary>
/// No input can break search: FTS5 syntax, control characters, emoji, right-to-left text, injection attempts, very long
/// queries and random strings from a fixed seed all get results, "no results" or a 400 (over 500 characters), never a
/// 500, through both /search and /api/search; nothing typed is echoed unescaped; and nothing is logged as an error.
/// Runs on its own app so that its log holds only these requests.
/// </summary>
public sealed class HostileInputTests : IClassFixture<HostileInputTests.App>
{
    private static readonly System.Buffers.SearchValues<char> HtmlSpecials = System.Buffers.SearchValues.Create("<>&\"'");
    private readonly App _app;

    public HostileInputTests(App app) => _app = app;

    public sealed class App : IDisposable
    {
        public AppFactory Factory { get; } = new();

        public HttpClient Client { get; }

        /// <summary>
        /// Pages for ordinary searches: text that is in them anyway (e.g. "gaza\"" in href="/grievances/gaza", or "&amp;"
        /// between query parameters) is not an echo of the input.
        /// </summary>
        public string Baseline { get; }

        public App()
        {
            Client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            Baseline = string.Concat(new[] { "/search", "/search?q=gaza", "/search?q=zzzz", "/search?q=winter+fuel", "/search?q=labour&page=2" }
                .Select(url => Client.GetStringAsync(new Uri(url, UriKind.Relative)).GetAwaiter().GetResult()));
        }

        public void Dispose()
        {
            Client.Dispose();
            Factory.Dispose();
        }
    }

    public static readonly string[] Known =
    [
        "\"", "\"\"", "\"gaza", "gaza\"", "\"winter fuel", "*", "gaza*", "*gaza", "**", "gaza * fuel",
        "NEAR(", "NEAR(gaza", "NEAR(gaza ceasefire", "NEAR(gaza ceasefire, 2)", "NEAR/3", "gaza NEAR fuel",
        "(", ")", "((gaza)", "gaza)", "())(", "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((gaza",
        "AND", "OR", "NOT", "and", "gaza AND", "OR gaza", "NOT NOT", "AND OR NOT", "gaza NOT fuel", "- gaza", "-gaza",
        "title:gaza", "body:fuel", "{title body}:gaza", "{title}:", "kind:quote", "url:x", "search_index:gaza", "rank:", "gaza:", ":",
        "^gaza", "+gaza", "gaza^2", "col:\"x\"", "\"a\" \"b\" \"c", "'", "''", "`", "\\", "\\\"", "%", "%00", "%27", "%%%",
        "\0", "gaza\0fuel", "\u0001\u0002\u0003\u0004", "\u0002gaza\u0003", "\u0003\u0002", "\u001b[31mred\u001b[0m", "\t\r\n", "\u007f\u0080\u009f",
        "🙂", "🙂 gaza 🙂", "👩‍👩‍👧‍👦", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "\uD83D", "\uDE42gaza", "ab\uD800cd", "\uFFFF\uFFFE", "gaza\uFDD0fuel\U0010FFFF", "\U000E0001\U000F0000",
        "غزة وقف إطلاق النار", "שלום עכשיו", "\u202Egaza\u202C", "\u202Bمرحبا\u202C gaza", "\u200B\u200C\u200D\uFEFF", "\u2066x\u2069",
        "ＧＡＺＡ", "ǅ", "ﷺ", "Ⅻ", "½", "ß", "İstanbul", "ﬁre", "e\u0301\u0301\u0301", "\u0301", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗̻",
        "'; DROP TABLE search_index; --", "' OR '1'='1", "1; SELECT * FROM sqlite_master", "gaza' UNION SELECT sql FROM sqlite_master --",
        "\") OR 1=1 --", "search_index MATCH 'x'", "'); DELETE FROM Defections; --",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "</mark><script>alert(1)</script><mark>", "<mark>gaza</mark>",
        "&lt;script&gt;", "&amp;", "&#x3C;script&#x3E;", "javascript:alert(1)", "<svg onload=alert(1)>", "</title><script>x</script>",
        "${jndi:ldap://x}", "{{7*7}}", "@(1+1)", "@Html.Raw(\"<b>\")", "../../etc/passwd", "\r\nSet-Cookie: x=1",
        new string('x', 500), new string('x', 501), new string('x', 10_000), string.Concat(Enumerable.Repeat("🙂", 5_000)),
        string.Concat(Enumerable.Repeat("gaza ", 200)), string.Concat(Enumerable.Repeat("\"(", 250)), string.Concat(Enumerable.Repeat("a ", 250)),
        "   ", "",
    ];

    /// <summary>~200 strings mixing FTS5 syntax, words, markup, Unicode of several scripts, emoji and control characters.</summary>
    public static IEnumerable<string> Random()
    {
        string[] pieces =
        [
            "\"", "*", "(", ")", ":", "^", "-", "+", "NEAR", "NEAR(", "AND", "OR", "NOT", "{", "}", "[", "]", ",", ".", "'", "`", "\\",
            "gaza", "winter", "fuel", "cuts", "WASPI", "broxtowe", "title", "body", "kind", "x", "1", "2026", " ", " ", " ",
            "<", ">", "&", "<script>", "</mark>", "<mark>", "&amp;", "=", ";", "--", "/*", "*/", "%", "%00",
            "é", "ß", "ǅ", "ﬁ", "Ⅻ", "غزة", "שלום", "東京", "Ж", "\u0301", "\u202E", "\u202C", "\u200B", "\u200D", "\uFEFF",
            "🙂", "👩‍👧", "🏳️‍🌈", "\uD83D", "\uDE00", "\u0000", "\u0001", "\u0002", "\u0003", "\u001b", "\t", "\n", "\r", "\u007f", "\u0085", "\u2028",
        ];
        var random = new Random(20261123);
        for (var i = 0; i < 200; i++)
        {
            var sb = new StringBuilder();
            var count = random.Next(1, 16);
            for (var j = 0; j < count; j++)
            {
                sb.Append(pieces[random.Next(pieces.Length)]);
            }

            // A few are long: around and over the 500-character limit.
            if (i % 50 == 49)
            {
                sb.Append(new string('q', 480 + random.Next(0, 60)));
            }

            yield return sb.ToString();
        }
    }

    [Fact]
    public async Task EveryInput_OnThePageAndTheApi_IsAnsweredWithoutA500()
    {
        var inputs = Known.Concat(Random()).ToList();
        var failures = new List<string>();
        foreach (var input in inputs)
        {
            foreach (var problem in new[] { await CheckPageAsync(input), await CheckApiAsync(input) })
            {
                if (problem is not null)
                {
                    failures.Add($"{Describe(input)}: {problem}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(inputs.Count >= 300, $"only {inputs.Count} inputs");
        var errors = _app.Factory.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Message).ToList();
        Assert.True(errors.Count == 0, "errors logged:\n" + string.Join('\n', errors));
    }

    [Fact]
    public async Task HostileFacetValues_AreA400OrNothingFound()
    {
        var failures = new List<string>();
        foreach (var input in Known.Where(k => k.Length < 200).Concat(Random().Take(40)))
        {
            foreach (var parameter in new[] { "grievance", "council", "party", "year", "page" })
            {
                var response = await _app.Client.GetAsync($"/search?q=gaza&{parameter}={Encode(input)}");
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest))
                {
                    failures.Add($"{parameter}={Describe(input)}: {(int)response.StatusCode}");
                }

                var html = await response.Content.ReadAsStringAsync();
                if (EchoesUnescaped(input, html, _app.Baseline))
                {
                    failures.Add($"{parameter}={Describe(input)}: echoed unescaped");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task RepeatedQueryParameter_IsAnsweredToo()
    {
        var response = await _app.Client.GetAsync("/search?q=gaza&q=%22NEAR(&q=%3Cscript%3E");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string?> CheckPageAsync(string input)
    {
        var response = await _app.Client.GetAsync("/search?q=" + Encode(input));
        var html = await response.Content.ReadAsStringAsync();
        var expected = ExpectedStatus(input);
        if (response.StatusCode != expected)
        {
            return $"/search gave {(int)response.StatusCode}, expected {(int)expected}";
        }

        if (response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return "/search did not answer with HTML";
        }

        if (!html.Contains("<h1>Search</h1>", StringComparison.Ordinal))
        {
            return "/search did not render the search page";
        }

        return EchoesUnescaped(input, html, _app.Baseline) ? "/search echoed the input unescaped" : null;
    }

    private async Task<string?> CheckApiAsync(string input)
    {
        var response = await _app.Client.GetAsync("/api/search?q=" + Encode(input));
        var body = await response.Content.ReadAsStringAsync();
        var expected = ExpectedStatus(input);
        if (response.StatusCode != expected)
        {
            return $"/api/search gave {(int)response.StatusCode}, expected {(int)expected}";
        }

        var json = JsonDocument.Parse(body).RootElement;
        if (expected == HttpStatusCode.BadRequest)
        {
            return response.Content.Headers.ContentType?.MediaType == "application/problem+json" && json.GetProperty("status").GetInt32() == 400
                ? null
                : "/api/search's 400 is not a ProblemDetails";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return "/api/search did not answer with JSON";
        }

        // The query comes back as a JSON string, exactly as received (lone surrogates arrive as U+FFFD).
        var received = new UTF8Encoding(false, false).GetString(new UTF8Encoding(false, false).GetBytes(input));
        var echoed = json.GetProperty("query").GetString();
        if (!string.IsNullOrWhiteSpace(received) && echoed != received)
        {
            return "/api/search did not echo the query as a JSON string";
        }

        return json.GetProperty("total").GetInt32() < json.GetProperty("results").GetArrayLength() ? "total below the results" : null;
    }

    private static HttpStatusCode ExpectedStatus(string input) =>
        input.Length > 500 && !string.IsNullOrWhiteSpace(input) ? HttpStatusCode.BadRequest : HttpStatusCode.OK;

    /// <summary>
    /// Whether text that HTML encoding would change appears in the page as it was typed (and is not in the pages of
    /// ordinary searches anyway).
    /// </summary>
    private static bool EchoesUnescaped(string input, string html, string baseline)
    {
        var received = new UTF8Encoding(false, false).GetString(new UTF8Encoding(false, false).GetBytes(input));
        return received.Length >= 3 && received.AsSpan().IndexOfAny(HtmlSpecials) >= 0
            && html.Contains(received, StringComparison.Ordinal) && !baseline.Contains(received, StringComparison.Ordinal);
    }

    private static string Describe(string input) =>
        input.Length > 60 ? $"[{input.Length} chars] {JsonSerializer.Serialize(input[..60])}…" : JsonSerializer.Serialize(input);
}
