using Microsoft.AspNetCore.Html;

namespace DefectionTracker.Web.Features.Sources;

/// <summary>
/// Inline markup for citations inside running text, built in code so that no stray whitespace lands before the
/// punctuation that follows (a partial view would end with a line break).
/// </summary>
public static class SourceHtml
{
    /// <summary>A note's text with each source id it mentions linked to that source's entry on /sources.</summary>
    public static IHtmlContent Note(IReadOnlyList<NoteSegment> segments)
    {
        var html = new HtmlContentBuilder();
        foreach (var s in segments)
        {
            if (s.SourceId is null)
            {
                html.Append(s.Text);
            }
            else
            {
                html.AppendHtml("<a class=\"source-ref\" href=\"/sources#source-")
                    .Append(s.SourceId).AppendHtml("\">").Append(s.Text).AppendHtml("</a>");
            }
        }

        return html;
    }

    /// <summary>A source's publisher linked to its entry on /sources.</summary>
    public static IHtmlContent Cite(SourceCiteViewModel source) =>
        new HtmlContentBuilder()
            .AppendHtml("<a class=\"source-ref\" href=\"/sources#source-")
            .Append(source.Id).AppendHtml("\">").Append(source.Publisher).AppendHtml("</a>");

    /// <summary>"A, B (note) and C." for the sources that report one count, each with its note.</summary>
    public static IHtmlContent CiteList(IReadOnlyList<ReportedCountSourceViewModel> sources)
    {
        var html = new HtmlContentBuilder();
        for (var i = 0; i < sources.Count; i++)
        {
            html.AppendHtml(Cite(sources[i].Source));
            if (sources[i].Note is { } note)
            {
                html.AppendHtml(" <span class=\"muted\">(").Append(note).AppendHtml(")</span>");
            }

            html.Append(i < sources.Count - 2 ? ", " : i == sources.Count - 2 ? " and " : ".");
        }

        return html;
    }
}
