using System.Text.Json.Nodes;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Seeding;

// The fixture's register (tests/DefectionTracker.Testing/Fixtures/dataset/register.json): 13 councils, six of them the
// recorded ones, Fold Valley the successor of Westfold and Eastfold, Marchbury of Marchbury District.
public class RegisterValidationTests
{
    private static string LoadError(TempSeeds seeds) =>
        Assert.Throws<SeedValidationException>(() => SeedLoader.Load(seeds.Path)).Message;

    private static void Edit(TempSeeds seeds, string id, Action<JsonObject> edit) =>
        seeds.EditJson(SeedLoader.RegisterFile, records => edit(records.Single(r => (string?)r!["id"] == id)!.AsObject()));

    [Fact]
    public void Fixture_Register_LoadsEveryCouncilWithItsSuccessors()
    {
        var register = SeedLoader.Load(TestPaths.Fixture).Register;

        Assert.Equal(13, register.Count);
        Assert.Equal("fold-valley", register.Single(c => c.Slug == "westfold").ReplacedBy);
        Assert.Equal(new DateOnly(2023, 3, 31), register.Single(c => c.Slug == "eastfold").EndDate);
        Assert.Equal("E07000903", register.Single(c => c.Slug == "marchbury").FormerGssCodes);
    }

    [Fact]
    public void Register_UnknownSuccessor_NamesFileRecordAndField()
    {
        using var seeds = TestPaths.CopySeeds();
        Edit(seeds, "westfold", r => r["replacedBy"] = new JsonArray("fold-vally"));

        Assert.Contains("register.json: record 'westfold' (#13): field 'replacedBy[0]': unknown register council 'fold-vally': did you mean 'fold-valley'?",
            LoadError(seeds));
    }

    [Fact]
    public void Register_BadGssCode_IsRejected()
    {
        using var seeds = TestPaths.CopySeeds();
        Edit(seeds, "northby", r => r["gssCode"] = "S1200090");

        Assert.Contains("register.json: record 'northby' (#12): field 'gssCode': 'S1200090' is not a GSS code", LoadError(seeds));
    }

    [Fact]
    public void Register_TwoCouncilsWithOneGssCode_IsRejected()
    {
        using var seeds = TestPaths.CopySeeds();
        Edit(seeds, "hallow-vale", r => r["formerGssCodes"] = new JsonArray("E07000901"));

        Assert.Contains("register.json: record 'hallow-vale' (#8): field 'gssCode': the code 'E07000901' is also held by 'fellside'", LoadError(seeds));
    }

    [Fact]
    public void Register_ReplacedButNotEnded_AndBadDate_AreRejected()
    {
        using var seeds = TestPaths.CopySeeds();
        Edit(seeds, "eastfold", r => r["endDate"] = null);
        Edit(seeds, "fold-valley", r => r["startDate"] = "2023-04");

        var message = LoadError(seeds);

        Assert.Contains("register.json: record 'eastfold' (#5): field 'endDate': is missing: a council replaced by another has ended", message);
        Assert.Contains("register.json: record 'fold-valley' (#7): field 'startDate': '2023-04' is not a date (YYYY-MM-DD)", message);
    }

    [Fact]
    public void Register_CoordinatesOutsideTheUk_AreRejected()
    {
        using var seeds = TestPaths.CopySeeds();
        Edit(seeds, "cwm-isaf", r => r["latitude"] = 5.17);

        Assert.Contains("register.json: record 'cwm-isaf' (#3): field 'latitude': 5.17 is not a UK latitude", LoadError(seeds));
    }

    [Fact]
    public void Register_Missing_IsAllowed_AndPlacesNothing()
    {
        using var seeds = TestPaths.CopySeeds();
        File.Delete(Path.Combine(seeds.Path, SeedLoader.RegisterFile));

        Assert.Empty(SeedLoader.Load(seeds.Path).Register);
    }
}
