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
/// Three SQL commands per search, the last two in one read transaction: the grievances (for synonyms and suggestions);
/// the index's stamp with the text matches and their scores; the page of results with their highlights. Narrowing,
/// counting the facets and ordering happen in memory over the <see cref="SearchSnapshot"/> of that build of the index
/// (counting facets in SQL took 0.2 s for a word found in 12,000 documents at national scale).
/// </summary>
public sealed class SearchQuery(DefectionsDbContext db, SearchVocabulary vocabulary, SearchSnapshots snapshots)
{
    /// <summary>Facet values listed per facet (the chosen one is always listed).</summary>
    public const int MaxFacetValues = 15;

    private const double TitleWeight = 4.0;
    private const double BodyWeight = 1.0;
    private const int SnippetTokens = 24;
    private const int ExcerptLength = 220;

    /// <summary>How much a text match counts by its kind of document (both dialects scale their scores by it).</summary>
    internal static readonly (string Kind, double Weight)[] KindWeights =
    [
        (SearchDocuments.Kinds.Grievance, 2.0), (SearchDocuments.Kinds.Defection, 1.5), (SearchDocuments.Kinds.Quote, 1.3),
        (SearchDocuments.Kinds.Council, 1.3), (SearchDocuments.Kinds.Councillor, 1.2), (SearchDocuments.Kinds.Party, 1.0),
        (SearchDocuments.Kinds.Source, 0.25),
    ];

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
        var statements = postgres ? PostgresSearchSql.Build(parsed, matches) : BuildSql(parsed, matches);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();

            // One snapshot of the index for every read below: a rebuild committed meanwhile is not half seen.
            await using var transaction = await SearchStatements.BeginReadAsync(connection, postgres, ct);

            string stamp;
            var textHits = new List<(int Doc, double Score)>();
            var restHits = new List<HashSet<int>>();
            await using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = statements.Matches;
                command.Parameters.AddRange(statements.MatchParameters);
                await using var reader = await command.ExecuteReaderAsync(ct);
                if (!await reader.ReadAsync(ct))
                {
                    throw new InvalidOperationException("The search index has no state row; it is rebuilt at start.");
                }

                stamp = SearchStatements.Stamp(reader);
                if (statements.Scored)
                {
                    await reader.NextResultAsync(ct);
                    while (await reader.ReadAsync(ct))
                    {
                        textHits.Add((DocOf(reader.GetValue(0)), reader.GetDouble(1)));
                    }
                }

