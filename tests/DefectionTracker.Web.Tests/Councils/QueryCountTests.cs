using System.Data.Common;
using System.Net;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DefectionTracker.Web.Tests.Councils;

/// <summary>The real app with every SQL command counted, to catch N+1 queries on the councils and defections pages.</summary>
public sealed class CommandCountingAppFactory : AppFactory
{
    public CommandCounter Counter { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<DefectionsDbContext>(o => o.AddInterceptors(Counter)));
    }
}

public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}

public sealed class QueryCountTests(ITestOutputHelper output) : IDisposable
{
    private readonly CommandCountingAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        _app.Counter.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        output.WriteLine($"{url}: {_app.Counter.Count} SQL commands");
        return _app.Counter.Count;
    }

    [Fact]
    public async Task Pages_RunASmallFixedNumberOfCommands_WhateverTheirSize()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.GetAsync("/health"); // start-up and seeding are not counted

        var broxtowe = await CommandsForAsync(client, "/councils/broxtowe");
        var nottingham = await CommandsForAsync(client, "/councils/nottingham");
        var list = await CommandsForAsync(client, "/councils");
        var defections = await CommandsForAsync(client, "/defections?pageSize=100");
        var defectionsPage = await CommandsForAsync(client, "/defections?pageSize=2");
        var defection = await CommandsForAsync(client, "/defections/2025-01-02-broxtowe-twenty-quit-labour");
        var party = await CommandsForAsync(client, "/parties/labour");
        var api = await CommandsForAsync(client, "/api/councils");

        // Nottingham has 8 defections and Broxtowe 3: the same number of commands.
        Assert.Equal(broxtowe, nottingham);
        Assert.InRange(broxtowe, 1, 24);
        Assert.InRange(list, 1, 10);
        Assert.Equal(defectionsPage, defections);
        Assert.InRange(defections, 1, 20);
        Assert.InRange(defection, 1, 20);
        Assert.InRange(party, 1, 15);
        Assert.InRange(api, 1, 10);
    }
}
