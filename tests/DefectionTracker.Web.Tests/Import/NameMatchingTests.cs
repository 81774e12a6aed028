using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Features.Import;

namespace DefectionTracker.Web.Tests.Import;

/// <summary>The one rule for "same person" (PersonNames) and for "which party" (PartyNames), on the fixture's parties.</summary>
public class NameMatchingTests
{
    private static readonly Lazy<IReadOnlyList<KnownParty>> Parties = new(() =>
    {
        var d = SeedLoader.Load(TestPaths.Fixture);
        return ImportKnowledge.Build(d.Councils, d.Register, d.Parties, d.Grievances, d.Councillors, d.Defections, d.Compositions).Parties;
    });

    [Theory]
    [InlineData("Cllr Ruth Askew", "Ruth Askew")]
    [InlineData("Councillor Ruth Askew", "Ruth Askew")]
    [InlineData("Dr Ruth Askew MBE", "Ruth Askew")]
    [InlineData("R. Askew", "Ruth Askew")]
    [InlineData("Cllr R Askew", "Ruth Askew")]
    [InlineData("Askew, Ruth", "Ruth Askew")]
    [InlineData("Afraisiab Anwar", "Afrasiab Anwar")]
    public void PersonNames_TitlesInitialsAndSpellings_AreTheSamePerson(string written, string recorded) =>
        Assert.True(PersonNames.Score(written, recorded) >= PersonNames.SameCouncil, $"{written} / {recorded}: {PersonNames.Score(written, recorded)}");

    [Theory]
    [InlineData("T. Askew", "Ruth Askew")]
    [InlineData("Ruth Ashworth", "Ruth Askew")]
    [InlineData("Tom Blaylock", "Ruth Askew")]
    public void PersonNames_AnotherInitialOrSurname_IsNotTheSamePerson(string written, string recorded) =>
        Assert.True(PersonNames.Score(written, recorded) < PersonNames.SameCouncil, $"{written} / {recorded}: {PersonNames.Score(written, recorded)}");

    [Theory]
    [InlineData("Labour", "labour")]
    [InlineData("Labour Party", "labour")]
    [InlineData("The Labour Party", "labour")]
    [InlineData("Lab", "labour")]
    [InlineData("Labour and Co-operative", "labour")]
    [InlineData("Conservative and Unionist Party", "conservative")]
    [InlineData("Con", "conservative")]
    [InlineData("LD", "liberal-democrats")]
    [InlineData("Liberal Democrat", "liberal-democrats")]
    [InlineData("Independent", "independent")]
    [InlineData("Ind", "independent")]
    [InlineData("Green Party", "green")]
    [InlineData("Reform UK", "reform-uk")]
    [InlineData("Castlebridge Independents", "castlebridge-independents")]
    public void PartyNames_NamesAndListAbbreviations_AreTheRecordsParty(string written, string slug) =>
        Assert.Equal(slug, PartyNames.Match(written, Parties.Value)?.Slug);

    [Theory]
    [InlineData("Yorkshire Party")]
    [InlineData("Liberal")]
    [InlineData("Labs")]
    [InlineData("")]
    public void PartyNames_ANameNoPartyOfTheRecordGoesBy_IsUnmatched(string written) =>
        Assert.Null(PartyNames.Match(written, Parties.Value));
}
