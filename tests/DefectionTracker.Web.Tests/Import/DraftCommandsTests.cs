using System.Text.Json.Nodes;
using DefectionTracker.Web.Tests.Record;
using Microsoft.Data.Sqlite;

namespace DefectionTracker.Web.Tests.Import;

/// <summary>draft and evaluate-drafts on the real process, over the fixture dataset.</summary>
public sealed class DraftCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dt-draft-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string File(string name) => Path.Combine(_folder, name);

    private Task<(int Exit, string Output)> RunAsync(params string[] args) =>
        AppProcess.RunAsync(File("x.db"), TestPaths.Fixture, File("logs"), args);

    [Fact]
    public async Task Draft_PrintsOneJsonObject_WithEveryField()
    {
        System.IO.File.WriteAllText(File("a.txt"), "Five Labour councillors on Brackenholt Metropolitan Borough Council quit the party on Monday to sit as independents.");

        var (exit, output) = await RunAsync("draft", "--file", File("a.txt"), "--published", "2025-02-11");

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..(output.LastIndexOf('}') + 1)])!.AsObject();
        Assert.Equal(["councils", "councillorCount", "fromParty", "toParty", "date", "datePrecision", "dateBasis", "councillors", "grievances",
            "quotes", "matchesEvent", "evidence", "confidence"], json.Select(p => p.Key));
        Assert.Equal("brackenholt", (string?)json["councils"]![0]!["slug"]);
        Assert.Equal(5, (int?)json["councillorCount"]);
        Assert.Equal("2025-02-10", (string?)json["date"]);
        Assert.Equal("derived", (string?)json["dateBasis"]);
        Assert.Equal("2025-02-10-brackenholt-five-quit-labour", (string?)json["matchesEvent"]);
    }

    [Fact]
    public async Task Draft_BadPublicationDate_IsAUsageError()
    {
        System.IO.File.WriteAllText(File("a.txt"), "text");

        Assert.Equal(2, (await RunAsync("draft", "--file", File("a.txt"), "--published", "11/02/2025")).Exit);
    }

    [Fact]
    public async Task EvaluateDrafts_PrintsPrecisionRecallAndF1PerField()
    {
        Directory.CreateDirectory(File("corpus"));
        System.IO.File.WriteAllText(File("corpus/a.txt"), "Three councillors on Fellside District Council quit Labour on 14 July 2023 to sit as independents.");
        System.IO.File.WriteAllText(File("corpus/a.json"), """
            { "published": "2023-07-15", "url": null, "councils": ["fellside"], "councillorCount": 3, "fromParty": "labour",
              "toParty": "independent", "date": "2023-07-14", "councillors": [], "grievances": ["gaza"] }
            """);

        var (exit, output) = await RunAsync("evaluate-drafts", File("corpus"));

        Assert.Equal(0, exit);
        Assert.Matches(@"councils\s+1\.00\s+1\.00\s+1\.00", output);
        Assert.Matches(@"councillorCount\s+1\.00\s+1\.00\s+1\.00", output);
        // Gaza was expected and not proposed: recall 0, and F1 0.
        Assert.Matches(@"grievances\s+1\.00\s+0\.00\s+0\.00", output);
    }

    [Fact]
    public async Task CompareList_PrintsTheComparisonAsJson_AsOfTheDateGiven()
    {
        var (exit, output) = await RunAsync("compare-list", "--council", "brackenholt",
            "--file", Path.Combine(TestPaths.CouncillorLists, "brackenholt-2025-03-01.csv"), "--date", "2025-03-01");

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..(output.LastIndexOf('}') + 1)])!.AsObject();
        Assert.Equal("2025-03-01", (string?)json["asOf"]);
        Assert.Equal(6, (int?)json["rows"]);
        Assert.Equal("peter-quayle", (string?)json["partyChanges"]![0]!["councillor"]);
        Assert.Equal(4, json["newNames"]!.AsArray().Count);
        Assert.Equal("grace-okafor", (string?)json["gone"]![0]!["councillor"]);
        Assert.Equal(1, (int?)json["unchanged"]);
    }

    [Fact]
    public async Task CompareList_ABadList_FailsNamingTheProblem()
    {
        var (exit, output) = await RunAsync("compare-list", "--council", "brackenholt",
            "--file", Path.Combine(TestPaths.CouncillorLists, "wrong-council.csv"));

        Assert.Equal(1, exit);
        Assert.Contains("Line 3 is a councillor of “Fellside”", output, StringComparison.Ordinal);
    }
}
