using System.Globalization;
using System.Text;

namespace DefectionTracker.Web.Features.Search;

/// <summary>A grievance as search sees it: the phrases that lead a query to it.</summary>
public sealed record GrievanceTerms(string Slug, string Name, IReadOnlyList<string> Synonyms);

/// <summary>
/// A grievance a query led to: the words of the query that named it (start and length in the query's tokens) and the
/// remaining words, which rows tagged with the grievance must still match.
/// </summary>
public sealed record GrievanceMatch(GrievanceTerms Grievance, int Start, int Length, IReadOnlyList<string> RestTokens, bool PrefixLast);

/// <summary>
/// A query's words: those in double quotes are phrases (their words must appear together and in order); the rest are
/// loose words, all of which must appear anywhere. <see cref="PrefixLast"/>: the query ends in a loose word, which then
/// also matches as a prefix ("gaz" finds Gaza); a query ending in a phrase does not.
/// </summary>
public sealed record SearchWords(IReadOnlyList<string> Loose, IReadOnlyList<IReadOnlyList<string>> Phrases, bool PrefixLast)
{
    public bool IsEmpty => Loose.Count == 0 && Phrases.Count == 0;

    /// <summary>Every word, loose ones first: what "did you mean" checks.</summary>
    public IEnumerable<string> All => Loose.Concat(Phrases.SelectMany(p => p));
}

/// <summary>
/// Turns what a person typed into FTS5 MATCH expressions that cannot carry FTS5 syntax. The text is never passed to
/// MATCH as it is: it is cut into words (Unicode letters and digits; everything else is a separator), each word is
/// quoted, and the words are joined with AND. Quotes, '*', '^', ':', parentheses, NEAR, AND/OR/NOT and column filters
/// therefore either vanish or become plain words.
/// </summary>
public static class SearchTerms
{
    /// <summary>Longer queries get a 400: no real search needs more, and it bounds the work a request can cause.</summary>
    public const int MaxQueryLength = 500;

    /// <summary>Words beyond this are ignored (500 characters of one-letter words would otherwise be 250 terms).</summary>
    public const int MaxTokens = 32;

    /// <summary>The last word is also matched as a prefix ("gaz" finds "Gaza") when it has at least this many letters.</summary>
    public const int MinPrefixLength = 3;

