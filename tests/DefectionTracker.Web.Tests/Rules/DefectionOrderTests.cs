using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Tests.Rules;

/// <summary>One order for lists of defections, in memory and in SQL.</summary>
public class DefectionOrderTests
{
    private static readonly (PartialDate Date, string Id)[] Events =
    [
        (PartialDate.Day(2024, 4, 1), "d-first-of-april"),
        (PartialDate.Month(2024, 4), "c-april"),
        (PartialDate.Day(2024, 4, 20), "e-twentieth"),
        (PartialDate.Year(2024), "f-year"),
        (PartialDate.Unknown, "a-undated"),
        (PartialDate.Unknown, "b-undated"),
        (PartialDate.Month(2024, 4), "b-april-too"),
        (PartialDate.Day(2023, 11, 5), "g-november"),
    ];

    [Fact]
    public void NewestFirst_MonthBeforeADayOfThatMonth_UndatedLast_TiesById()
    {
        var ids = Events.OrderNewestFirst(e => e.Date, e => e.Id).Select(e => e.Id).ToList();

        // 20 April starts latest; "April 2024" (any day of April) comes before 1 April; "2024" starts on 1 January.
        Assert.Equal(["e-twentieth", "b-april-too", "c-april", "d-first-of-april", "f-year", "g-november", "a-undated", "b-undated"], ids);
    }

    [Fact]
    public void Chronological_IsPartialDateOrderThenId()
    {
        var ids = Events.OrderChronologically(e => e.Date, e => e.Id).Select(e => e.Id).ToList();

        Assert.Equal(["g-november", "f-year", "d-first-of-april", "b-april-too", "c-april", "e-twentieth", "a-undated", "b-undated"], ids);
    }

    [Fact]
    public async Task NewestFirst_InSql_MatchesTheInMemoryOrder()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new DefectionsDbContext(new DbContextOptionsBuilder<DefectionsDbContext>().UseSqlite(connection).Options);
        await db.Database.MigrateAsync();
        db.Parties.Add(new Party { Slug = "p", Name = "P", ShortName = "P", Colour = "#000000" });
        foreach (var (date, id) in Events)
        {
            db.Defections.Add(new Defection { Id = id, Date = date, FromPartySlug = "p", Summary = id });
        }

        await db.SaveChangesAsync();

        var fromSql = await db.Defections.AsNoTracking().NewestFirst().Select(d => d.Id).ToListAsync();

        Assert.Equal(Events.OrderNewestFirst(e => e.Date, e => e.Id).Select(e => e.Id), fromSql);
    }
}
