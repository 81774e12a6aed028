using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using DefectionTracker.Web.Features.Sources;

namespace DefectionTracker.Web.Tests.Frame;

/// <summary>Notes as readers see them: markers in words, source ids as their publishers, never the raw id.</summary>
public class ReaderNotesTests
{
    private static readonly SourceRefViewModel NorthWestToday =
        new("north-west-today-fellside", "North West Today", "Labour loses control", false, SourceReadVia.Mirror, null, "https://copy.example/x", null);

    private static string Html(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void Render_PublisherThenIdInBrackets_BecomesTheLinkedPublisherAlone()
    {
        var html = Html(ReaderNotes.Render("CONFLICT: North West Today (north-west-today-fellside) says '13 July 2023'.",
            new Dictionary<string, SourceRefViewModel> { [NorthWestToday.Id] = NorthWestToday }));

        Assert.Equal("Sources disagree: <a class=\"source-ref\" href=\"/sources#source-north-west-today-fellside\">North West Today</a> says &#x27;13 July 2023&#x27;.", html);
    }

    [Fact]
    public void Render_BareId_BecomesThePublisher_OtherHyphenatedWordsStay()
    {
        var html = Html(ReaderNotes.Render("A two-year exodus (see north-west-today-fellside).",
            new Dictionary<string, SourceRefViewModel> { [NorthWestToday.Id] = NorthWestToday }));

        Assert.Equal("A two-year exodus (see <a class=\"source-ref\" href=\"/sources#source-north-west-today-fellside\">North West Today</a>).", html);
    }

    [Fact]
    public void ForReaders_SegmentsShowThePublisher_AndDropTheBracketsAfterItsName()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { NorthWestToday.Id };
        var segments = NoteText.ForReaders(NoteText.Split("North West Today (north-west-today-fellside) says so.", ids),
            new Dictionary<string, string> { [NorthWestToday.Id] = NorthWestToday.Publisher });

        Assert.Equal([("", null), ("North West Today", "north-west-today-fellside"), (" says so.", null)],
            segments.Select(s => (s.Text, s.SourceId)).ToArray());
    }
}
