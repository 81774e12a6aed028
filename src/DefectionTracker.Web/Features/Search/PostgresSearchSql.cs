using System.Data.Common;
using System.Globalization;
using System.Text;
using Npgsql;

namespace DefectionTracker.Web.Features.Search;

/// <summary>
/// The search of <see cref="SearchQuery"/> on PostgreSQL, over the tables <see cref="SearchIndex"/> builds there
/// (<c>search_index.tsv</c>: title weighted A, body D, English configuration, GIN index). The same three result sets
/// as on SQLite: the total, the facet counts, the page with its highlights.
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

    public static string Build(SearchRequest request, SearchWords words, IReadOnlyList<GrievanceMatch> matches, out DbParameter[] parameters)
    {
        var p = new List<DbParameter>();
        string Param(object value)
        {
            var name = "@p" + p.Count.ToString(CultureInfo.InvariantCulture);
            p.Add(new NpgsqlParameter(name, value));
            return name;
        }

        string Word(string word, bool prefix) => prefix && word.Length >= SearchTerms.MinPrefixLength
            ? $"to_tsquery('{Config}', quote_literal({Param(word)}) || ':*')"
            : $"plainto_tsquery('{Config}', {Param(word)})";

        string Phrase(IReadOnlyList<string> tokens) => $"phraseto_tsquery('{Config}', {Param(string.Join(' ', tokens))})";

        // The loose words (the last as a prefix) and every phrase, all required; null when there is nothing.
        string? AllOf(IReadOnlyList<string> loose, IReadOnlyList<IReadOnlyList<string>> phrases, bool prefixLast)
        {
            var parts = loose.Select((w, i) => Word(w, prefixLast && i == loose.Count - 1)).Concat(phrases.Select(Phrase)).ToList();
            return parts.Count == 0 ? null : "(" + string.Join(" && ", parts) + ")";
        }

        var sql = new StringBuilder("WITH ");
        string? marks = null;
        if (words.IsEmpty)
        {
            sql.Append("hits AS (SELECT doc, 0.0::float8 AS score FROM search_index)");
        }
        else
        {
            var alternatives = new List<string> { AllOf(words.Loose, words.Phrases, words.PrefixLast)! };
            var highlighted = words.Loose.Select((w, i) => Word(w, words.PrefixLast && i == words.Loose.Count - 1))
                .Concat(words.Phrases.Select(Phrase))
                .ToList();
            var tagged = new List<string>();
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
                highlighted.Add(name);

                var restFilter = rest is null ? "" : $" AND doc IN (SELECT doc FROM search_index WHERE tsv @@ {rest})";
                tagged.Add($" UNION ALL SELECT doc, 0.0::float8 AS score FROM search_facet WHERE facet = 'grievance' AND value = {Param(m.Grievance.Slug)} AND tagged = 1{restFilter}");
            }

            var kindWeight = string.Join(' ', new[]
            {
                (SearchDocuments.Kinds.Grievance, 2.0), (SearchDocuments.Kinds.Defection, 1.5), (SearchDocuments.Kinds.Quote, 1.3),
                (SearchDocuments.Kinds.Council, 1.3), (SearchDocuments.Kinds.Councillor, 1.2), (SearchDocuments.Kinds.Party, 1.0),
                (SearchDocuments.Kinds.Source, 0.25),
            }.Select(k => FormattableString.Invariant($"WHEN '{k.Item1}' THEN {k.Item2:0.0#}")));
            sql.Append(CultureInfo.InvariantCulture, $"q AS MATERIALIZED (SELECT {string.Join(" || ", alternatives)} AS query), ");
            sql.Append(CultureInfo.InvariantCulture,
                $"text_hits AS (SELECT s.doc, (-ts_rank({RankWeights}, s.tsv, q.query) * CASE s.kind {kindWeight} ELSE 1.0 END * s.weight)::float8 AS score ");
            sql.Append("FROM search_index s, q WHERE s.tsv @@ q.query), ");
            sql.Append("hits AS (SELECT doc, min(score) AS score FROM (SELECT doc, score FROM text_hits");
            foreach (var t in tagged)
            {
                sql.Append(t);
            }

            sql.Append(") x GROUP BY doc)");
            marks = string.Join(" || ", highlighted);
        }

        sql.Append(", filtered AS (SELECT doc, score FROM hits WHERE 1 = 1");
        foreach (var (facet, value) in new[]
                 {
                     (SearchDocuments.Facets.Grievance, request.Grievance), (SearchDocuments.Facets.Council, request.Council),
                     (SearchDocuments.Facets.Party, request.Party),
                     (SearchDocuments.Facets.Year, request.Year?.ToString(CultureInfo.InvariantCulture)),
                 })
        {
            if (value is not null)
            {
                sql.Append(CultureInfo.InvariantCulture, $" AND doc IN (SELECT doc FROM search_facet WHERE facet = '{facet}' AND value = {Param(value)})");
            }
        }

        sql.Append(')');
        var with = sql.ToString();
        var take = Param(request.PageSize);
        var skip = Param((request.Page - 1) * request.PageSize);
        var (titleMarked, bodyMarked) = marks is null
            ? ("NULL::text", "NULL::text")
            : ($"ts_headline('{Config}', s.title, m.query, {Param(TitleMarks)})", $"ts_headline('{Config}', s.body, m.query, {Param(BodyMarks)})");
        var marksFrom = marks is null ? "" : $", (SELECT {marks} AS query) m";
        const string Order = "p.score, p.weight DESC, p.kind_rank, p.sort_date IS NULL, p.sort_date DESC, p.doc";
        parameters = [.. p];
        return $"""
            {with}
            SELECT count(*)::int FROM filtered;
            {with}
            SELECT f.facet, f.value, f.label, count(*)::int FROM filtered h JOIN search_facet f ON f.doc = h.doc GROUP BY f.facet, f.value, f.label;
            {with},
            page AS (SELECT h.doc, h.score, s.weight, s.kind_rank, s.sort_date FROM filtered h JOIN search_index s ON s.doc = h.doc
                     ORDER BY h.score, s.weight DESC, s.kind_rank, s.sort_date IS NULL, s.sort_date DESC, h.doc LIMIT {take} OFFSET {skip})
            SELECT s.kind, s.title, s.url, s.meta, s.body, {titleMarked}, {bodyMarked}
            FROM page p JOIN search_index s ON s.doc = p.doc{marksFrom}
            ORDER BY {Order};
            """;
    }
}
