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