    /// <summary>
    /// The words of <paramref name="text"/>, lower-cased: runs of Unicode letters and digits (with any combining marks
    /// that follow a letter). Invalid UTF-16 is replaced, compatibility forms are folded (NFKC), and every other
    /// character (punctuation, symbols, emoji, control and format characters, spaces) separates words.
    /// </summary>
    public static IReadOnlyList<string> Tokenise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        // Normalize() throws on lone surrogates and noncharacters (U+FFFE): EnumerateRunes turns the former into
        // U+FFFD, and unassigned code points (the latter among them) are dropped. None of them is a letter or digit.
        var valid = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            valid.Append(Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherNotAssigned ? " " : rune.ToString());
        }

        string normalised;
        try
        {
            normalised = valid.ToString().Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Anything else Normalize() refuses: tokenise the text as it is.
            normalised = valid.ToString();
        }

        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in normalised.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                current.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (current.Length > 0 && IsCombiningMark(rune))
            {
                current.Append(rune.ToString());
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (current.Length > 0 && tokens.Count < MaxTokens)
            {
                tokens.Add(current.ToString());
            }

            current.Clear();
        }
    }

    /// <summary>
    /// Splits a query at its double quotes (straight or curly): the text inside a pair is a phrase, the rest are loose
    /// words. An unclosed quote makes the rest of the query a phrase. A phrase of one word is a loose word matched
    /// exactly (no prefix). Every part is cut into words by <see cref="Tokenise"/>, so no quote or operator survives.
    /// </summary>
    public static SearchWords Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new SearchWords([], [], false);
        }

        var segments = text.Split(['"', '\u201C', '\u201D', '\u201E'], StringSplitOptions.None);
        var loose = new List<string>();
        var phrases = new List<IReadOnlyList<string>>();
        var prefixLast = false;
        var count = 0;
        for (var i = 0; i < segments.Length; i++)
        {
            var tokens = Tokenise(segments[i]).Take(MaxTokens - count).ToList();
            if (tokens.Count == 0)
            {
                continue;
            }

            count += tokens.Count;
            var quoted = i % 2 == 1;
            if (quoted && tokens.Count > 1)
            {
                phrases.Add(tokens);
            }
            else
            {
                loose.AddRange(tokens);
            }

            prefixLast = !quoted;
        }

        return new SearchWords(loose, phrases, prefixLast);
    }

    /// <summary>
    /// The FTS5 expression that rows must match: the loose words (the last as a prefix when <paramref name="prefixLast"/>)
    /// AND each phrase. Null when there is nothing to match.
    /// </summary>
    public static string? AllOf(IReadOnlyList<string> loose, IReadOnlyList<IReadOnlyList<string>> phrases, bool prefixLast)
    {
        var parts = new List<string>();
        if (AllWords(loose, prefixLast) is { } words)
        {
            parts.Add(words);
        }

        parts.AddRange(phrases.Select(p => Phrase(p)!));
        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }

    private static bool IsCombiningMark(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>One word as an FTS5 string: always double-quoted, with any double quote doubled.</summary>
    public static string Quote(string token) => "\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// The words joined with AND, each quoted; the last one also as a prefix when <paramref name="prefixLast"/> and it is
    /// long enough. Null when there are no words.
    /// </summary>
    public static string? AllWords(IReadOnlyList<string> tokens, bool prefixLast)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        var terms = tokens.Select((t, i) => i == tokens.Count - 1 && prefixLast && t.Length >= MinPrefixLength
            ? Quote(t) + "*"
            : Quote(t));
        return string.Join(" AND ", terms);
    }

    /// <summary>A phrase: the words must appear together and in this order.</summary>
    public static string? Phrase(IReadOnlyList<string> tokens) =>
        tokens.Count == 0 ? null : Quote(string.Join(' ', tokens));

    /// <summary>
    /// The grievances whose name or one of whose synonyms appears in the query as consecutive words. Words are compared
    /// case-insensitively and with a plural "s" dropped ("pensions" names "pension"). Where phrases of two grievances
    /// overlap, the longer wins ("local democracy" leads to reorganisation, not also to internal democracy).
    /// </summary>
    public static IReadOnlyList<GrievanceMatch> FindGrievances(IReadOnlyList<string> tokens, IEnumerable<GrievanceTerms> grievances)
    {
        if (tokens.Count == 0)
        {
            return [];
        }

        var words = tokens.Select(Singular).ToList();
        var found = new List<(GrievanceTerms Grievance, int Start, int Length)>();
        foreach (var grievance in grievances)
        {
            (int Start, int Length)? best = null;
            foreach (var phrase in grievance.Synonyms.Prepend(grievance.Name))
            {
                var phraseWords = Tokenise(phrase).Select(Singular).ToList();
                if (phraseWords.Count == 0)
                {
                    continue;
                }

                var start = IndexOf(words, phraseWords);
                if (start >= 0 && (best is null || phraseWords.Count > best.Value.Length))
                {
                    best = (start, phraseWords.Count);
                }
            }

            if (best is { } b)
            {
                found.Add((grievance, b.Start, b.Length));
            }
        }

        return found
            .Where(m => !found.Any(o => o.Length > m.Length && o.Start <= m.Start && m.Start + m.Length <= o.Start + o.Length))
            .Select(m =>
            {
                var rest = tokens.Where((_, i) => i < m.Start || i >= m.Start + m.Length).ToList();
                var lastIsRest = m.Start + m.Length < tokens.Count;
                return new GrievanceMatch(m.Grievance, m.Start, m.Length, rest, lastIsRest);
            })
            .ToList();
    }

    private static int IndexOf(List<string> words, List<string> phrase)
    {
        for (var i = 0; i + phrase.Count <= words.Count; i++)
        {
            if (phrase.Select((w, j) => words[i + j] == w).All(x => x))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
