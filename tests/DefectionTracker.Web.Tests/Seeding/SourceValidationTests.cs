using System.Text.Json.Nodes;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Tests.Seeding;

/// <summary>
/// What the six-article trial asked the loader to refuse: a source's reading that does not add up, one page under two
/// sources, dates in the future; and unknown references answered with the nearest existing id.
/// </summary>
public class SourceValidationTests
{
    /// <summary>The fixture's newest date is the Marchbury Herald's report of 11 November 2025.</summary>
    private static readonly DateOnly FixtureNewest = new(2025, 11, 11);

    private static string LoadError(TempSeeds seeds, TimeProvider? clock = null) =>
        Assert.Throws<SeedValidationException>(() => SeedLoader.Load(seeds.Path, clock ?? TimeProvider.System)).Message;

    private static JsonObject Record(JsonArray records, string id) =>
        records.Select(r => r!.AsObject()).Single(r => (string?)r["id"] == id);

    private static int Number(JsonArray records, string id) =>
        records.Select((r, i) => (Id: (string?)r!["id"], i)).Single(x => x.Id == id).i + 1;

    [Fact]
    public void Fixture_SourcesLoad_WithHowEachWasRead()
    {
        var sources = SeedLoader.Load(TestPaths.Fixture).Sources.ToDictionary(s => s.Id);

        var mirror = sources["north-west-today-fellside"];
        Assert.Equal((SourceReadVia.Mirror, "https://northwest-today.example/politics/fellside-labour-loses-control",
                "https://copies-of-news.example/northwest-today/fellside-labour-loses-control"),
            (mirror.ReadVia, mirror.OriginalUrl, mirror.MirrorUrl));
        var unknownOriginal = sources["dales-weekly-brackenholt-five"];
        Assert.Equal((SourceReadVia.Mirror, null), (unknownOriginal.ReadVia, unknownOriginal.OriginalUrl));
        var inferred = sources["radio-brackenholt-five"];
        Assert.Equal((SourceReadVia.Original, true, null), (inferred.ReadVia, inferred.HeadlineInferred, inferred.MirrorUrl));
    }

    [Fact]
    public void Mirror_WithoutMirrorUrl_IsRefused()
    {
        using var seeds = TestPaths.CopySeeds();
        var number = 0;
        seeds.EditJson("sources.json", records =>
        {
            number = Number(records, "north-west-today-fellside");
            Record(records, "north-west-today-fellside")["mirrorUrl"] = null;
        });

        Assert.Contains($"sources.json: record 'north-west-today-fellside' (#{number}): field 'mirrorUrl': is missing: a source read via a mirror",
            LoadError(seeds));
    }

    [Fact]
    public void Original_WithMirrorUrl_IsRefused()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("sources.json", records =>
            Record(records, "radio-brackenholt-five")["mirrorUrl"] = "https://copies.example/radio-brackenholt-five");

