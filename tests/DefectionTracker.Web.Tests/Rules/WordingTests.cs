using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Tests.Rules;

public class WordingTests
{
    [Theory]
    [InlineData(0, "0 councillors")]
    [InlineData(1, "1 councillor")]
    [InlineData(20, "20 councillors")]
    public void Count_UsesTheSingularForOneOnly(int n, string expected) => Assert.Equal(expected, Wording.Count(n, "councillor"));

    [Fact]
    public void Count_TakesAnIrregularPlural() => Assert.Equal("2 events give", Wording.Count(2, "event gives", "events give"));

    [Theory]
    [InlineData(22, false, "22")]
    [InlineData(3, true, "at least 3")]
    [InlineData(0, true, "not known")]
    public void AtLeast_SaysWhenTheTotalIsALowerBound(int known, bool someUnknown, string expected) =>
        Assert.Equal(expected, Wording.AtLeast(known, someUnknown));

    [Fact]
    public void Headline_ReadsAsASentenceForEachKind()
    {
        Assert.Equal("20 councillors left Labour to sit as independents",
            Wording.Headline(DefectionKind.LeftParty, 20, "Labour", "Independent", toIndependent: true));
        Assert.Equal("1 councillor left Labour to sit as an independent",
            Wording.Headline(DefectionKind.LeftParty, 1, "Labour", "Independent", toIndependent: true));
        Assert.Equal("5 councillors left Labour to form Nottingham Independents",
            Wording.Headline(DefectionKind.FormedNewGroup, 5, "Labour", "Nottingham Independents", toIndependent: false));
        Assert.Equal("1 councillor suspended by Labour",
            Wording.Headline(DefectionKind.Suspended, 1, "Labour", null, toIndependent: false));
        Assert.Equal("Councillors (number not known) left Labour",
            Wording.Headline(DefectionKind.LeftParty, null, "Labour", null, toIndependent: false));
    }

    [Fact]
    public void EveryEnumValue_HasItsOwnWords()
    {
        Assert.Equal(Enum.GetValues<DefectionKind>().Length, Enum.GetValues<DefectionKind>().Select(Wording.Kind).Distinct().Count());
        Assert.Equal(Enum.GetValues<Verification>().Length, Enum.GetValues<Verification>().Select(Wording.VerificationShort).Distinct().Count());
        Assert.Equal(Enum.GetValues<CouncilKind>().Length, Enum.GetValues<CouncilKind>().Select(Wording.CouncilKind).Distinct().Count());
        Assert.Equal(Enum.GetValues<PartyKind>().Length, Enum.GetValues<PartyKind>().Select(Wording.PartyKind).Distinct().Count());
    }
}
