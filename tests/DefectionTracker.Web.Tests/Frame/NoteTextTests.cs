using DefectionTracker.Web.Features.Sources;

namespace DefectionTracker.Web.Tests.Frame;

public class NoteTextTests
{
    private static readonly HashSet<string> Ids = ["bbc-broxtowe-chaos", "seed-003-hucknall-dispatch-npa"];

    [Fact]
    public void Split_LinksKnownSourceIds_AndLeavesOtherSlugsAsText()
    {
        var segments = NoteText.Split("The BBC (bbc-broxtowe-chaos) and a non-source like well-known text.", Ids);

        Assert.Equal(
            [new NoteSegment("The BBC (", null), new NoteSegment("bbc-broxtowe-chaos", "bbc-broxtowe-chaos"),
                new NoteSegment(") and a non-source like well-known text.", null)],
            segments);
    }

    [Fact]
    public void Split_TextWithoutIds_IsOneSegment()
    {
        Assert.Equal([new NoteSegment("Nothing to link.", null)], NoteText.Split("Nothing to link.", Ids));
    }

    [Fact]
    public void ConflictSentence_IsTheSentenceAfterTheMarker()
    {
        var note = "Sunday evening. CONFLICT: Wikipedia's page (x-y) says 'October 2023'. Of the 11, 10 sit on the council.";

        Assert.Equal("Wikipedia's page (x-y) says 'October 2023'.", NoteText.ConflictSentence(note));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("No disagreement here; a conflict in lower case is not the marker.")]
    public void ConflictSentence_WithoutTheMarker_IsNull(string? note)
    {
        Assert.Null(NoteText.ConflictSentence(note));
    }

    [Fact]
    public void ConflictSentence_AtTheEndOfTheNote_RunsToTheEnd()
    {
        Assert.Equal("20 vs 18", NoteText.ConflictSentence("CONFLICT: 20 vs 18"));
    }
}
