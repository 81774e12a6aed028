using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Tests.Data;

/// <summary>
/// The indexes the pages' SQL relies on, checked in SQLite's own query plan: without them a national-scale party page
/// spent 86 s scanning affiliations.
/// </summary>
public class QueryPlanTests
{
    private static async Task<string> PlanAsync(string sql)
    {
        using var factory = new AppFactory();
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return string.Join("\n", lines);
    }

    [Fact]
    public async Task PartyPage_EverInThePartyCheck_LooksUpAffiliationsByCouncillorAndParty()
    {
        // The SQL EF writes for Councillors.Where(c => c.Affiliations.Any(a => a.PartySlug == slug)).
        var plan = await PlanAsync(
            "SELECT c.Slug FROM Councillors AS c WHERE EXISTS (SELECT 1 FROM Affiliations AS a WHERE c.Slug = a.CouncillorSlug AND a.PartySlug = 'labour') ORDER BY c.Name");

        Assert.Contains("IX_Affiliations_CouncillorSlug_PartySlug (CouncillorSlug=? AND PartySlug=?)", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeding_LeavesPlannerStatistics()
    {
        using var factory = new AppFactory();
        _ = factory.Server;
        await using var db = factory.CreateDbContext();

        var analysed = await db.Database.SqlQueryRaw<string>("SELECT tbl AS Value FROM sqlite_stat1").ToListAsync();

        Assert.Contains("Affiliations", analysed);
        Assert.Contains("Defections", analysed);
    }
}
