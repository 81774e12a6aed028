using System.Net;
using System.Text.Json;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Frame;

/// <summary>Bad input is answered one way: a 400 that names the field, as ProblemDetails for the API or as the 400 page.</summary>
[Collection(SharedAppCollection.Name)]
public class BadRequestsTests(SharedAppFixture app)
{
    [Theory]
    [InlineData("/api/defections?page=0", "page")]
    [InlineData("/api/defections?pageSize=501", "pageSize")]
    [InlineData("/api/defections?page=abc", "Page")]
    public async Task Api_BadPaging_IsAProblemNamingTheField(string url, string field)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field} in {errors}");
        Assert.NotEqual(0, messages.GetArrayLength());
    }

    [Fact]
    public async Task Page_BadSort_IsThe400PageListingTheProblem()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/sources?sort=nonsense", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>Bad request</h1>", html, StringComparison.Ordinal);
        Assert.Contains("sort must be &quot;publisher&quot; or &quot;date&quot;", html, StringComparison.Ordinal);
    }
}
