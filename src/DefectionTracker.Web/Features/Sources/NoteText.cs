using System.Text.RegularExpressions;

namespace DefectionTracker.Web.Features.Sources;

/// <summary>Reading the dataset's free-text notes: source ids inside them, and the sentence that flags a conflict.</summary>
public static partial class NoteText
{
    /// <summary>The marker the dataset's notes use for a disagreement between sources.</summary>
    public const string ConflictMarker = "CONFLICT";

    /// <summary>Splits a note into text and the source ids it mentions, so that each id can link to its source.</summary>
    public static IReadOnlyList<NoteSegment> Split(string note, IReadOnlySet<string> sourceIds)
    {
        var segments = new List<NoteSegment>();
        var at = 0;
        foreach (Match match in SlugPattern().Matches(note))
        {
            if (!sourceIds.Contains(match.Value))
            {
                continue;
            }

            if (match.Index > at)
            {
                segments.Add(new NoteSegment(note[at..match.Index], null));
            }

            segments.Add(new NoteSegment(match.Value, match.Value));
            at = match.Index + match.Length;
        }

        if (at < note.Length)
        {
            segments.Add(new NoteSegment(note[at..], null));
        }

        return segments;
    }

    /// <summary>
    /// The segments as readers see them: each source id shown as its publisher, and "Publisher (id)" as the linked
    /// publisher alone, so that no raw id reaches the page.
    /// </summary>
    public static IReadOnlyList<NoteSegment> ForReaders(IReadOnlyList<NoteSegment> segments, IReadOnlyDictionary<string, string> publishers)
    {
        var result = new List<NoteSegment>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].SourceId is not { } id || !publishers.TryGetValue(id, out var publisher))
            {
                result.Add(segments[i]);
                continue;
            }

            var previous = result.Count > 0 && result[^1].SourceId is null ? result[^1].Text : null;
            var next = i + 1 < segments.Count && segments[i + 1].SourceId is null ? segments[i + 1].Text : null;
            if (previous is not null && next is not null && previous.EndsWith(publisher + " (", StringComparison.Ordinal) && next.StartsWith(')'))
            {
                result[^1] = result[^1] with { Text = previous[..^(publisher.Length + 2)] };
                result.Add(new NoteSegment(publisher, id));
                result.Add(new NoteSegment(next[1..], null));
                i++;
                continue;
            }

            result.Add(new NoteSegment(publisher, id));
        }

        return result;
    }

    /// <summary>
    /// The sentence that starts with the conflict marker, without the marker ("Wikipedia's ... says 'October 2023'.");
    /// null when the note flags no conflict.
    /// </summary>
    public static string? ConflictSentence(string? note)
    {
        var start = note?.IndexOf(ConflictMarker, StringComparison.Ordinal) ?? -1;
        if (note is null || start < 0)
        {
            return null;
        }

        var text = note[(start + ConflictMarker.Length)..].TrimStart(':', ' ');
        var end = SentenceEnd().Match(text);
        return end.Success ? text[..(end.Index + 1)] : text;
    }

    [GeneratedRegex("[a-z0-9]+(?:-[a-z0-9]+)+")]
    private static partial Regex SlugPattern();

    // A full stop followed by a space and a capital letter ends a sentence; "e.g. the" does not.
    [GeneratedRegex(@"\.\s+(?=[A-Z])")]
    private static partial Regex SentenceEnd();
}
