using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Rules;

public class GrievanceCitationsTests
{
    private static readonly string[] Three = ["kane", "stevenson", "peake"];

    private static GrievanceCitation Citation(string id, GrievanceAttribution attribution, string[] citedBy, int? count = 3,
        string[]? councillors = null, bool unverified = false) =>
        new(id, attribution, unverified, count, citedBy, councillors ?? Three, new Dictionary<string, int?> { ["bolsover"] = count });

    [Fact]
    public void OneCouncillorsStatedReason_CountsHerAlone()
    {
        var welfare = GrievanceCitations.Councillors([Citation("bolsover-three", GrievanceAttribution.Stated, ["peake"])]);

        Assert.Equal(new CitingCount(1, 0), welfare);
    }

    [Fact]
    public void AReasonThePressAttributed_CountsNobody_AndAnUnverifiedReportNobody()
    {
        Assert.Equal(0, GrievanceCitations.Councillors([Citation("a", GrievanceAttribution.Attributed, [])]).Known);
        Assert.Equal(0, GrievanceCitations.Councillors([Citation("b", GrievanceAttribution.Stated, [], unverified: true)]).Known);
    }

    [Fact]
    public void AGroupStatement_CountsTheGroup_NamedPeopleOnceAcrossEvents_UnknownSizeSaidSo()
    {
        var count = GrievanceCitations.Councillors(
        [
            Citation("suspended", GrievanceAttribution.Stated, [], count: 1, councillors: ["quddoos"]),
            Citation("resigned", GrievanceAttribution.Stated, [], count: 1, councillors: ["quddoos"]),
            Citation("twenty", GrievanceAttribution.Stated, [], count: 20, councillors: ["radulovic", "bofinger"]),
            Citation("several", GrievanceAttribution.Stated, [], count: null, councillors: []),
        ]);

        Assert.Equal(new CitingCount(21, 1), count);
    }

    [Fact]
    public void Validation_ACouncillorCitingAReason_MustBeOneOfTheEventsCouncillors()
    {
        using var seeds = TestPaths.CopySeeds();
        seeds.EditJson("defections.json", records =>
        {
            var fellside = records.Select(r => r!.AsObject()).Single(r => (string?)r["id"] == "2023-07-14-fellside-three-quit-labour");
            fellside["grievances"]![0]!["councillors"] = new System.Text.Json.Nodes.JsonArray("grace-okafor");
        });

        var error = Assert.Throws<SeedValidationException>(() => SeedLoader.Load(seeds.Path)).Message;

        Assert.Contains("record '2023-07-14-fellside-three-quit-labour' (#1): field 'grievances[0].councillors[0]': 'grace-okafor' is not one of this event's councillors",
            error, StringComparison.Ordinal);
    }
}
