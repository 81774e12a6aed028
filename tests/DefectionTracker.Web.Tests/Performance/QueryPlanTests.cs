using System.Data;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace DefectionTracker.Web.Tests.Performance;

/// <summary>
/// The pages a crawl asks for by the thousand (one council, one councillor, one defection) read only the rows about
/// their subject: SQLite's plan for every command they send looks rows up by an index and never reads a table that
/// grows with the record from end to end. At national scale one such scan of the councillors cost a council page 40 ms.
/// </summary>
public sealed partial class QueryPlanTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Tables whose rows grow with the record (the small lists of parties, grievances and councils may be read whole).</summary>
    private static readonly HashSet<string> Growing =
    [
        "Defections", "Councillors", "Seats", "Affiliations", "DefectionCouncils", "DefectionCouncillors", "DefectionGrievances",
        "DefectionSources", "ReportedCounts", "Quotes", "Sources", "Compositions", "CompositionSeats", "Administrations", "Revisions",
    ];

    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/councils/fellside")]
    [InlineData("/councils/kirkholme")]
    [InlineData("/councillors/david-pennington")]
    [InlineData("/defections/2024-06-castlebridge-six-quit-labour")]
    public async Task OnePage_ReadsNoGrowingTableFromEndToEnd(string url)
    {
        using var client = _app.CreateClient();
        await client.GetAsync("/health");
        _app.SqlCommands.Reset();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(_app.SqlCommands.Commands);
        using var db = _app.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        // The fixture's statistics say every table is tiny, and for a tiny table a scan is the right plan. Without them
        // SQLite plans as for a large record, which is what this asks about.
        await using (var forget = connection.CreateCommand())
        {
            forget.CommandText = "DELETE FROM sqlite_stat1; ANALYZE sqlite_schema;";
            await forget.ExecuteNonQueryAsync();
        }

        var scans = new List<string>();
        foreach (var command in _app.SqlCommands.Commands)
        {
            var tables = TableAlias().Matches(command.Text)
                .GroupBy(m => m.Groups[2].Value)
                .ToDictionary(g => g.Key, g => g.First().Groups[1].Value);
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
            foreach (var (name, value) in command.Parameters)
            {
                var parameter = explain.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                explain.Parameters.Add(parameter);
            }

            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var detail = reader.GetString(3);
                if (Scan().Match(detail) is { Success: true } scan
                    && Growing.Contains(tables.GetValueOrDefault(scan.Groups[1].Value, scan.Groups[1].Value)))
                {
                    scans.Add($"{detail} ({tables.GetValueOrDefault(scan.Groups[1].Value)}) in: {command.Text}");
                }
            }
        }

        foreach (var scan in scans)
        {
            output.WriteLine(scan);
        }

        Assert.Empty(scans);
    }

    [GeneratedRegex("\"(\\w+)\" AS \"(\\w+)\"")]
    private static partial Regex TableAlias();

    [GeneratedRegex("^SCAN (\\w+)")]
    private static partial Regex Scan();
}
