using System.Net;
using System.Text.Json;
using DefectionTracker.Testing;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Truth;

/// <summary>The fields real articles need (issue 11), on the fixture: dates as stated, stories, destinations, citations.</summary>
[Collection(SharedAppCollection.Name)]
public class TruthFieldsTests(SharedAppFixture app)
{
    [Fact]
    public void EventDate_DayAndMonthWithNoYear_IsShownAsStated_AndOrderedByItsReport()
    {
        var when = new EventDate(PartialDate.Unknown, new MonthDay(4, 8), FirstReported: PartialDate.Day(2024, 4, 10));

        Assert.Equal("8 April (year not stated; reported 10 April 2024)", when.ToDisplay());
        Assert.Equal(PartialDate.Day(2024, 4, 10), when.OrderDate);
    }

    [Fact]
    public void EventDate_Bounds_AreShownAsSuch_AndTheUpperBoundOrdersIt()
    {
        Assert.Equal("on or before 8 April 2024", new EventDate(PartialDate.Unknown, NotAfter: PartialDate.Day(2024, 4, 8)).ToDisplay());
        Assert.Equal("on or after 17 October 2023", new EventDate(PartialDate.Unknown, NotBefore: PartialDate.Day(2023, 10, 17)).ToDisplay());
        var both = new EventDate(PartialDate.Unknown, NotBefore: PartialDate.Day(2023, 10, 17), NotAfter: PartialDate.Day(2024, 4, 8),
            FirstReported: PartialDate.Day(2024, 5, 1));
        Assert.Equal(PartialDate.Day(2024, 4, 8), both.OrderDate);
        Assert.Equal("November 2023 (on or after 6 November 2023)",
            new EventDate(PartialDate.Month(2023, 11), NotBefore: PartialDate.Day(2023, 11, 6)).ToDisplay());
        Assert.Equal(PartialDate.Unknown, new EventDate(PartialDate.Unknown, FirstReported: PartialDate.Day(2024, 1, 1)).OrderDate);
    }

    [Fact]
    public void Wording_Destination_KeepsGroupNotKnownApartFromAKnownGroupAndFromNotKnown()
    {
        Assert.Equal("Independent, group not known", Wording.Destination("Independent", groupNotKnown: true));
        Assert.Equal("Independent", Wording.Destination("Independent", groupNotKnown: false));
        Assert.Equal("not known", Wording.Destination(null, groupNotKnown: false));
    }

    [Fact]
    public async Task DefectionPage_YearNotStated_ShowsTheDateAsStated_GroupNotKnown_AndBothSourcesOfItsGrievance()
    {
        var doc = await app.GetDocumentAsync("/defections/kirkholme-walsh-leaves-greens-year-not-stated");
        var text = doc.Body!.TextContent;

        Assert.Contains("8 April (year not stated; reported 10 April 2024)", doc.QuerySelector(".event-date")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Independent, group not known", text, StringComparison.Ordinal);
        var grievance = doc.QuerySelectorAll(".grievance-list li").Single(li => li.TextContent.Contains("Leadership and direction", StringComparison.Ordinal));
        Assert.Equal(2, grievance.QuerySelectorAll(".cite a").Length);
        Assert.DoesNotContain("Labour", grievance.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefectionList_YearNotStated_SortsByItsReport_BetweenFebruaryAndMay2024()
    {
        var doc = await app.GetDocumentAsync("/defections?pageSize=100");
        var ids = doc.QuerySelectorAll("h2[id^='row-']").Select(h => h.Id![4..]).ToList();

        var walsh = ids.IndexOf("kirkholme-walsh-leaves-greens-year-not-stated");
        Assert.True(walsh > ids.IndexOf("2024-05-01-marchbury-holt-leaves-labour"));
        Assert.True(walsh < ids.IndexOf("2024-02-kirkholme-pennington-suspended"));
    }

    [Fact]
    public async Task DefectionApi_DerivedDate_SaysHow_AndACouncillorsOwnDestinationIsListed()
    {
        var response = await app.CreateClient().GetAsync(new Uri("/api/defections/2025-02-10-brackenholt-five-quit-labour", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.True(root.GetProperty("dateDerived").GetBoolean());
        Assert.Equal("derived: 'on Monday' in the Dales Weekly of 11 February 2025", root.GetProperty("dateDerivedText").GetString());
        var own = Assert.Single(root.GetProperty("councillorDestinations").EnumerateArray());
        Assert.Equal("hannah-mistry", own.GetProperty("councillor").GetProperty("slug").GetString());
        Assert.Equal("Independent, group not known", own.GetProperty("destinationText").GetString());
        var page = await app.GetDocumentAsync("/defections/2025-02-10-brackenholt-five-quit-labour");
        Assert.Contains("derived: 'on Monday' in the Dales Weekly of 11 February 2025", page.QuerySelector(".event-date")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Story_ListsItsEventsInTheOneOrder_WithTheCouncillorsLostTotal_AndTheDefectionPageLinksToIt()
    {
        var doc = await app.GetDocumentAsync("/stories/three-to-the-greens");
        var links = doc.QuerySelectorAll(".story-events a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/defections/2024-11-east-weald-two-join-greens", "/defections/2025-03-03-kirkholme-pennington-joins-green"], links);
        Assert.Contains("Councillors lost over these events: 3", doc.QuerySelector(".story-total")!.TextContent, StringComparison.Ordinal);
        var defection = await app.GetDocumentAsync("/defections/2024-11-east-weald-two-join-greens");
        Assert.Equal("/stories/three-to-the-greens", defection.QuerySelector(".story-link a")!.GetAttribute("href"));

        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync(new Uri("/api/stories/three-to-the-greens", UriKind.Relative)));
        Assert.Equal(3, json.RootElement.GetProperty("councillorsLost").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("events").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(new Uri("/api/stories/no-such-story", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Search_UnverifiedReport_RanksBelowAConfirmedEventForTheSameWords()
    {
        var doc = await app.GetDocumentAsync("/search?q=labour+councillors");
        var hrefs = doc.QuerySelectorAll("a[href^='/defections/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();

        Assert.Contains("/defections/bramwell-unverified", hrefs);
        Assert.True(hrefs.IndexOf("/defections/bramwell-unverified") > hrefs.IndexOf("/defections/2023-07-14-fellside-three-quit-labour"));
    }
}