        Assert.Contains("record 'radio-brackenholt-five' (#", LoadError(seeds));
        Assert.Contains("field 'mirrorUrl': must be null for a source read at the original", LoadError(seeds));
    }

    [Fact]
    public void ReadVia_Missing_ListsTheAllowedValues()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("sources.json", records => Record(records, "radio-brackenholt-five").Remove("readVia"));

        Assert.Contains("record 'radio-brackenholt-five'", LoadError(seeds));
        Assert.Contains("field 'readVia': is missing (one of: original, mirror)", LoadError(seeds));
    }

    [Fact]
    public void SameOriginalUrl_UnderTwoSources_IsRefused_NamingTheFirst()
    {
        using var seeds = TestPaths.CopySeeds();
        var number = 0;
        seeds.EditJson("sources.json", records =>
        {
            number = Number(records, "fellside-gazette-blaylock-lib-dems");
            Record(records, "fellside-gazette-blaylock-lib-dems")["originalUrl"] = "https://www.fellside-gazette.example/news/three-quit-labour";
        });

        // The later of the two in the file is refused, naming the first (the canonical file lists sources by id).
        Assert.Contains(
            $"sources.json: record 'fellside-gazette-three-quit' (#{number + 1}): field 'originalUrl': " +
            "'https://www.fellside-gazette.example/news/three-quit-labour' is already the originalUrl of source 'fellside-gazette-blaylock-lib-dems': one page is one source",
            LoadError(seeds));
    }

    [Fact]
    public void MirrorUrl_ThatIsAnotherSourcesOriginal_IsRefused_WhateverTheSchemeWwwOrTrailingSlash()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("sources.json", records =>
            Record(records, "dales-weekly-brackenholt-five")["mirrorUrl"] = "http://radio-brackenholt.example/news/brackenholt-five-councillors-leave-labour/");

        Assert.Contains(
            "record 'radio-brackenholt-five' (#26): field 'originalUrl': 'https://radio-brackenholt.example/news/brackenholt-five-councillors-leave-labour' " +
            "is already the mirrorUrl of source 'dales-weekly-brackenholt-five'",
            LoadError(seeds));
    }

    [Fact]
    public void MirrorUrl_EqualToItsOwnOriginal_IsRefused()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("sources.json", records =>
        {
            var mirror = Record(records, "north-west-today-fellside");
            mirror["mirrorUrl"] = (string?)mirror["originalUrl"];
        });

        Assert.Contains("record 'north-west-today-fellside' (#25): field 'mirrorUrl':", LoadError(seeds));
        Assert.Contains("is also this source's originalUrl", LoadError(seeds));
    }

    [Fact]
    public void Fixture_Loads_OnTheDayOfItsNewestDate()
    {
        var data = SeedLoader.Load(TestPaths.Fixture, new FixedClock(FixtureNewest));

        Assert.NotEmpty(data.Sources);
    }

    [Fact]
    public void DayAfterToday_IsRefused_NamingFileRecordAndField()
    {
        using var seeds = TestPaths.CopySeeds();

        // The fixture loaded the day before its newest source was published.
        var message = LoadError(seeds, new FixedClock(FixtureNewest.AddDays(-1)));

        Assert.Contains("sources.json: record 'marchbury-herald-reform-pair' (#", message);
        Assert.Contains("field 'published': 2025-11-11 is in the future (today is 2025-11-10)", message);
    }

    [Fact]
    public void MonthThatStartsAfterToday_IsRefused_AMonthUnderWay_IsNot()
    {
        // Fixture: the Marchbury Reform event is dated November 2025 at month precision.
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("sources.json", records =>
            Record(records, "marchbury-herald-reform-pair")["published"] = new JsonObject { ["date"] = "2025-10-31", ["precision"] = "day" });

        var message = LoadError(seeds, new FixedClock(new DateOnly(2025, 10, 31)));
        SeedLoader.Load(seeds.Path, new FixedClock(new DateOnly(2025, 11, 1)));

        Assert.Contains("defections.json: record '2025-11-marchbury-two-join-reform' (#", message);
        Assert.Contains("field 'date': 2025-11 is in the future (today is 2025-10-31)", message);
    }

    [Fact]
    public void UnknownReference_SuggestsTheNearestExistingId()
    {
        using var seeds = TestPaths.CopySeeds();
        string id = "";
        seeds.EditJson("defections.json", records =>
        {
            id = (string)records[0]!["id"]!;
            records[0]!["fromParty"] = "labor";
        });

        Assert.Contains($"defections.json: record '{id}' (#1): field 'fromParty': unknown party 'labor': did you mean 'labour'?",
            LoadError(seeds));
    }

    [Fact]
    public void UnknownSource_WithTwoLettersSwapped_SuggestsTheSource()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("defections.json", records => records[0]!["sources"]![0] = "fellside-gazette-three-qiut");

        Assert.Contains("field 'sources[0]': unknown source 'fellside-gazette-three-qiut': did you mean 'fellside-gazette-three-quit'?",
            LoadError(seeds));
    }

    [Fact]
    public void UnknownReference_WithNothingClose_SuggestsNothing()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("defections.json", records => records[0]!["fromParty"] = "no-such-party");

        var message = LoadError(seeds);

        Assert.Contains("field 'fromParty': unknown party 'no-such-party'", message);
        Assert.DoesNotContain("did you mean", message);
    }

    [Theory]
    [InlineData("labor", "labour")]
    [InlineData("Labour", "labour")]
    [InlineData("grene", "green")]
    [InlineData("reformuk", "reform-uk")]
    [InlineData("plaid-cymru", null)]
    public void NearestId_FindsASlip_NotAStranger(string typed, string? expected)
    {
        string[] parties = ["labour", "conservative", "liberal-democrats", "green", "reform-uk", "independent"];

        Assert.Equal(expected, NearestId.Find(typed, parties));
    }

    private sealed class FixedClock(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
