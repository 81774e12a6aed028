using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Tests.Consistency;

/// <summary>
/// The record's internal words never reach readers: editors' article numbers ("seed 000"), field names and null,
/// raw ids, and abbreviations nobody explained. Every kind of page is read, as a person reads it, on the fixture.
/// </summary>
[Collection(SharedAppCollection.Name)]
public partial class PlainEnglishTests(SharedAppFixture app)
{
    public static TheoryData<string> Pages() =>
    [
        "/",
        "/councils",
        "/councils/brackenholt",
        "/councils/castlebridge-town",
        "/defections",
        "/defections/2025-02-10-brackenholt-five-quit-labour",
        "/defections/2023-07-14-fellside-three-quit-labour",
        "/defections/bramwell-unverified",
        "/councillors/david-pennington",
        "/parties/labour",
        "/timeline",
        "/grievances",
        "/grievances/winter-fuel-payment",
        "/sources",
        "/search?q=labour",
        "/search?q=brackenholt",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_SpeaksPlainEnglish_NoSeedNumbersFieldNamesRawIdsOrUnexplainedAbbreviations(string url)
    {
        var doc = await app.GetDocumentAsync(url);
        var text = ReaderText(doc);
        var ids = await HyphenatedIdsAsync();

        var problems = new List<string>();
        foreach (Match m in Jargon().Matches(text))
        {
            problems.Add($"'{m.Value}' in “{Around(text, m)}”");
        }

        foreach (Match m in Slug().Matches(text))
        {
            if (ids.Contains(m.Value))
            {
                problems.Add($"raw id '{m.Value}' in “{Around(text, m)}”");
            }
        }

        Assert.True(problems.Count == 0, $"{url}:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Scanner_FindsEachKindOfJargon()
    {
        string[] jargon =
        [
            "as seed 000 says", "the seed article", "seed article 003", "so councillorCount is null",
            "toParty is the group", "Lab 26, Con 10", "NOC after May", "an LDRS report", "BIG 5",
        ];
        string[] plain = ["Labour 26, Conservatives 10", "No overall control", "a seedling", "Local Democracy Reporting Service"];

        Assert.All(jargon, j => Assert.Matches(Jargon(), j));
        Assert.All(plain, p => Assert.DoesNotMatch(Jargon(), p));
    }

    /// <summary>
    /// What a person reads: the body's text without scripts and styles, where an abbreviation explained by an
    /// &lt;abbr title&gt; counts as explained.
    /// </summary>
    private static string ReaderText(IDocument doc)
    {
        foreach (var hidden in doc.QuerySelectorAll("script, style, abbr[title]").ToList())
        {
            hidden.Remove();
        }

        return Spaces().Replace(doc.Body!.TextContent, " ");
    }

    /// <summary>Every record id with a hyphen: a word like "labour" is an id and a word, "east-weald" only an id.</summary>
    private async Task<HashSet<string>> HyphenatedIdsAsync()
    {
        await using var db = app.Factory.CreateDbContext();
        var ids = (await db.Sources.Select(s => s.Id).ToListAsync())
            .Concat(await db.Defections.Select(d => d.Id).ToListAsync())
            .Concat(await db.Councils.Select(c => c.Slug).ToListAsync())
            .Concat(await db.Councillors.Select(c => c.Slug).ToListAsync())
            .Concat(await db.Parties.Select(p => p.Slug).ToListAsync())
            .Concat(await db.Grievances.Select(g => g.Slug).ToListAsync())
            .Concat(await db.Compositions.Select(c => c.Id).ToListAsync())
            .Concat(await db.Quotes.Select(q => q.Id).ToListAsync());
        return [.. ids.Where(id => id.Contains('-', StringComparison.Ordinal))];
    }

    private static string Around(string text, Match m) =>
        text[Math.Max(0, m.Index - 40)..Math.Min(text.Length, m.Index + m.Length + 40)].Trim();

    // Article numbers, seed-file field names and null, and the press's abbreviations for parties, control and agencies
    // (an abbreviation in brackets after the words it stands for is explained: "official area code (GSS code)").
    [GeneratedRegex(@"\b[sS]eed\b|\bseed[- ]?\d{3}\b|\b(?:councillorCount|seatsChanged|toParty|fromParty|reportedCounts|seedArticle|titleInferred|headlineInferred|readVia|originalUrl|mirrorUrl|asOf)\b|\bnull\b|(?<!\()\b(?:Lab|Con|LD|Ind|NOC|LDRS|GSS|NPA|BIG|NEC|TC)\b(?![-'’])", RegexOptions.CultureInvariant)]
    private static partial Regex Jargon();

    // An id as a word of its own: not part of an address ("castlebridge-independents.example", "/councils/east-weald").
    [GeneratedRegex(@"(?<![\w/#.-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w/-]|\.\w)")]
    private static partial Regex Slug();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
