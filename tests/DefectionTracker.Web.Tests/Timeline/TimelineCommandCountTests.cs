using System.Data.Common;
using System.Net;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Timeline;

/// <summary>The timeline runs a fixed number of SQL commands, however many events a party has (no N+1).</summary>
public sealed class TimelineCommandCountTests : IDisposable
{
    private readonly AppFactory _app = new();
    private readonly CommandCounter _counter = new();
    private readonly WebApplicationFactory<Program> _counted;

    public TimelineCommandCountTests()
    {
        _counted = _app.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.ConfigureDbContext<DefectionsDbContext>(o => o.AddInterceptors(_counter))));
    }

    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        _counter.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return _counter.Count;
    }

    [Fact]
    public async Task Timeline_SameNumberOfCommands_ForTwelveEventsAndForOne()
    {
        using var client = _counted.CreateClient();

        var labour = await CommandsForAsync(client, "/timeline?party=labour");
        var libDems = await CommandsForAsync(client, "/timeline?party=liberal-democrats");
        var api = await CommandsForAsync(client, "/api/timeline?party=labour");
        var feed = await CommandsForAsync(client, "/feeds/defections.atom");

        Assert.Equal(labour, libDems);
        Assert.Equal(labour, api);
        Assert.InRange(labour, 1, 15);
        Assert.InRange(feed, 1, 6);
    }

    public void Dispose()
    {
        _counted.Dispose();
        _app.Dispose();
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecuting(command, eventData, result);
        }
    }
}
