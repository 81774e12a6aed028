using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>
/// A record's notes as readers see them: the editors' markers in plain words ("CONFLICT:" becomes "Sources
/// disagree:") and each source id the note mentions shown as its publisher, linked to the source's entry, never as the
/// raw id ("North West Today (north-west-today-fellside) says" reads "North West Today says", linked).
/// </summary>
public static partial class ReaderNotes
{
    public static IHtmlContent Render(string note, IReadOnlyDictionary<string, SourceRefViewModel>? sources = null)
    {
        var text = note.Replace("CONFLICT:", "Sources disagree:", StringComparison.Ordinal)
            .Replace("UNVERIFIED.", "Unverified.", StringComparison.Ordinal);
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (Match m in Slug().Matches(text))
        {
            if (sources?.GetValueOrDefault(m.Value) is not { } source)
            {
                continue;
            }

            var before = text[at..m.Index];
            var after = m.Index + m.Length;

            // "Publisher (id)": the publisher already names it, so the name becomes the link and the brackets go.
            var named = before.EndsWith(source.Publisher + " (", StringComparison.Ordinal) && after < text.Length && text[after] == ')';
            if (named)
            {
                html.Append(before[..^(source.Publisher.Length + 2)]);
                after++;
            }
            else
            {
                html.Append(before);
            }

            html.AppendHtml("<a class=\"source-ref\" href=\"/sources#source-").Append(source.Id).AppendHtml("\">")
                .Append(source.Publisher).AppendHtml("</a>");
            at = after;
        }

        return html.Append(text[at..]);
    }

    [GeneratedRegex("[a-z0-9]+(?:-[a-z0-9]+)+")]
    private static partial Regex Slug();
}
