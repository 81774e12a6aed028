using System.Net;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace DefectionTracker.Web.Tests.Councils;

public sealed class QueryCountTests(ITestOutputHelper output) : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        _app.SqlCommands.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        output.WriteLine($"{url}: {_app.SqlCommands.Count} SQL commands");
        return _app.SqlCommands.Count;
    }

    [Fact]
    public async Task Pages_RunASmallFixedNumberOfCommands_WhateverTheirSize()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.GetAsync("/health"); // start-up and seeding are not counted

        var fellside = await CommandsForAsync(client, "/councils/fellside");
        var kirkholme = await CommandsForAsync(client, "/councils/kirkholme");
        var list = await CommandsForAsync(client, "/councils");
        var defections = await CommandsForAsync(client, "/defections?pageSize=100");
        var defectionsPage = await CommandsForAsync(client, "/defections?pageSize=2");
        var defection = await CommandsForAsync(client, "/defections/2024-06-castlebridge-six-quit-labour");
        var party = await CommandsForAsync(client, "/parties/labour");
        var api = await CommandsForAsync(client, "/api/councils");

        // Kirkholme has 4 defections and Fellside 2: the same number of commands.
        Assert.Equal(fellside, kirkholme);
        // 24, and one for the UK council register's facts (names, codes, predecessors and successors).
        Assert.InRange(fellside, 1, 25);
        Assert.InRange(list, 1, 10);
        Assert.Equal(defectionsPage, defections);
        Assert.InRange(defections, 1, 20);
        Assert.InRange(defection, 1, 20);
        // One more than before for the record's "added … ; last corrected …" line (its published revisions).
        Assert.InRange(party, 1, 16);
        Assert.InRange(api, 1, 10);
    }
}
