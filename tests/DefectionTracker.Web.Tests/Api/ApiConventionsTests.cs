using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Api;

/// <summary>One naming scheme across the read API (/api/*, not the editing endpoints): camelCase names, one name per concept, camelCase enum values, <c>stated</c> a bool.</summary>
[Collection(SharedAppCollection.Name)]
public partial class ApiConventionsTests(SharedAppFixture app)
{
    public static TheoryData<string> ReadEndpoints => new()
    {
        "/api/defections", "/api/defections/2023-07-14-fellside-three-quit-labour", "/api/councils", "/api/councils/fellside",
        "/api/sources", "/api/timeline", "/api/timeline?destination=local-group", "/api/grievances", "/api/grievances/internal-democracy",
        "/api/parties/labour", "/api/summary", "/api/stories/three-to-the-greens", "/api/search?q=labour",
    };

    private static IEnumerable<(string Path, string Name, JsonElement Value)> Properties(JsonElement element, string path = "$")
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in element.EnumerateObject())
            {
                yield return (path, p.Name, p.Value);
                foreach (var inner in Properties(p.Value, path + "." + p.Name))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Properties(item, path + "[]"))
                {
                    yield return inner;
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(ReadEndpoints))]
    public async Task ReadEndpoint_NamesEveryPropertyInCamelCase_WithOneNameForTheCouncillorsLost_AndStatedABool(string url)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var properties = Properties(json.RootElement).ToList();
        Assert.NotEmpty(properties);
        Assert.All(properties, p => Assert.Matches(CamelCase(), p.Name));
        Assert.DoesNotContain(properties, p => p.Name == "councillorCount");
        Assert.All(properties.Where(p => p.Name == "stated"), p => Assert.True(p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False, $"{url} {p.Path}.stated is {p.Value.ValueKind}"));
        Assert.All(properties.Where(p => p.Name is "kind" or "destination" or "verification" or "readVia" or "datePrecision" && p.Value.ValueKind == JsonValueKind.String),
            p => Assert.Matches(EnumValue(), p.Value.GetString()!));
    }

    [Fact]
    public async Task EnumValues_AreCamelCase_InTheTimelineAndThePartyToo()
    {
        using var client = app.CreateClient();

        using var timeline = JsonDocument.Parse(await client.GetStringAsync("/api/timeline?destination=localGroup"));
        using var kebab = JsonDocument.Parse(await client.GetStringAsync("/api/timeline?destination=local-group"));
        using var party = JsonDocument.Parse(await client.GetStringAsync("/api/parties/labour"));

        var entry = Assert.Single(timeline.RootElement.GetProperty("entries").EnumerateArray());
        Assert.Equal("localGroup", entry.GetProperty("destination").GetString());
        Assert.Equal(timeline.RootElement.ToString(), kebab.RootElement.ToString());
        Assert.Equal("nationalParty", party.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task DataPage_StatesTheApiConventions()
    {
        var page = await app.GetDocumentAsync("/data");

        var section = page.Single("#api-conventions").ParentElement!.TextContent;
        Assert.Contains("camelCase", section, StringComparison.Ordinal);
        Assert.Contains("councillorsLost", section, StringComparison.Ordinal);
    }

    [GeneratedRegex("^[a-z][a-zA-Z0-9]*$")]
    private static partial Regex CamelCase();

    // A camelCase enum value; a label would have spaces or capitals.
    [GeneratedRegex("^[a-z][a-zA-Z0-9]*$")]
    private static partial Regex EnumValue();
}
