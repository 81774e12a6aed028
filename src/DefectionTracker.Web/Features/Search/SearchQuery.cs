using System.Data.Common;
using System.Globalization;
using System.Text;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Features.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Search;

/// <summary>
/// Full-text search over the <see cref="SearchIndex"/>. How a query runs:
/// <list type="number">
/// <item>The words (see <see cref="SearchTerms"/>) must all appear, in title or body, in any order; porter stemming makes
/// "cuts" find "cut"; the last word also matches as a prefix.</item>
/// <item>Where the words name a grievance (its name or a synonym, e.g. "ceasefire" for Gaza), the grievance's name is
/// searched as well, and rows tagged with that grievance (<see cref="SearchDocument.Tagged"/>) are found even when
/// their text does not use the word (they must still contain the query's other words).</item>
/// <item>Text matches rank by bm25 (title weighs four times the body) scaled by kind (grievances and events above
/// sources) and by the document's weight (an unverified report is demoted: <see cref="SearchDocuments.UnverifiedWeight"/>);
/// rows found only through a grievance tag come after them, unverified last, events first, newest first.</item>
/// <item>Facet values narrow the results; the facet counts are those of the narrowed results.</item>
/// </list>
/// Three SQL commands per search: the grievances (for synonyms and suggestions), then one batch with the total, the
/// facet counts and the page of results with their highlights.
/// </summary>
public sealed class SearchQuery(DefectionsDbContext db, SearchVocabulary vocabulary)
{
    /// <summary>Facet values listed per facet (the chosen one is always listed).</summary>
    public const int MaxFacetValues = 15;

    private const double TitleWeight = 4.0;
    private const double BodyWeight = 1.0;
    private const int SnippetTokens = 24;
    private const int ExcerptLength = 220;

    private static readonly (string Name, string Heading)[] FacetOrder =
    [
        (SearchDocuments.Facets.Grievance, "Grievance"),
        (SearchDocuments.Facets.Council, "Council"),
        (SearchDocuments.Facets.Party, "Party"),
        (SearchDocuments.Facets.Year, "Year"),
    ];

