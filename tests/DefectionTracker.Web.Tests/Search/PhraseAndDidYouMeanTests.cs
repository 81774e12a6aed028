using DefectionTracker.Testing;
using DefectionTracker.Web.Features.Search;
using DefectionTracker.Web.Tests.Infrastructure;
using static DefectionTracker.Web.Tests.Search.SearchTestClient;

namespace DefectionTracker.Web.Tests.Search;

/// <summary>
/// Phrase search (words in double quotes must stand together, in order) and "did you mean" for near-misses, on the
/// fixture dataset. Run on SQLite and, in ./test.sh's PostgreSQL pass, on PostgreSQL: the same records on both.
/// </summary>
[Collection(SharedAppCollection.Name)]
public class PhraseAndDidYouMeanTests(SharedAppFixture app)
{
    private const string Fellside2023 = "/defections/2023-07-14-fellside-three-quit-labour";

    [Fact]
    public async Task QuotedPhrase_FindsOnlyTheWordsTogether_NotEachWordAnywhere()
    {
        var loose = Urls(await ResultsAsync(app, "group leader"));
        var phrase = Urls(await ResultsAsync(app, "\"group leader\""));

        // Owen Price "Leader of the Marchbury Community Independents", in "Parties and groups": both words, apart.
        Assert.Contains("/councillors/owen-price", loose);
        Assert.DoesNotContain("/councillors/owen-price", phrase);
        Assert.Equal(["/councillors/ruth-askew", Fellside2023], phrase.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task QuotedPhrase_MarksThePhraseInTheSnippet()
    {
        var askew = (await ResultsAsync(app, "\"group leader\"")).Single(r => r.Url == "/councillors/ruth-askew");

        // FTS5 marks the phrase as one span, ts_headline each of its words: either way both words, side by side.
        Assert.Matches("<mark>group( |</mark> <mark>)leader</mark>", askew.Snippet);
    }

    [Theory]
    [InlineData("\"group leader")]     // an unclosed quote: the rest of the query is the phrase
    [InlineData("“group leader”")]     // curly quotes, as pasted from an article
    public async Task UnclosedOrCurlyQuotes_AreAPhraseToo(string query) =>
        Assert.Equal(Urls(await ResultsAsync(app, "\"group leader\"")), Urls(await ResultsAsync(app, query)));

    [Fact]
    public async Task PhraseAndLooseWord_BothMustMatch()
    {
        var results = Urls(await ResultsAsync(app, "\"group leader\" fellside"));

        Assert.Contains("/councillors/ruth-askew", results);
        Assert.Empty(await ResultsAsync(app, "\"leader group\""));
    }

    [Fact]
    public async Task NearMiss_FindsNothing_AndOffersTheCloseWord()
    {
        var body = await ApiAsync(app, "q=gazza");

        Assert.Equal(0, body.GetProperty("total").GetInt32());
        Assert.Equal("gaza", body.GetProperty("didYouMean").GetString());
    }

    [Fact]
    public async Task NearMiss_OnThePage_LinksToTheCorrectedSearch_KeepingTheOtherWords()
    {
        var page = PageReader.Parse(await PageAsync(app, "/search?q=Gazza%20cuts"));

        var link = page.QuerySelector(".did-you-mean a");
        Assert.NotNull(link);
        Assert.Equal("/search?q=gaza%20cuts", link!.GetAttribute("href"));
        Assert.Equal("gaza cuts", link.TextContent);
    }

    [Theory]
    [InlineData("gaza")]      // found: nothing to correct
    [InlineData("zzzzqq")]    // nothing close
    public async Task WordFoundOrNothingClose_OffersNoCorrection(string query)
    {
        var body = await ApiAsync(app, "q=" + query);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("didYouMean").ValueKind);
    }

    [Fact]
    public void Parse_SplitsPhrasesFromLooseWords_AndPrefixesOnlyALooseLastWord()
    {
        var words = SearchTerms.Parse("reform \"super councils\" cuts");
        Assert.Equal(["reform", "cuts"], words.Loose);
        Assert.Equal(["super", "councils"], Assert.Single(words.Phrases));
        Assert.True(words.PrefixLast);

        var endsInPhrase = SearchTerms.Parse("reform \"super councils\"");
        Assert.False(endsInPhrase.PrefixLast);
        Assert.Equal("\"reform\" AND \"super councils\"", SearchTerms.AllOf(endsInPhrase.Loose, endsInPhrase.Phrases, endsInPhrase.PrefixLast));
    }

    [Fact]
    public void Parse_QuotedSingleWord_IsALooseWordWithoutPrefix_AndOperatorsStayWords()
    {
        var words = SearchTerms.Parse("\"gaza\"");
        Assert.Equal(["gaza"], words.Loose);
        Assert.Empty(words.Phrases);
        Assert.False(words.PrefixLast);

        var hostile = SearchTerms.Parse("\"a\" OR \"b* NEAR(c)\"");
        Assert.Equal("\"a\" AND \"or\" AND \"b near c\"", SearchTerms.AllOf(hostile.Loose, hostile.Phrases, hostile.PrefixLast));
    }

    private static List<string> Urls(List<Result> results) => [.. results.Select(r => r.Url)];
}
