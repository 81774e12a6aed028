using System.Text.Json.Nodes;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Seeding;

public class SeedLoaderTests
{
    private static string LoadError(TempSeeds seeds) =>
        Assert.Throws<SeedValidationException>(() => SeedLoader.Load(seeds.Path)).Message;

    private static JsonObject First(JsonArray records) => records[0]!.AsObject();

    /// <summary>
    /// The one test that reads the published seeds/: it must load with the real loader (every reference resolves, every
    /// date matches its precision, every event names a source). It asserts no figure, so adding, changing or removing
    /// records in seeds/ breaks it only when they are invalid.
    /// </summary>
    /// <summary>
    /// The same published seeds/ (still no figure asserted): they are kept in the exporter's canonical form, so that an
    /// export of the record can replace them with a diff of what changed only. Hand edits are normalised with import
    /// then export (see the README).
    /// </summary>
    [Fact]
    public async Task RealSeeds_AreInTheExportersCanonicalForm()
    {
        using var factory = new AppFactory(TestPaths.RealSeeds);
        _ = factory.Services;
        var folder = Directory.CreateTempSubdirectory("dt-canonical-").FullName;
        try
        {
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DatasetExporter>().ExportAsync(folder, CancellationToken.None);
            }

            foreach (var path in Directory.GetFiles(TestPaths.RealSeeds, "*.json"))
            {
                Assert.True(
                    File.ReadAllBytes(path).SequenceEqual(File.ReadAllBytes(Path.Combine(folder, Path.GetFileName(path)))),
                    $"seeds/{Path.GetFileName(path)} is not in canonical form: import it and export it back");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void RealSeeds_LoadWithTheRealLoader_AndAreValid()
    {
        var data = SeedLoader.Load(TestPaths.RealSeeds);

        Assert.NotEmpty(data.Parties);
        Assert.NotEmpty(data.Councils);
        Assert.NotEmpty(data.Sources);
        Assert.NotEmpty(data.Grievances);
        Assert.NotEmpty(data.Defections);
        Assert.All(data.Defections, d => Assert.NotEmpty(d.Sources));
        Assert.All(data.Compositions, c => Assert.False(string.IsNullOrEmpty(c.SourceId)));
        Assert.All(data.Quotes, q => Assert.False(string.IsNullOrEmpty(q.SourceId)));
        Assert.Equal(64, data.ContentHash.Length);
    }

    [Fact]
    public void Fixture_Loads_WithTheRecordsItsReadmeLists()
    {
        var data = SeedLoader.Load(TestPaths.Fixture);

        // Fixtures/dataset/README.md: 8 parties, 7 councils, 27 sources, 6 grievances, 13 councillors, 7 compositions,
        // 15 defections, 4 quotes.
        Assert.Equal(
            (8, 7, 30, 7, 14, 7, 16, 4),
            (data.Parties.Count, data.Councils.Count, data.Sources.Count, data.Grievances.Count, data.Councillors.Count,
                data.Compositions.Count, data.Defections.Count, data.Quotes.Count));
        Assert.All(data.Defections, d => Assert.NotEmpty(d.Sources));
    }

    [Fact]
    public void BadJson_StopsWithFileAndLine()
    {
        using var seeds = TestPaths.CopySeeds();
        File.WriteAllText(seeds.File("parties.json"), "[\n  { \"id\": \"labour\",\n  \"name\": }\n]");

        var message = LoadError(seeds);

        Assert.Contains("parties.json", message);
        Assert.Contains("invalid JSON at line 3", message);
    }

    [Fact]
    public void UnknownReference_NamesFileRecordAndField()
    {
        using var seeds = TestPaths.CopySeeds();
        string id = "";
        seeds.EditJson("defections.json", records =>
        {
            id = (string)First(records)["id"]!;
            First(records)["fromParty"] = "no-such-party";
        });

        var message = LoadError(seeds);

        Assert.Contains($"defections.json: record '{id}' (#1): field 'fromParty': unknown party 'no-such-party'", message);
    }

    [Fact]
    public void DuplicateId_NamesTheRecord()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("sources.json", records => records.Add(First(records).DeepClone()));

        var message = LoadError(seeds);

        Assert.Contains("sources.json: record '", message);
        Assert.Contains("field 'id': duplicate id", message);
    }

    [Fact]
    public void CompositionWithMoreSeatsThanTheCouncil_IsRejected()
    {
        using var seeds = TestPaths.CopySeeds();
        string id = "";
        seeds.EditJson("compositions.json", records =>
        {
            id = (string)First(records)["id"]!;
            First(records)["seats"]!.AsArray()[0]!["seats"] = 9999;
        });

        var message = LoadError(seeds);

        Assert.Contains($"compositions.json: record '{id}' (#1): field 'seats': the seats add up to", message);
        Assert.Contains("more than the council's", message);
    }

    [Fact]
    public void ImpossibleDate_IsRejected()
    {
        using var seeds = TestPaths.CopySeeds();
        string id = "";
        seeds.EditJson("defections.json", records =>
        {
            id = (string)First(records)["id"]!;
            First(records)["date"] = new JsonObject { ["date"] = "2024-02-30", ["precision"] = "day" };
        });

        var message = LoadError(seeds);

        Assert.Contains($"defections.json: record '{id}' (#1): field 'date': '2024-02-30' is not a real date", message);
    }

    [Fact]
    public void DatePrecisionThatDoesNotMatchTheDate_IsRejected()
    {
        using var seeds = TestPaths.CopySeeds();
        string id = "";
        seeds.EditJson("defections.json", records =>
        {
            id = (string)First(records)["id"]!;
            First(records)["date"] = new JsonObject { ["date"] = "2024-04", ["precision"] = "day" };
        });

        var message = LoadError(seeds);

        Assert.Contains($"field 'date': '2024-04' does not match precision 'day' (expected YYYY-MM-DD)", message);
    }

    [Fact]
    public void UnknownEnumValue_ListsTheAllowedValues()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("defections.json", records => First(records)["verification"] = "probably");

        var message = LoadError(seeds);

        Assert.Contains("field 'verification': 'probably' is not one of: confirmed, singleSource, unverified", message);
    }

    [Fact]
    public void MissingFile_IsNamed()
    {
        using var seeds = TestPaths.CopySeeds();
        File.Delete(seeds.File("quotes.json"));

        Assert.Contains("quotes.json: the file is missing", LoadError(seeds));
    }
}
