using System.Net;
using System.Text.Json;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.OpenData;

[Collection(SharedAppCollection.Name)]
public class ApiDocsAndCorsTests(SharedAppFixture app)
{
    private async Task<JsonElement> OpenApiAsync()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task OpenApi_Is31_AndListsEveryReadEndpoint_WithItsJsonResponse()
    {
        var doc = await OpenApiAsync();

        Assert.StartsWith("3.1", doc.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("DefectionTracker API", doc.GetProperty("info").GetProperty("title").GetString());
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/defections", "/api/defections/{id}", "/api/councils", "/api/councils/{slug}", "/api/parties/{slug}",
                     "/api/timeline", "/api/summary", "/api/stories/{id}", "/api/grievances", "/api/grievances/{slug}", "/api/sources" })
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the document");
            var get = item.GetProperty("get");
            var ok = get.GetProperty("responses").GetProperty("200");
            Assert.True(ok.GetProperty("content").TryGetProperty("application/json", out var json), $"{path}: no JSON 200");
            Assert.True(json.GetProperty("schema").ValueKind == JsonValueKind.Object, $"{path}: no schema");
            Assert.True(get.GetProperty("responses").TryGetProperty("304", out _), $"{path}: no 304");
        }

        Assert.False(paths.TryGetProperty("/councils/{slug}", out _), "an HTML page is in the API document");
    }

    [Fact]
    public async Task OpenApi_EveryReferencedSchemaIsDefined()
    {
        var doc = await OpenApiAsync();
        var text = doc.GetRawText();
        var schemas = doc.GetProperty("components").GetProperty("schemas");

        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, "\"#/components/schemas/([^\"]+)\""))
        {
            Assert.True(schemas.TryGetProperty(m.Groups[1].Value, out _), $"{m.Groups[1].Value} is referenced but not defined");
        }
    }

    [Fact]
    public async Task ApiDocs_IsServedWithoutTheNetwork_UnderItsOwnPolicy_AndOtherPagesKeepTheStrictOne()
    {
        using var client = app.Factory.CreateClient();
        var docs = await client.GetAsync("/api/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        var html = await docs.Content.ReadAsStringAsync();
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        var policy = docs.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);

        var page = await client.GetAsync("/data");
        Assert.Contains("script-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/defections")]
    [InlineData("/feeds/defections.atom")]
    [InlineData("/data/sources.csv")]
    public async Task ReadOnlyCors_AnyOriginMayGet_AndReadTheCachingHeaders(string url)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", "https://newsroom.example");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadOnlyCors_PreflightAllowsGetOnly()
    {
        using var client = app.CreateClient();
        using var get = new HttpRequestMessage(HttpMethod.Options, "/api/defections");
        get.Headers.Add("Origin", "https://newsroom.example");
        get.Headers.Add("Access-Control-Request-Method", "GET");
        var allowed = await client.SendAsync(get);
        Assert.Equal("GET, HEAD", allowed.Headers.GetValues("Access-Control-Allow-Methods").Single());

        using var post = new HttpRequestMessage(HttpMethod.Options, "/api/defections");
        post.Headers.Add("Origin", "https://newsroom.example");
        post.Headers.Add("Access-Control-Request-Method", "POST");
        var refused = await client.SendAsync(post);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task HtmlPages_GetNoCorsHeaders()
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/councils");
        request.Headers.Add("Origin", "https://newsroom.example");
        Assert.False((await client.SendAsync(request)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/api/defections")]
    [InlineData("/api/councils/kirkholme")]
    [InlineData("/api/summary")]
    public async Task Json_CarriesETagAndLastModified_AndAnswers304(string url)
    {
        using var client = app.CreateClient();
        var first = await client.GetAsync(url);
        Assert.NotNull(first.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task NotFoundJson_CarriesNoETag()
    {
        using var client = app.CreateClient();
        var missing = await client.GetAsync("/api/councils/atlantis");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.ETag);
    }
}
