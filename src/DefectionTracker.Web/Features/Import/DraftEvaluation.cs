using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DefectionTracker.Web.Features.Import;

/// <summary>
/// An annotated article: <c>NAME.txt</c> holds its text and <c>NAME.json</c> what an editor would enter from it
/// (<see cref="Annotation"/>): the expected fields, and the publication date and address the draft is given.
/// </summary>
public sealed record Annotation(
    string? Published,
    string? Url,
    List<string>? Councils,
    int? CouncillorCount,
    string? FromParty,
    string? ToParty,
    string? Date,
    List<AnnotatedCouncillor>? Councillors,
    List<string>? Grievances,
    string? Notes = null);

public sealed record AnnotatedCouncillor(string Name, string? Slug);

/// <summary>Precision, recall and F1 of one field over a corpus.</summary>
public sealed record FieldScore(string Field, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Scores drafts against annotations, field by field: sets for lists, one value for the rest (null expected and null proposed is not counted).</summary>
public static class DraftEvaluation
{
    public static readonly string[] Fields = ["councils", "councillorCount", "fromParty", "toParty", "date", "councillors", "grievances"];

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static (IReadOnlyList<FieldScore> Scores, IReadOnlyList<string> Misses) Evaluate(DraftAssistant assistant, string folder) =>
        Evaluate(assistant, folder, []);

    /// <summary>The same, adding to <paramref name="milliseconds"/> how long each article's draft took (the assistant alone, not reading the files).</summary>
    public static (IReadOnlyList<FieldScore> Scores, IReadOnlyList<string> Misses) Evaluate(DraftAssistant assistant, string folder, List<double> milliseconds)
    {
        var counts = Fields.ToDictionary(f => f, _ => (Tp: 0, Fp: 0, Fn: 0), StringComparer.Ordinal);
        var misses = new List<string>();
        foreach (var textFile in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var annotationFile = Path.ChangeExtension(textFile, ".json");
            if (!File.Exists(annotationFile))
            {
                continue;
            }

            var expected = JsonSerializer.Deserialize<Annotation>(File.ReadAllText(annotationFile), Json)!;
            var published = expected.Published is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            var article = new Article(File.ReadAllText(textFile), published, expected.Url);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var draft = assistant.Propose(article);
            milliseconds.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var name = Path.GetFileNameWithoutExtension(textFile);
            void Score(string field, IEnumerable<string> want, IEnumerable<string> got)
            {
                var w = want.ToHashSet(StringComparer.Ordinal);
                var g = got.ToHashSet(StringComparer.Ordinal);
                var c = counts[field];
                counts[field] = (c.Tp + w.Intersect(g).Count(), c.Fp + g.Except(w).Count(), c.Fn + w.Except(g).Count());
                if (!w.SetEquals(g))
                {
                    misses.Add($"{name}: {field}: expected [{string.Join(", ", w.Order(StringComparer.Ordinal))}], proposed [{string.Join(", ", g.Order(StringComparer.Ordinal))}]");
                }
            }

            static IEnumerable<string> One(string? value) => value is null ? [] : [value];
            Score("councils", expected.Councils ?? [], draft.Councils.Select(c => c.Slug ?? c.Name));
            Score("councillorCount", One(expected.CouncillorCount?.ToString(CultureInfo.InvariantCulture)), One(draft.CouncillorCount?.ToString(CultureInfo.InvariantCulture)));
            Score("fromParty", One(expected.FromParty), One(draft.FromParty is { } f ? f.Slug ?? f.Name : null));
            Score("toParty", One(expected.ToParty), One(draft.ToParty is { } t ? t.Slug ?? t.Name : null));
            Score("date", One(expected.Date), One(draft.Date));
            Score("councillors", (expected.Councillors ?? []).Select(c => c.Slug ?? Key(c.Name)), draft.Councillors.Select(c => c.Slug ?? Key(c.Name)));
            Score("grievances", expected.Grievances ?? [], draft.Grievances.Select(g => g.Slug));
        }

        return ([.. Fields.Select(f => new FieldScore(f, counts[f].Tp, counts[f].Fp, counts[f].Fn))], misses);
    }

    public static string Table(IReadOnlyList<FieldScore> scores)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"field",-16} {"precision",9} {"recall",7} {"F1",6}   TP  FP  FN");
        foreach (var s in scores)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{s.Field,-16} {s.Precision,9:0.00} {s.Recall,7:0.00} {s.F1,6:0.00} {s.TruePositives,4} {s.FalsePositives,3} {s.FalseNegatives,3}");
        }

        return text.ToString();
    }

    private static string Key(string name) => name.Trim().ToLowerInvariant();
}
