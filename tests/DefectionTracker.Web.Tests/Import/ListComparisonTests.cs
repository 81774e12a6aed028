using System.Text;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Features.Import;

namespace DefectionTracker.Web.Tests.Import;

// The fixture's councillor lists (Fixtures/councillor-lists, figures in Fixtures/dataset/README.md) against the
// fixture's record: Brackenholt's recorded councillors are Grace Okafor (Labour since Dec 2023), Hannah Mistry
// (independent since 10 Feb 2025) and Peter Quayle (Reform since Sep 2023).
public class ListComparisonTests
{
    private static readonly Lazy<ImportKnowledge> Knowledge = new(() =>
    {
        var d = SeedLoader.Load(TestPaths.Fixture);
        return ImportKnowledge.Build(d.Councils, d.Register, d.Parties, d.Grievances, d.Councillors, d.Defections, d.Compositions);
    });

    private static KnownCouncil Council(string slug) => Knowledge.Value.Councils.Single(c => c.Slug == slug);

    private static byte[] List(string name) => File.ReadAllBytes(Path.Combine(TestPaths.CouncillorLists, name));

    private static ListComparisonResult Compare(string file, string council, DateOnly asOf)
    {
        var (rows, problem) = CouncillorList.Read(List(file), Council(council));
        Assert.Null(problem);
        return ListComparison.Compare(Knowledge.Value, Council(council), rows, new ListSource("https://brackenholt.example/councillors", "Brackenholt MBC", asOf));
    }

    [Fact]
    public void Brackenholt_OnItsDate_GivesOneChangeFourNewNamesOneGoneOneUnchanged()
    {
        var result = Compare("brackenholt-2025-03-01.csv", "brackenholt", new DateOnly(2025, 3, 1));

        Assert.Equal(6, result.Rows);
        var change = Assert.Single(result.PartyChanges);
        Assert.Equal(("peter-quayle", "reform-uk", "independent", 3), (change.Councillor, change.RecordedParty.Slug, change.ListedParty.Slug, change.Line));
        Assert.Equal(["Jane Doe", "Lee, Sam", "Tariq Aziz", "Ian Thorne"], result.NewNames.Select(n => n.Name));
        Assert.Equal(["labour", "green", null, "labour"], result.NewNames.Select(n => n.Party.Slug));
        Assert.Equal("ian-thorne", result.NewNames.Single(n => n.Name == "Ian Thorne").Councillor);
        var gone = Assert.Single(result.Gone);
        Assert.Equal(("grace-okafor", "Millgate", "labour"), (gone.Councillor, gone.Ward, gone.RecordedParty?.Slug));
        Assert.Equal(1, result.Unchanged);
        Assert.Equal(["Hannah Mistry"], result.UnchangedNames);
        Assert.Equal(["Yorkshire Party"], result.PartiesNotInTheRecord);
    }

    [Fact]
    public void Brackenholt_ReadAtAnEarlierDate_IsComparedWithTheRecordThen()
    {
        // On 1 January 2025 the record still has Hannah Mistry in Labour: "Ind" on the list is a proposed defection.
        var result = Compare("brackenholt-2025-03-01.csv", "brackenholt", new DateOnly(2025, 1, 1));

        Assert.Equal(["hannah-mistry", "peter-quayle"], result.PartyChanges.Select(c => c.Councillor).Order(StringComparer.Ordinal));
        Assert.Equal("labour", result.PartyChanges.Single(c => c.Councillor == "hannah-mistry").RecordedParty.Slug);
        Assert.Equal(0, result.Unchanged);
    }

    [Fact]
    public void Prefill_AProposedDefection_IsOneCouncillorFromTheRecordedPartyToTheListed_DatedNoLaterThanTheList()
    {
        var result = Compare("brackenholt-2025-03-01.csv", "brackenholt", new DateOnly(2025, 3, 1));

        var record = ListPrefill.Defection(result.PartyChanges[0], result);

        Assert.Equal("leftParty", (string?)record["kind"]);
        Assert.Equal("reform-uk", (string?)record["fromParty"]);
        Assert.Equal("independent", (string?)record["toParty"]);
        Assert.Equal(1, (int?)record["councillorCount"]);
        Assert.Equal("brackenholt", (string?)record["councils"]![0]!["council"]);
        Assert.Equal("peter-quayle", (string?)record["councillors"]![0]);
        Assert.Equal("2025-03-01", (string?)record["notAfter"]!["date"]);
        Assert.Null(record["date"]);
        Assert.Equal("Brackenholt MBC", (string?)ListPrefill.Source(result)["publisher"]);
    }

    [Fact]
    public void PartyAt_TwoAffiliationsOfUnknownStart_IsNotSettled()
    {
        // Nia Walsh: Green and independent, neither dated.
        var walsh = Knowledge.Value.Councillors.Single(c => c.Slug == "nia-walsh");

        Assert.Null(ListComparison.PartyAt(walsh, new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void PartyAt_TheDayOfAChange_IsTheNewParty()
    {
        var mistry = Knowledge.Value.Councillors.Single(c => c.Slug == "hannah-mistry");

        Assert.Equal("labour", ListComparison.PartyAt(mistry, new DateOnly(2025, 2, 9)));
        Assert.Equal("independent", ListComparison.PartyAt(mistry, new DateOnly(2025, 2, 10)));
    }

    [Theory]
    [InlineData("missing-party-column.csv", "no “party” column")]
    [InlineData("empty.csv", "The file is empty")]
    [InlineData("wrong-council.csv", "Line 3 is a councillor of “Fellside”")]
    [InlineData("no-name.csv", "Line 3 has no councillor's name")]
    public void Read_ABadList_NamesTheProblemsLineOrColumn(string file, string message)
    {
        var (rows, problem) = CouncillorList.Read(List(file), Council("brackenholt"));

        Assert.Empty(rows);
        Assert.Contains(message, problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderNamesInAnyCase_AreTheColumns()
    {
        var (rows, problem) = CouncillorList.Read(List("no-name.csv")[..^8], Council("brackenholt"));

        Assert.Null(problem);
        Assert.Equal(("Hannah Mistry", "Independent"), (Assert.Single(rows).Name, rows[0].Party));
    }

    [Fact]
    public void Read_MoreRowsThanACouncilHas_IsRefused()
    {
        var csv = new StringBuilder("councillor,party\n");
        for (var i = 0; i <= CouncillorList.MaxRows; i++)
        {
            csv.Append("Person ").Append(i).Append(",Labour\n");
        }

        var (_, problem) = CouncillorList.Read(Encoding.UTF8.GetBytes(csv.ToString()), Council("brackenholt"));

        Assert.Contains("more than 2,000 councillors", problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AFileOverTheLimit_IsRefusedBeforeItIsRead()
    {
        var (_, problem) = CouncillorList.Read(new byte[CouncillorList.MaxBytes + 1], Council("brackenholt"));

        Assert.Contains("at most 1,000 kB", problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnUnclosedQuote_IsAProblemNotAnException()
    {
        var (_, problem) = CouncillorList.Read(Encoding.UTF8.GetBytes("councillor,party\n\"Hannah Mistry,Independent\nRuth Askew,Labour\n"), Council("brackenholt"));

        Assert.NotNull(problem);
    }
}
