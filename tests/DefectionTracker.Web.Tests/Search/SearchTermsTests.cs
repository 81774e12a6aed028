using DefectionTracker.Web.Features.Search;

namespace DefectionTracker.Web.Tests.Search;

public class SearchTermsTests
{
    private static readonly GrievanceTerms[] Grievances =
    [
        new("gaza", "Gaza", ["ceasefire", "palestine", "israel-gaza"]),
        new("winter-fuel-payment", "Winter fuel payment cut", ["winter fuel allowance", "winter fuel payment", "winter fuel", "pensioners"]),
        new("waspi-pensions", "WASPI women's pensions", ["WASPI", "pension", "state pension"]),
        new("local-government-reorganisation", "Local government reorganisation", ["unitary", "super councils", "local democracy"]),
        new("internal-democracy", "Internal party democracy and free speech", ["democracy", "free speech"]),
    ];

    [Theory]
    [InlineData("Winter FUEL", new[] { "winter", "fuel" })]
    [InlineData("\"gaza\" OR title:ceasefire*", new[] { "gaza", "or", "title", "ceasefire" })]
    [InlineData("NEAR(gaza ceasefire, 5)", new[] { "near", "gaza", "ceasefire", "5" })]
    [InlineData("a\u0000b\u0002c\u0003d\u007f", new[] { "a", "b", "c", "d" })]
    [InlineData("🙂🙂 gaza 👩‍👩‍👧", new[] { "gaza" })]
    [InlineData("ＧＡＺＡ", new[] { "gaza" })]
    [InlineData("café", new[] { "café" })]
    [InlineData("\u202Eazag\u202C", new[] { "azag" })]
    [InlineData("غزة", new[] { "غزة" })]
    [InlineData("'; DROP TABLE search_index; --", new[] { "drop", "table", "search", "index" })]
    [InlineData("((((", new string[0])]
    [InlineData("", new string[0])]
    public void Tokenise_KeepsOnlyLettersAndDigits(string input, string[] expected) =>
        Assert.Equal(expected, SearchTerms.Tokenise(input));

    [Fact]
    public void Tokenise_LoneSurrogate_IsASeparatorNotAnError()
    {
        Assert.Equal(["ab", "cd"], SearchTerms.Tokenise("ab\uD800cd"));
        Assert.Equal(["ab"], SearchTerms.Tokenise("ab\uDFFF"));
    }

    [Fact]
    public void Tokenise_NoncharactersAndUnassigned_AreSeparatorsNotAnError() =>
        Assert.Equal(["ab", "cd", "ef"], SearchTerms.Tokenise("ab\uFFFFcd\uFDD0ef\uFFFE\U0010FFFF"));

    [Fact]
    public void Tokenise_DecomposedAccent_StaysInItsWord()
    {
        Assert.Equal(["café"], SearchTerms.Tokenise("cafe\u0301"));
        Assert.Empty(SearchTerms.Tokenise("\u0301\u0301"));
    }

    [Fact]
    public void Tokenise_CapsTheNumberOfWords()
    {
        var tokens = SearchTerms.Tokenise(string.Join(' ', Enumerable.Repeat("a", 400)));

        Assert.Equal(SearchTerms.MaxTokens, tokens.Count);
    }

    [Fact]
    public void AllWords_QuotesEveryWord_AndPrefixesOnlyALongLastWord()
    {
        Assert.Equal("\"winter\" AND \"fuel\"*", SearchTerms.AllWords(["winter", "fuel"], prefixLast: true));
        Assert.Equal("\"winter\" AND \"fu\"", SearchTerms.AllWords(["winter", "fu"], prefixLast: true));
        Assert.Equal("\"and\" AND \"or\" AND \"not\"", SearchTerms.AllWords(["and", "or", "not"], prefixLast: false));
        Assert.Null(SearchTerms.AllWords([], prefixLast: true));
    }

    [Fact]
    public void Quote_DoublesAnyDoubleQuote() => Assert.Equal("\"a\"\"b\"", SearchTerms.Quote("a\"b"));

    [Theory]
    [InlineData("winter fuel allowance", "winter-fuel-payment")]
    [InlineData("winter fuel payment", "winter-fuel-payment")]
    [InlineData("the Winter-Fuel cut", "winter-fuel-payment")]
    [InlineData("ceasefire", "gaza")]
    [InlineData("Palestine", "gaza")]
    [InlineData("gaza", "gaza")]
    [InlineData("pensions", "waspi-pensions")]
    [InlineData("unitary", "local-government-reorganisation")]
    [InlineData("super councils", "local-government-reorganisation")]
    [InlineData("local democracy", "local-government-reorganisation")]
    public void FindGrievances_SynonymOrName_LeadsToTheGrievance(string query, string slug)
    {
        var matches = SearchTerms.FindGrievances(SearchTerms.Tokenise(query), Grievances);

        Assert.Equal([slug], matches.Select(m => m.Grievance.Slug));
    }

    [Fact]
    public void FindGrievances_KeepsTheOtherWords_ForRowsTaggedWithTheGrievance()
    {
        var match = Assert.Single(SearchTerms.FindGrievances(SearchTerms.Tokenise("broxtowe winter fuel payment labour"), Grievances));

        Assert.Equal("winter-fuel-payment", match.Grievance.Slug);
        Assert.Equal(["broxtowe", "labour"], match.RestTokens);
        Assert.True(match.PrefixLast);
    }

    [Fact]
    public void FindGrievances_WordsThatNameNothing_FindNothing()
    {
        Assert.Empty(SearchTerms.FindGrievances(SearchTerms.Tokenise("zzzz fuel"), Grievances));
        Assert.Empty(SearchTerms.FindGrievances(SearchTerms.Tokenise("pensionable"), Grievances));
        Assert.Empty(SearchTerms.FindGrievances([], Grievances));
    }
}
