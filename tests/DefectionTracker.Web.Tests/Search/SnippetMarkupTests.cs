using DefectionTracker.Web.Features.Search;

namespace DefectionTracker.Web.Tests.Search;

public class SnippetMarkupTests
{
    [Fact]
    public void ToHtml_EncodesText_ThenTurnsMarkersIntoMark() =>
        Assert.Equal("a &lt;b&gt; <mark>Gaza</mark> &amp; &quot;c&quot;", SnippetMarkup.ToHtml("a <b> \u0002Gaza\u0003 & \"c\""));

    [Fact]
    public void ToHtml_UnbalancedMarkers_StillGiveBalancedMarkup()
    {
        Assert.Equal("<mark>open</mark>", SnippetMarkup.ToHtml("\u0002open"));
        Assert.Equal("close", SnippetMarkup.ToHtml("close\u0003"));
        Assert.Equal("<mark>ab</mark>", SnippetMarkup.ToHtml("\u0002a\u0002b\u0003\u0003"));
    }

    [Fact]
    public void ToHtml_KeepsLettersOfEveryScriptReadable() =>
        Assert.Equal("غزة – café", SnippetMarkup.ToHtml("غزة – café"));

    [Fact]
    public void StripMarkers_RemovesOnlyTheTwoMarkers() =>
        Assert.Equal("ab\u0001c", SnippetMarkup.StripMarkers("a\u0002b\u0001\u0003c"));

    [Fact]
    public void Excerpt_CutsAtAWordNearTheLimit()
    {
        Assert.Equal("short", SnippetMarkup.Excerpt("short", 10));
        Assert.Equal("one two…", SnippetMarkup.Excerpt("one two three four", 9));
    }
}
