using System.Net;
using System.Text.Json;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Home;
using DefectionTracker.Web.Features.Shared;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Home;

/// <summary>
/// What the record covers, on the fixture: 7 councils have recorded events (Castlebridge Town through the
/// Castlebridge event, whose split there is unknown); the dated events run from 14 July 2023 (Fellside) to November
/// 2025 (Marchbury, a month); Bramwell's unverified report has no date; the newest source was published on
/// 11 November 2025; Labour lost 20 councillors by the one rule.
/// </summary>
[Collection(SharedAppCollection.Name)]
public class SummaryTests(SharedAppFixture app)
{
    private async Task<JsonElement> GetSummaryAsync()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/summary");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Api_Summary_StatesCoverage_PeriodAtItsPrecision_AndDataAsOf()
    {
        var summary = await GetSummaryAsync();

        Assert.Equal("2025-11-11", summary.GetProperty("dataAsOf").GetString());
        Assert.Equal(7, summary.GetProperty("councilsCovered").GetInt32());
        Assert.Equal("2023-07-14", summary.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal("2025-11", summary.GetProperty("period").GetProperty("to").GetString());
        Assert.Equal(16, summary.GetProperty("defectionCount").GetInt32());
    }

    [Fact]
    public async Task Api_Summary_LabourCouncillorsLost_IsTheOneRulesFigure()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var losses = await scope.ServiceProvider.GetRequiredService<PartyLossesQuery>().LoadAsync("labour", CancellationToken.None);

        var summary = await GetSummaryAsync();

        Assert.Equal(CouncillorsLost.Tally(losses).Councillors, summary.GetProperty("labourCouncillorsLost").GetInt32());
        Assert.Equal(20, summary.GetProperty("labourCouncillorsLost").GetInt32());
    }

    [Fact]
    public async Task Query_CountsTheUndatedEventApart()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();

        var coverage = await scope.ServiceProvider.GetRequiredService<SummaryQuery>().GetAsync(CancellationToken.None);

        Assert.Equal((16, 2), (coverage.DefectionCount, coverage.UndatedEvents));
        Assert.Equal((DatePrecision.Day, DatePrecision.Month), (coverage.From.Precision, coverage.To.Precision));
    }

    [Fact]
    public async Task HomePage_StatesWhatTheRecordCovers_SoNoFigureReadsAsNational()
    {
        using var client = app.CreateClient();
        var doc = PageReader.Parse(await client.GetStringAsync("/"));

        var coverage = doc.Single("#coverage").TextContent;
        var text = string.Join(' ', coverage.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

        Assert.Contains("events at 7 councils, from 14 July 2023 to November 2025 (and 2 events with no known date).", text, StringComparison.Ordinal);
        Assert.Contains("It is not a national count", text, StringComparison.Ordinal);
        Assert.Contains("Data as of 11 November 2025, the publication date of the newest source", text, StringComparison.Ordinal);
        Assert.Contains(doc.QuerySelectorAll(".figure-note"), n => n.TextContent.Contains("at the 7 councils recorded here, not across the country", StringComparison.Ordinal));
    }
}
