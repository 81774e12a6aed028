using DefectionTracker.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Tests.Data;

public class MigrationsTests
{
    [Fact]
    public void Model_HasNoChangesWithoutAMigration()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new DefectionsDbContext(new DbContextOptionsBuilder<DefectionsDbContext>().UseSqlite(connection).Options);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The EF model has changed since the last migration: run " +
            "'dotnet ef migrations add NAME --project src/DefectionTracker.Web --output-dir Data/Migrations' and commit it.");
    }
}
