using System.Net;
using DefectionTracker.Web.Features.Shared;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Timeline;

/// <summary>The timeline runs a fixed number of SQL commands, however many events a party has (no N+1).</summary>
public sealed class TimelineCommandCountTests : IDisposable
{
    private readonly AppFactory _app = new();

    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        // Each count is the page's own work: not the unfiltered timeline kept from the request before.
        _app.Services.GetRequiredService<DataMemo>().Clear();
        _app.SqlCommands.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return _app.SqlCommands.Count;
    }

    [Fact]
    public async Task Timeline_SameNumberOfCommands_ForTwelveEventsAndForOne()
    {
        using var client = _app.CreateClient();
        // The council histories are built once and shared: asked once first, so that each count below is the page's own.
        foreach (var url in new[] { "/timeline?party=labour", "/timeline?party=liberal-democrats" })
        {
            await CommandsForAsync(client, url);
        }

        var labour = await CommandsForAsync(client, "/timeline?party=labour");
        var libDems = await CommandsForAsync(client, "/timeline?party=liberal-democrats");
        var api = await CommandsForAsync(client, "/api/timeline?party=labour");
        var feed = await CommandsForAsync(client, "/feeds/defections.atom");

        Assert.Equal(labour, libDems);
        Assert.Equal(labour + 1, api); // the API's ETag reads the data version: one command
        Assert.InRange(labour, 1, 15);
        Assert.InRange(feed, 1, 7); // the feed's ETag likewise
    }

    public void Dispose() => _app.Dispose();
}
