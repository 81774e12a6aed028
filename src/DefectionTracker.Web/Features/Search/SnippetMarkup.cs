using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DefectionTracker.Web.Features.Search;

/// <summary>
/// Highlight markup built by us, never by the database: FTS5 marks matched words with two private control characters,
/// the text between them is HTML-encoded, and only then are the marks turned into &lt;mark&gt; and &lt;/mark&gt;.
/// The result is an HTML fragment whose only markup is &lt;mark&gt;.
/// </summary>
public static class SnippetMarkup
{
    /// <summary>Start of a highlighted word (STX), as passed to FTS5 snippet() and highlight().</summary>
    public const char Open = '\u0002';

    /// <summary>End of a highlighted word (ETX).</summary>
    public const char Close = '\u0003';

    // Letters of every script stay readable (also in the JSON); markup characters and controls are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string ToHtml(string? marked)
    {
        if (string.IsNullOrEmpty(marked))
        {
            return "";
        }

        var html = new StringBuilder(marked.Length + 32);
        var open = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != Open && marked[i] != Close)
            {
                continue;
            }

            html.Append(Encoder.Encode(marked[start..i]));
            start = i + 1;
            if (i == marked.Length)
            {
                break;
            }

            if (marked[i] == Open && !open)
            {
                html.Append("<mark>");
                open = true;
            }
            else if (marked[i] == Close && open)
            {
                html.Append("</mark>");
                open = false;
            }
        }

        if (open)
        {
            html.Append("</mark>");
        }

        return html.ToString();
    }

    /// <summary>Plain text to a safe HTML fragment (no highlights).</summary>
    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);

    /// <summary>Removes the two marker characters from stored text, so that only FTS5 can introduce them.</summary>
    public static string StripMarkers(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Replace(Open.ToString(), "", StringComparison.Ordinal).Replace(Close.ToString(), "", StringComparison.Ordinal);

    /// <summary>The start of a text, cut at a word boundary near <paramref name="maxLength"/>, with an ellipsis when cut.</summary>
    public static string Excerpt(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text) || text.Length <= maxLength)
        {
            return text ?? "";
        }

        var cut = text.LastIndexOf(' ', maxLength);
        if (cut < maxLength / 2)
        {
            cut = maxLength;
        }

        // Never end between the two halves of a surrogate pair.
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }
}