                foreach (var (_, hasRest) in statements.Tagged)
                {
                    if (!hasRest)
                    {
                        restHits.Add([]);
                        continue;
                    }

                    await reader.NextResultAsync(ct);
                    var set = new HashSet<int>();
                    while (await reader.ReadAsync(ct))
                    {
                        set.Add(DocOf(reader.GetValue(0)));
                    }

                    restHits.Add(set);
                }
            }

            var snapshot = await snapshots.GetAsync(stamp, connection, transaction, postgres, ct);
            var hits = Hits(snapshot, statements, textHits, restHits);
            var filtered = Narrow(snapshot, request, hits, out var facetRows);
            filtered.Sort(snapshot.Compare);
            var pageDocs = filtered.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).Select(h => h.Doc).ToList();

            var rows = new Dictionary<int, SearchResultViewModel>();
            if (pageDocs.Count > 0)
            {
                var (pageSql, pageParameters) = statements.Page(pageDocs);
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = pageSql;
                command.Parameters.AddRange(pageParameters);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    rows[DocOf(reader.GetValue(0))] = Result(reader);
                }
            }

            await transaction.CommitAsync(ct);
            var results = pageDocs.Where(rows.ContainsKey).Select(d => rows[d]).ToList();
            var expansions = matches
                .Select(m => new GrievanceExpansionViewModel(m.Grievance.Slug, m.Grievance.Name, string.Join(' ', parsed.Loose.Skip(m.Start).Take(m.Length))))
                .ToList();
            var didYouMean = filtered.Count == 0 && !parsed.IsEmpty ? await vocabulary.DidYouMeanAsync(request, parsed, ct) : null;
            return new SearchViewModel(request, words, filtered.Count, results, Facets(request, facetRows), ActiveFilters(request, facetRows),
                expansions, suggestions, null, didYouMean);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static int DocOf(object value) => checked((int)Convert.ToInt64(value, CultureInfo.InvariantCulture));

    /// <summary>Row: doc, kind, title, url, meta, body, title with its marks, body's snippet with its marks.</summary>
    private static SearchResultViewModel Result(DbDataReader reader)
    {
        var kind = reader.GetString(1);
        var title = reader.GetString(2);
        var meta = reader.GetString(4);
        var titleMarked = reader.IsDBNull(6) ? null : reader.GetString(6);
        var bodyMarked = reader.IsDBNull(7) ? null : reader.GetString(7);
        var excerpt = SnippetMarkup.Excerpt(reader.GetString(5), ExcerptLength);
        var snippet = !string.IsNullOrEmpty(bodyMarked) && bodyMarked.Contains(SnippetMarkup.Open, StringComparison.Ordinal)
            ? SnippetMarkup.ToHtml(bodyMarked)
            : meta.Contains(excerpt, StringComparison.Ordinal) ? "" // e.g. a source's publisher, already in its meta line
            : SnippetMarkup.Encode(excerpt);
        return new SearchResultViewModel(kind, KindLabel(kind), title,
            titleMarked is null ? SnippetMarkup.Encode(title) : SnippetMarkup.ToHtml(titleMarked),
            reader.GetString(3), meta, snippet);
    }

    /// <summary>
    /// The documents found, each with its best score: the text matches (scored), and the documents a named grievance is
    /// tagged on that hold the query's other words (score 0, after every text match); everything when there are no words.
    /// </summary>
    private static IEnumerable<(int Doc, double Score)> Hits(SearchSnapshot snapshot, SearchStatements statements, List<(int Doc, double Score)> textHits, List<HashSet<int>> restHits)
    {
        if (!statements.Scored)
        {
            return Enumerable.Range(1, snapshot.Documents).Select(doc => (doc, 0.0));
        }

        var hits = new Dictionary<int, double>(textHits.Count);
        foreach (var (doc, score) in textHits)
        {
            hits[doc] = hits.TryGetValue(doc, out var best) ? Math.Min(best, score) : score;
        }

        for (var i = 0; i < statements.Tagged.Count; i++)
        {
            if (snapshot.ValueId(SearchDocuments.Facets.Grievance, statements.Tagged[i].Slug) is not { } grievance)
            {
                continue;
            }

            var (_, hasRest) = statements.Tagged[i];
            for (var doc = 1; doc <= snapshot.Documents; doc++)
            {
                if (snapshot.IsTagged(doc) && snapshot.Has(doc, grievance) && (!hasRest || restHits[i].Contains(doc)))
                {
                    hits[doc] = hits.TryGetValue(doc, out var best) ? Math.Min(best, 0.0) : 0.0;
                }
            }
        }

        return hits.Select(h => (h.Key, h.Value));
    }

    /// <summary>The hits that have every chosen facet value, and the facet values of those hits with how many have each.</summary>
    private static List<(int Doc, double Score)> Narrow(SearchSnapshot snapshot, SearchRequest request, IEnumerable<(int Doc, double Score)> hits,
        out List<(string Facet, string Value, string Label, int Count)> facetRows)
    {
        var chosen = new List<int>();
        var unknown = false;
        foreach (var (facet, _) in FacetOrder)
        {
            if (Chosen(request, facet) is { } value)
            {
                if (snapshot.ValueId(facet, value) is { } id)
                {
                    chosen.Add(id);
                }
                else
                {
                    unknown = true;
                }
            }
        }

        var filtered = new List<(int Doc, double Score)>();
        var counts = new int[snapshot.Values.Count];
        if (!unknown)
        {
            foreach (var (doc, score) in hits)
            {
                var values = snapshot.ValuesOf(doc);
                var keep = true;
                foreach (var id in chosen)
                {
                    if (!values.Contains(id))
                    {
                        keep = false;
                        break;
                    }
                }

                if (!keep)
                {
                    continue;
                }

                filtered.Add((doc, score));
                foreach (var id in values)
                {
                    counts[id]++;
                }
            }
        }

        facetRows = [];
        for (var id = 0; id < counts.Length; id++)
        {
            if (counts[id] > 0)
            {
                var (facet, value, label) = snapshot.Values[id];
                facetRows.Add((facet, value, label, counts[id]));
            }
        }

        return filtered;
    }

    private static SearchViewModel Nothing(SearchRequest request, IReadOnlyList<string> words, IReadOnlyList<RefViewModel> suggestions, string? problem) =>
        new(request, words, 0, [], [], [], [], suggestions, problem, null);

    private static SearchStatements BuildSql(SearchWords words, IReadOnlyList<GrievanceMatch> matches)
    {
        var p = new List<DbParameter>();
        string Param(string name, object value)
        {
            p.Add(new SqliteParameter(name, value));
            return name;
        }

        var sql = new StringBuilder(SearchStatements.StateSql);
        var tagged = new List<(string Slug, bool HasRest)>();
        string? marks = null;
        if (!words.IsEmpty)
        {
            var alternatives = new List<string> { "(" + SearchTerms.AllOf(words.Loose, words.Phrases, words.PrefixLast) + ")" };
            var highlighted = words.Loose.Select((w, i) => SearchTerms.AllWords([w], prefixLast: words.PrefixLast && i == words.Loose.Count - 1)!)
                .Concat(words.Phrases.Select(phrase => SearchTerms.Phrase(phrase)!))
                .ToList();
            var rests = new StringBuilder();
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
                tagged.Add((m.Grievance.Slug, rest is not null));
                if (rest is not null)
                {
                    rests.Append("SELECT rowid FROM search_index WHERE search_index MATCH ").Append(Param($"$r{tagged.Count}", rest)).Append(";\n");
                }
            }

            var kindWeight = string.Join(' ', KindWeights.Select(k => FormattableString.Invariant($"WHEN '{k.Kind}' THEN {k.Weight:0.0#}")));
            sql.Append(CultureInfo.InvariantCulture,
                $"SELECT rowid, bm25(search_index, {TitleWeight:0.0#}, {BodyWeight:0.0#}) * CASE kind {kindWeight} ELSE 1.0 END * weight ");
            sql.Append("FROM search_index WHERE search_index MATCH ").Append(Param("$expr", string.Join(" OR ", alternatives))).Append(";\n");
            sql.Append(rests);
            marks = string.Join(" OR ", highlighted);
        }

        return new SearchStatements(sql.ToString(), [.. p], !words.IsEmpty, tagged, page =>
        {
            var ids = new SqliteParameter("$page", "[" + string.Join(',', page) + "]");
            if (marks is null)
            {
                return ("SELECT s.rowid, s.kind, s.title, s.url, s.meta, s.body, NULL, NULL FROM json_each($page) j CROSS JOIN search_index s ON s.rowid = j.value", [ids]);
            }

            return ($"""
                WITH marked AS MATERIALIZED (
                    SELECT rowid AS doc, highlight(search_index, 0, char(2), char(3)) AS title_marked,
                           snippet(search_index, 1, char(2), char(3), '…', {SnippetTokens}) AS body_marked
                    FROM search_index WHERE search_index MATCH $marks AND rowid IN (SELECT value FROM json_each($page)))
                SELECT s.rowid, s.kind, s.title, s.url, s.meta, s.body, m.title_marked, m.body_marked
                FROM json_each($page) j CROSS JOIN search_index s ON s.rowid = j.value LEFT JOIN marked m ON m.doc = s.rowid
                """, [ids, new SqliteParameter("$marks", marks)]);
        });
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
            if (Chosen(request, name) is { } value)
            {
                var label = rows.FirstOrDefault(r => r.Facet == name && r.Value == value).Label ?? value;
                active.Add(new ActiveFilterViewModel(heading, label, request.ToggleUrl(name, value)));
            }
        }

        return active;
    }

    /// <summary>The value the request chose for a facet, or null.</summary>
    private static string? Chosen(SearchRequest request, string facet) => facet switch
    {
        SearchDocuments.Facets.Grievance => request.Grievance,
        SearchDocuments.Facets.Council => request.Council,
        SearchDocuments.Facets.Party => request.Party,
        _ => request.Year?.ToString(CultureInfo.InvariantCulture),
    };

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

