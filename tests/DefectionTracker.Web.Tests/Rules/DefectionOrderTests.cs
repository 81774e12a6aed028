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
    public void NewestFirst_ReversesTheSequence_MonthBeforeADayOfThatMonth_UndatedLast()
    {
        var sequence = DefectionOrder.Sequence(Events.Select(e => (e.Date, e.Id, (string?)null))).ToList();
        var ids = Events.OrderNewestFirst(e => sequence.IndexOf(e.Id), e => e.Date).Select(e => e.Id).ToList();

        // 20 April starts latest; "April 2024" (any day of April) comes before 1 April; "2024" starts on 1 January; the
        // exact reverse of the chronological order, so ties on a date go by id descending; undated last by id.
        Assert.Equal(["e-twentieth", "c-april", "b-april-too", "d-first-of-april", "f-year", "g-november", "a-undated", "b-undated"], ids);
    }

    [Fact]
    public void Chronological_IsPartialDateOrderThenId()
    {
        var ids = Events.OrderBy(e => (e.Date, e.Id), DefectionOrder.Chronological).Select(e => e.Id).ToList();

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
        var sequence = DefectionOrder.Sequence(Events.Select(e => (e.Date, e.Id, (string?)null)));
        var events = Events.Select(e => (e.Date, e.Id, Sequence: sequence.ToList().IndexOf(e.Id))).ToList();
        foreach (var (date, id, position) in events)
        {
            db.Defections.Add(new Defection { Id = id, Date = date, OrderDate = date, FromPartySlug = "p", Summary = id, Sequence = position });
        }

        await db.SaveChangesAsync();

        var fromSql = await db.Defections.AsNoTracking().NewestFirst().Select(d => d.Id).ToListAsync();

        Assert.Equal(events.OrderNewestFirst(e => e.Sequence, e => e.Date).Select(e => e.Id), fromSql);
    }

    [Fact]
    public void Sequence_AnAfterLink_PutsAMonthEventBehindTheDayItFollows()
    {
        // Sollis left "in November 2023", days after the eleven of 5 November: by dates alone the month sorts first.
        var ids = DefectionOrder.Sequence(
        [
            (PartialDate.Month(2023, 11), "sollis", "eleven"),
            (PartialDate.Day(2023, 11, 5), "eleven", null),
            (PartialDate.Month(2023, 9), "briggs", null),
            (PartialDate.Day(2023, 12, 1), "december", null),
        ]);

        Assert.Equal(["briggs", "eleven", "sollis", "december"], ids);
    }

    [Theory]
    [InlineData("2023-11", "2023-11-05", true)]
    [InlineData("2023-11-05", "2023-11-05", false)]
    [InlineData("2023-11", "2023-12-01", false)]
    [InlineData("2024", "2024-04", true)]
    public void OrderOpen_OnlyWhenThePeriodsOverlap_AndAreNotBothDays(string a, string b, bool open)
    {
        Assert.True(DateInput.TryParse(a, out var first, out _));
        Assert.True(DateInput.TryParse(b, out var second, out _));

        Assert.Equal(open, DefectionOrder.OrderOpen(first, second));
    }
}
