using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Data;
using F23.StringSimilarity;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Search;

/// <summary>
/// "Did you mean": the words of the indexed text (<c>search_word</c>, filled when the index is built, the same table on
/// SQLite and PostgreSQL) are the vocabulary. When a search finds nothing, each of its words that the vocabulary does
/// not hold is replaced by the closest word that it does (same first letter, at most one edit for words of up to four
/// letters, two for longer ones; ties go to the word in more documents). The correction is offered as a link, never
/// run in place of what was asked.
/// </summary>
public sealed partial class SearchVocabulary(DefectionsDbContext db)
{
    /// <summary>Words checked per query: a long query of nonsense does not cost a lookup per word.</summary>
    public const int MaxWordsChecked = 6;

    private static readonly Levenshtein Distance = new();

    /// <summary>The words of the documents' text as the vocabulary holds them, with how many documents use each.</summary>
    public static Dictionary<string, int> Count(IEnumerable<SearchDocument> documents)
    {
        var counter = new Counter();
        foreach (var document in documents)
        {
            counter.Add(document);
        }

        return counter.Counts;
    }

    /// <summary>The vocabulary counted a document at a time, as the index's documents go by.</summary>
    public sealed class Counter
    {
        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public void Add(SearchDocument document)
        {
            foreach (var word in SearchTerms.Tokenise(document.Title).Concat(Words(document.Body)).Distinct(StringComparer.Ordinal))
            {
                Counts[word] = Counts.GetValueOrDefault(word) + 1;
            }
        }
    }

    // Tokenise stops at MaxTokens words (a bound for queries); a document's body is longer than that.
    private static IEnumerable<string> Words(string text) =>
        WordRun().Matches(text).Select(m => m.Value).SelectMany(SearchTerms.Tokenise);

    public async Task<DidYouMeanViewModel?> DidYouMeanAsync(SearchRequest request, SearchWords words, CancellationToken ct)
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        foreach (var word in words.All.Distinct(StringComparer.Ordinal).Where(w => w.Length >= 3 && !w.All(char.IsDigit)).Take(MaxWordsChecked))
        {
            var candidates = await CandidatesAsync(connection, word, ct);
            if (candidates.Count == 0 || candidates.ContainsKey(word))
            {
                continue;
            }

            var allowed = word.Length <= 4 ? 1 : 2;
            var best = candidates
                .Select(c => (Word: c.Key, Documents: c.Value, Edits: Distance.Distance(word, c.Key)))
                .Where(c => c.Edits <= allowed)
                .OrderBy(c => c.Edits).ThenByDescending(c => c.Documents).ThenBy(c => c.Word, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Word is not null)
            {
                corrections[word] = best.Word;
            }
        }

        if (corrections.Count == 0 || request.Query is null)
        {
            return null;
        }

        // The query as typed (its quotes kept), with each corrected word replaced wherever it stands as a whole word.
        var corrected = WordRun().Replace(request.Query, m =>
            corrections.TryGetValue(m.Value.ToLowerInvariant(), out var c) ? c : m.Value);
        var url = (request with { Query = corrected }).ToUrl(request.Grievance, request.Council, request.Party, request.Year);
        return new DidYouMeanViewModel(corrected, url);
    }

    /// <summary>Vocabulary words that could be the word mistyped: same first letter, length within two.</summary>
    private static async Task<Dictionary<string, int>> CandidatesAsync(DbConnection connection, string word, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT word, documents FROM search_word
            WHERE substr(word, 1, 1) = @first AND length(word) BETWEEN @shortest AND @longest
            """;
        Add("@first", word[..1]);
        Add("@shortest", Math.Max(1, word.Length - 2));
        Add("@longest", word.Length + 2);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            found[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return found;

        void Add(string name, object value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}\p{Mn}\p{Mc}]+")]
    private static partial Regex WordRun();
}