    /// <param name="bindingProblem">A problem found before the request could be built (e.g. "page=abc"): answered as a 400.</param>
    public async Task<SearchViewModel> SearchAsync(SearchRequest request, CancellationToken ct, string? bindingProblem = null)
    {
        var grievances = await db.Grievances.AsNoTracking()
            .OrderBy(g => g.Name)
            .Select(g => new { g.Slug, g.Name, g.Synonyms })
            .ToListAsync(ct);
        var suggestions = grievances.Select(g => new RefViewModel(g.Slug, g.Name)).ToList();

        if ((bindingProblem ?? request.Problem()) is { } problem)
        {
            return Nothing(request, [], suggestions, problem);
        }

        var words = SearchTerms.Tokenise(request.Query);
        if (words.Count == 0 && !request.HasFilters)
        {
            return Nothing(request, words, suggestions, null);
        }

        var terms = grievances.Select(g => new GrievanceTerms(g.Slug, g.Name,
            g.Synonyms.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        var parsed = SearchTerms.Parse(request.Query);
        var matches = SearchTerms.FindGrievances(parsed.Loose, terms);
        var postgres = db.Database.IsNpgsql();
        DbParameter[] parameters;
        var sql = postgres ? PostgresSearchSql.Build(request, parsed, matches, out parameters) : BuildSql(request, parsed, matches, out parameters);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddRange(parameters);
            await using var reader = await command.ExecuteReaderAsync(ct);

            await reader.ReadAsync(ct);
            var total = reader.GetInt32(0);

            await reader.NextResultAsync(ct);
            var facetRows = new List<(string Facet, string Value, string Label, int Count)>();
            while (await reader.ReadAsync(ct))
            {
                facetRows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
            }

            await reader.NextResultAsync(ct);
            var results = new List<SearchResultViewModel>();
            while (await reader.ReadAsync(ct))
            {
                var kind = reader.GetString(0);
                var title = reader.GetString(1);
                var titleMarked = reader.IsDBNull(5) ? null : reader.GetString(5);
                var bodyMarked = reader.IsDBNull(6) ? null : reader.GetString(6);
                var meta = reader.GetString(3);
                var excerpt = SnippetMarkup.Excerpt(reader.GetString(4), ExcerptLength);
                var snippet = !string.IsNullOrEmpty(bodyMarked) && bodyMarked.Contains(SnippetMarkup.Open, StringComparison.Ordinal)
                    ? SnippetMarkup.ToHtml(bodyMarked)
                    : meta.Contains(excerpt, StringComparison.Ordinal) ? "" // e.g. a source's publisher, already in its meta line
                    : SnippetMarkup.Encode(excerpt);
                results.Add(new SearchResultViewModel(kind, KindLabel(kind), title,
                    titleMarked is null ? SnippetMarkup.Encode(title) : SnippetMarkup.ToHtml(titleMarked),
                    reader.GetString(2), meta, snippet));
            }

            var expansions = matches
                .Select(m => new GrievanceExpansionViewModel(m.Grievance.Slug, m.Grievance.Name, string.Join(' ', parsed.Loose.Skip(m.Start).Take(m.Length))))
                .ToList();
            await reader.DisposeAsync();
            var didYouMean = total == 0 && !parsed.IsEmpty ? await vocabulary.DidYouMeanAsync(request, parsed, ct) : null;
            return new SearchViewModel(request, words, total, results, Facets(request, facetRows), ActiveFilters(request, facetRows),
                expansions, suggestions, null, didYouMean);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static SearchViewModel Nothing(SearchRequest request, IReadOnlyList<string> words, IReadOnlyList<RefViewModel> suggestions, string? problem) =>
        new(request, words, 0, [], [], [], [], suggestions, problem, null);

    private static string BuildSql(SearchRequest request, SearchWords words, IReadOnlyList<GrievanceMatch> matches, out DbParameter[] parameters)
    {
        var p = new List<DbParameter>();
        string Param(string name, object value)
        {
            p.Add(new SqliteParameter(name, value));
            return name;
        }

        // bm25() must run in the query that has the MATCH: a materialised CTE keeps SQLite from folding it into the
        // aggregate below ("unable to use function bm25 in the requested context").
        var sql = new StringBuilder("WITH text_hits AS MATERIALIZED (");
        string? marks = null;
        if (words.IsEmpty)
        {
            // Facets only: everything, narrowed below.
            sql.Append("SELECT rowid AS doc, 0.0 AS score FROM search_index), hits AS (SELECT doc, min(score) AS score FROM (SELECT doc, score FROM text_hits");
        }
        else
        {
            var alternatives = new List<string> { "(" + SearchTerms.AllOf(words.Loose, words.Phrases, words.PrefixLast) + ")" };
            var highlighted = words.Loose.Select((w, i) => SearchTerms.AllWords([w], prefixLast: words.PrefixLast && i == words.Loose.Count - 1)!)
                .Concat(words.Phrases.Select(phrase => SearchTerms.Phrase(phrase)!))
                .ToList();
            foreach (var m in matches)
            {
                var name = SearchTerms.Phrase(SearchTerms.Tokenise(m.Grievance.Name));
                if (name is null)
                {
                    continue;
                }

                var rest = SearchTerms.AllOf(m.RestTokens, words.Phrases, m.PrefixLast && words.PrefixLast);
                alternatives.Add(rest is null ? name : $"({rest} AND {name})");
                highlighted.Add(name);
            }

            var kindWeight = string.Join(' ', new[]
            {
                (SearchDocuments.Kinds.Grievance, 2.0), (SearchDocuments.Kinds.Defection, 1.5), (SearchDocuments.Kinds.Quote, 1.3),
                (SearchDocuments.Kinds.Council, 1.3), (SearchDocuments.Kinds.Councillor, 1.2), (SearchDocuments.Kinds.Party, 1.0),
                (SearchDocuments.Kinds.Source, 0.25),
            }.Select(k => FormattableString.Invariant($"WHEN '{k.Item1}' THEN {k.Item2:0.0#}")));
            sql.Append(CultureInfo.InvariantCulture,
                $"SELECT rowid AS doc, bm25(search_index, {TitleWeight:0.0#}, {BodyWeight:0.0#}) * CASE kind {kindWeight} ELSE 1.0 END * weight AS score ");
            sql.Append("FROM search_index WHERE search_index MATCH ").Append(Param("$expr", string.Join(" OR ", alternatives)));
            sql.Append("), hits AS (SELECT doc, min(score) AS score FROM (SELECT doc, score FROM text_hits");

            for (var i = 0; i < matches.Count; i++)
            {
                sql.Append(" UNION ALL SELECT doc, 0.0 AS score FROM search_facet WHERE facet = 'grievance' AND value = ")
                    .Append(Param($"$g{i}", matches[i].Grievance.Slug))
                    .Append(" AND tagged = 1");
                if (SearchTerms.AllOf(matches[i].RestTokens, words.Phrases, matches[i].PrefixLast && words.PrefixLast) is { } rest)
                {
                    sql.Append(" AND doc IN (SELECT rowid FROM search_index WHERE search_index MATCH ").Append(Param($"$r{i}", rest)).Append(')');
                }
            }

            marks = Param("$marks", string.Join(" OR ", highlighted));
        }

        sql.Append(") GROUP BY doc), filtered AS (SELECT doc, score FROM hits WHERE 1 = 1");
        foreach (var (facet, value) in new[]
                 {
                     (SearchDocuments.Facets.Grievance, request.Grievance), (SearchDocuments.Facets.Council, request.Council),
                     (SearchDocuments.Facets.Party, request.Party),
                     (SearchDocuments.Facets.Year, request.Year?.ToString(CultureInfo.InvariantCulture)),
                 })
        {
            if (value is not null)
            {
                sql.Append(CultureInfo.InvariantCulture, $" AND doc IN (SELECT doc FROM search_facet WHERE facet = '{facet}' AND value = ")
                    .Append(Param("$f_" + facet, value)).Append(')');
            }
        }

        sql.Append(')');
        var with = sql.ToString();
        Param("$take", request.PageSize);
        Param("$skip", (request.Page - 1) * request.PageSize);

        const string Order = "p.score, p.weight DESC, p.kind_rank, p.sort_date IS NULL, p.sort_date DESC, p.doc";
        var marksJoin = marks is null
            ? "SELECT NULL AS doc, NULL AS title_marked, NULL AS body_marked WHERE 0"
            : $"SELECT rowid AS doc, highlight(search_index, 0, char(2), char(3)) AS title_marked, " +
              $"snippet(search_index, 1, char(2), char(3), '…', {SnippetTokens}) AS body_marked " +
              $"FROM search_index WHERE search_index MATCH {marks} AND rowid IN (SELECT doc FROM page)";
        parameters = [.. p];
        return $"""
            {with}
            SELECT count(*) FROM filtered;
            {with}
            SELECT f.facet, f.value, f.label, count(*) FROM filtered h JOIN search_facet f ON f.doc = h.doc GROUP BY f.facet, f.value, f.label;
            {with},
            page AS (SELECT h.doc, h.score, s.weight, s.kind_rank, s.sort_date FROM filtered h JOIN search_index s ON s.rowid = h.doc
                     ORDER BY h.score, s.weight DESC, s.kind_rank, s.sort_date IS NULL, s.sort_date DESC, h.doc LIMIT $take OFFSET $skip),
            marked AS MATERIALIZED ({marksJoin})
            SELECT s.kind, s.title, s.url, s.meta, s.body, m.title_marked, m.body_marked
            FROM page p JOIN search_index s ON s.rowid = p.doc LEFT JOIN marked m ON m.doc = p.doc
            ORDER BY {Order};
            """;
    }

    private static List<FacetViewModel> Facets(SearchRequest request, List<(string Facet, string Value, string Label, int Count)> rows)
    {
        var facets = new List<FacetViewModel>();
        foreach (var (name, heading) in FacetOrder)
        {
            var values = rows.Where(r => r.Facet == name).ToList();
            var ordered = name == SearchDocuments.Facets.Year
                ? values.OrderByDescending(v => v.Value, StringComparer.Ordinal)
                : values.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.CurrentCulture);
            var shown = ordered
                .Where((v, i) => i < MaxFacetValues || request.IsSelected(name, v.Value))
                .Select(v => new FacetValueViewModel(v.Value, v.Label, v.Count, request.IsSelected(name, v.Value), request.ToggleUrl(name, v.Value)))
                .ToList();
            if (shown.Count > 0)
            {
                facets.Add(new FacetViewModel(name, heading, shown, values.Count));
            }
        }

        return facets;
    }

    private static List<ActiveFilterViewModel> ActiveFilters(SearchRequest request, List<(string Facet, string Value, string Label, int Count)> rows)
    {
        var active = new List<ActiveFilterViewModel>();
        foreach (var (name, heading) in FacetOrder)
        {
            var value = name switch
            {
                SearchDocuments.Facets.Grievance => request.Grievance,
                SearchDocuments.Facets.Council => request.Council,
                SearchDocuments.Facets.Party => request.Party,
                _ => request.Year?.ToString(CultureInfo.InvariantCulture),
            };
            if (value is not null)
            {
                var label = rows.FirstOrDefault(r => r.Facet == name && r.Value == value).Label ?? value;
                active.Add(new ActiveFilterViewModel(heading, label, request.ToggleUrl(name, value)));
            }
        }

        return active;
    }

    public static string KindLabel(string kind) => kind switch
    {
        SearchDocuments.Kinds.Defection => "Defection",
        SearchDocuments.Kinds.Quote => "Quote",
        SearchDocuments.Kinds.Councillor => "Councillor",
        SearchDocuments.Kinds.Council => "Council",
        SearchDocuments.Kinds.Party => "Party or group",
        SearchDocuments.Kinds.Grievance => "Grievance",
        _ => "Source",
    };
}
