using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.Consistency;

/// <summary>
/// The number of councillors Labour lost is one fact: every page and endpoint that shows it must show the same number,
/// the one rule's (Domain/Timeline.cs LossTimeline, and an unverified report is shown but not added).
/// </summary>
[Collection(SharedAppCollection.Name)]
public partial class LabourLossesAgreeTests(SharedAppFixture app)
{
    /// <summary>
    /// Fixture README: 3 (Fellside) + 1 (Pennington's suspension) + 1 (Holt) + 6 (Castlebridge) + 0 (Pennington's
    /// resignation, already counted) + 2 (East Weald) + 5 (Brackenholt) + unknown (Kirkholme walk-out) + 2 (Marchbury)
    /// = 20. The unverified Bramwell report (2 claimed, no date) is shown but not added; Okafor joining Labour is a gain.
    /// </summary>
    private const int LabourLost = 20;

    private async Task<int> HomeAsync()
    {
        var doc = await app.GetDocumentAsync("/");
        var figure = doc.QuerySelectorAll(".figure-number")
            .Single(n => n.NextElementSibling?.TextContent == "councillors left Labour or were suspended");
        return int.Parse(figure.TextContent, CultureInfo.InvariantCulture);
    }

    private async Task<int> PartyPageAsync()
    {
        var text = (await app.GetDocumentAsync("/parties/labour")).Body!.Text();
        return int.Parse(PartyLost().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private async Task<int> TimelinePageAsync()
    {
        var text = (await app.GetDocumentAsync("/timeline?party=labour")).Body!.Text();
        return int.Parse(TimelineCounted().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private async Task<int> TimelineApiAsync()
    {
        using var client = app.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/timeline?party=labour"));
        return json.RootElement.GetProperty("totalCounted").GetInt32();
    }

    [Fact]
    public async Task TimelinePage_AndTimelineApi_GiveTheRulesFigure()
    {
        Assert.Equal(LabourLost, await TimelinePageAsync());
        Assert.Equal(LabourLost, await TimelineApiAsync());
    }

    [Fact]
    public async Task EveryPageAndEndpoint_ShowsTheSameNumber_TheRulesFigure()
    {
        var figures = new Dictionary<string, int>
        {
            ["/"] = await HomeAsync(),
            ["/parties/labour"] = await PartyPageAsync(),
            ["/timeline?party=labour"] = await TimelinePageAsync(),
            ["/api/timeline?party=labour"] = await TimelineApiAsync(),
        };

        Assert.All(figures, f => Assert.True(f.Value == LabourLost, $"{f.Key} says {f.Value}, the rule gives {LabourLost}: "
            + string.Join(", ", figures.Select(x => $"{x.Key} {x.Value}"))));
    }

    [GeneratedRegex(@"Councillors lost (?:at least )?(\d+) in \d+ recorded event")]
    private static partial Regex PartyLost();

    [GeneratedRegex(@"(\d+) councillors counted")]
    private static partial Regex TimelineCounted();
}