/// <summary>
/// A search's SQL in one dialect: <see cref="Matches"/> is the index's stamp, then (when there are words) the text matches
/// as (doc, score), then for each grievance in <see cref="Tagged"/> with other words the documents holding them; <see cref="Page"/>
/// gives the rows of the page's documents with their highlights.
/// </summary>
public sealed record SearchStatements(
    string Matches, DbParameter[] MatchParameters, bool Scored, IReadOnlyList<(string Slug, bool HasRest)> Tagged,
    Func<IReadOnlyList<int>, (string Sql, DbParameter[] Parameters)> Page)
{
    public const string StateSql = "SELECT data_version, built_utc FROM search_index_state;\n";

    /// <summary>A read-only transaction that sees one state of the index throughout (SQLite's deferred one reads a single snapshot).</summary>
    public static async Task<DbTransaction> BeginReadAsync(DbConnection connection, bool postgres, CancellationToken ct) => postgres
        ? await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct)
        : ((SqliteConnection)connection).BeginTransaction(deferred: true);

    /// <summary>The build of the index, from a row of <see cref="StateSql"/>.</summary>
    public static string Stamp(DbDataReader reader) => string.Create(CultureInfo.InvariantCulture, $"{reader.GetValue(0)}:{reader.GetValue(1)}");
}
