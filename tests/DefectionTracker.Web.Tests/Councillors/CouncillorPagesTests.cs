using System.Net;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Councillors;

[Collection(SharedAppCollection.Name)]
public class CouncillorPagesTests(SharedAppFixture app)
{
    [Fact]
    public async Task Pennington_ShowsSeatAffiliationsInOrder_AndHisThreeEvents()
    {
        var doc = await app.GetDocumentAsync("/councillors/david-pennington");
        var text = doc.Body!.Text();

        Assert.Equal("David Pennington", doc.Single("h1").TextContent);
        Assert.Contains("Kirkholme City Council , ward: Abbey; dates not recorded", text, StringComparison.Ordinal);
        // Suspended (February 2024), sat as an independent, joined the Greens (3 March 2025); the resignation in between
        // did not change where he sat.
        var labour = text.IndexOf("Labour Party until February 2024 (suspended)", StringComparison.Ordinal);
        var independent = text.IndexOf("Independent from February 2024 until 3 March 2025 (joined another party)", StringComparison.Ordinal);
        var green = text.IndexOf("Green Party from 3 March 2025 to now", StringComparison.Ordinal);
        Assert.True(labour >= 0 && independent > labour && green > independent, text);
        foreach (var id in new[] { "2024-02-kirkholme-pennington-suspended", "2024-09-12-kirkholme-pennington-resigns", "2025-03-03-kirkholme-pennington-joins-green" })
        {
            Assert.NotNull(doc.QuerySelector($"a[href='/defections/{id}']"));
        }

        Assert.NotNull(doc.QuerySelector("li#source-kirkholme-post-pennington-suspended"));
        // A party's label ends where its name ends: no space before the bracket that closes it.
        // (Text() spaces out every element; the page's own characters are TextContent.)
        Assert.Contains("(Labour Party to Independent).", doc.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ellery_SitsOnThreeCouncils_AndHisQuoteIsTheGroupsStatement()
    {
        var text = (await app.GetDocumentAsync("/councillors/mark-ellery")).Body!.Text();

        var borough = text.IndexOf("Castlebridge Borough Council , ward: Riverside", StringComparison.Ordinal);
        var town = text.IndexOf("Castlebridge Town Council , ward: not known", StringComparison.Ordinal);
        var county = text.IndexOf("East Weald County Council , ward: Castlebridge North", StringComparison.Ordinal);
        Assert.True(borough >= 0 && town > borough && county > town, text);
        Assert.Contains("Labour Party until June 2024 (resigned)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thorne_HasNoSeatInTheRecord_AndSaysSo()
    {
        var (status, html) = await app.GetPageAsync("/councillors/ian-thorne");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No seat on a council in this record", html, StringComparison.Ordinal);
        Assert.Contains("Labour Party until June 2024 (resigned)", PageReader.Text(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCouncillor_IsTheSites404Page()
    {
        var (status, html) = await app.GetPageAsync("/councillors/no-such-person");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }


}
