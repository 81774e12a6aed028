using System.Data.Common;
using System.Globalization;
using System.Text;
using Npgsql;

namespace DefectionTracker.Web.Features.Search;

/// <summary>
/// The search of <see cref="SearchQuery"/> on PostgreSQL, over the tables <see cref="SearchIndex"/> builds there
/// (<c>search_index.tsv</c>: title weighted A, body D, English configuration, GIN index). The same three result sets
/// as on SQLite: the index's stamp and the text matches, then the page with its highlights.
/// <para>User text never reaches the tsquery parser: each word is a parameter given to <c>plainto_tsquery</c>, each
/// phrase to <c>phraseto_tsquery</c>, and the prefix word (letters and digits only, from <see cref="SearchTerms"/>)
/// is passed through <c>quote_literal</c> before <c>:*</c> is added. The pieces are joined with the tsquery operators
/// <c>&amp;&amp;</c> and <c>||</c> in SQL.</para>
/// Ranking: <c>ts_rank</c> negated (lower is better, as bm25 is on SQLite) and scaled by kind and weight exactly as there.
/// </summary>
internal static class PostgresSearchSql
{
    public const string Config = "english";

    // ts_rank's weights are {D, C, B, A}: the title (A) weighs four times the body (D), as on SQLite.
    private const string RankWeights = "'{0.25, 0, 0, 1.0}'";

    private static readonly string TitleMarks = $"StartSel={SnippetMarkup.Open}, StopSel={SnippetMarkup.Close}, HighlightAll=true";
    private static readonly string BodyMarks = $"StartSel={SnippetMarkup.Open}, StopSel={SnippetMarkup.Close}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=1, FragmentDelimiter=…";

    public static SearchStatements Build(SearchWords words, IReadOnlyList<GrievanceMatch> matches)
    {
        var p = new List<DbParameter>();
        string Param(object value)
        {
            var name = "@p" + p.Count.ToString(CultureInfo.InvariantCulture);
            p.Add(new NpgsqlParameter(name, value));
            return name;
        }

        // Written with the parameters of the command they go into (the matches, or the page's marks).
        static string WordIn(Func<object, string> param, string word, bool prefix) => prefix && word.Length >= SearchTerms.MinPrefixLength
            ? $"to_tsquery('{Config}', quote_literal({param(word)}) || ':*')"
            : $"plainto_tsquery('{Config}', {param(word)})";

        static string PhraseIn(Func<object, string> param, IReadOnlyList<string> tokens) =>
            $"phraseto_tsquery('{Config}', {param(string.Join(' ', tokens))})";

        string Word(string word, bool prefix) => WordIn(Param, word, prefix);
        string Phrase(IReadOnlyList<string> tokens) => PhraseIn(Param, tokens);

        // The loose words (the last as a prefix) and every phrase, all required; null when there is nothing.
        string? AllOf(IReadOnlyList<string> loose, IReadOnlyList<IReadOnlyList<string>> phrases, bool prefixLast)
        {
            var parts = loose.Select((w, i) => Word(w, prefixLast && i == loose.Count - 1)).Concat(phrases.Select(Phrase)).ToList();
            return parts.Count == 0 ? null : "(" + string.Join(" && ", parts) + ")";
        }

        var sql = new StringBuilder(SearchStatements.StateSql);
        var tagged = new List<(string Slug, bool HasRest)>();
        var rests = new StringBuilder();
        List<Func<Func<object, string>, string>>? highlighted = null;
        if (!words.IsEmpty)
        {
            var alternatives = new List<string> { AllOf(words.Loose, words.Phrases, words.PrefixLast)! };
            highlighted = words.Loose.Select((w, i) => (Func<Func<object, string>, string>)(param => WordIn(param, w, words.PrefixLast && i == words.Loose.Count - 1)))
                .Concat(words.Phrases.Select(phrase => (Func<Func<object, string>, string>)(param => PhraseIn(param, phrase))))
                .ToList();
            foreach (var m in matches)
            {
                var nameTokens = SearchTerms.Tokenise(m.Grievance.Name);
                if (nameTokens.Count == 0)
                {
                    continue;
                }

                var name = Phrase(nameTokens);
                var rest = AllOf(m.RestTokens, words.Phrases, m.PrefixLast && words.PrefixLast);
                alternatives.Add(rest is null ? name : $"({rest} && {name})");
                highlighted.Add(param => PhraseIn(param, nameTokens));
                tagged.Add((m.Grievance.Slug, rest is not null));
                if (rest is not null)
                {
                    rests.Append(CultureInfo.InvariantCulture, $"SELECT doc FROM search_index WHERE tsv @@ {rest};\n");
                }
            }

            var kindWeight = string.Join(' ', SearchQuery.KindWeights.Select(k => FormattableString.Invariant($"WHEN '{k.Kind}' THEN {k.Weight:0.0#}")));
            sql.Append(CultureInfo.InvariantCulture,
                $"SELECT s.doc, (-ts_rank({RankWeights}, s.tsv, q.query) * CASE s.kind {kindWeight} ELSE 1.0 END * s.weight)::float8 ");
            sql.Append(CultureInfo.InvariantCulture, $"FROM search_index s, (SELECT {string.Join(" || ", alternatives)} AS query) q WHERE s.tsv @@ q.query;\n");
            sql.Append(rests);
        }

        return new SearchStatements(sql.ToString(), [.. p], !words.IsEmpty, tagged, page =>
        {
            var q = new List<DbParameter> { new NpgsqlParameter("@page", page.Select(d => (long)d).ToArray()) };
            string Q(object value)
            {
                var name = "@q" + q.Count.ToString(CultureInfo.InvariantCulture);
                q.Add(new NpgsqlParameter(name, value));
                return name;
            }

            if (highlighted is null)
            {
                return ("SELECT doc, kind, title, url, meta, body, NULL::text, NULL::text FROM search_index WHERE doc = ANY(@page)", [.. q]);
            }

            // The marks: each word (the last as a prefix) and each phrase, any of them.
            var marks = string.Join(" || ", highlighted.Select(h => h(Q)));
            return ($"""
                SELECT s.doc, s.kind, s.title, s.url, s.meta, s.body,
                       ts_headline('{Config}', s.title, m.query, {Q(TitleMarks)}), ts_headline('{Config}', s.body, m.query, {Q(BodyMarks)})
                FROM search_index s, (SELECT {marks} AS query) m
                WHERE s.doc = ANY(@page)
                """, [.. q]);
        });
    }
}
