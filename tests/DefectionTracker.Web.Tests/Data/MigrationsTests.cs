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

    [Fact]
    public void PostgresModel_HasNoChangesWithoutAMigration()
    {
        // No server needed: the model is compared with the PostgreSQL migrations' snapshot.
        using var db = new PostgresDefectionsDbContext(new DbContextOptionsBuilder<PostgresDefectionsDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=unused").Options);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The EF model has changed since the last PostgreSQL migration: run " +
            "'Database__Provider=Postgres ConnectionStrings__Defections=\"Host=127.0.0.1;Database=design\" dotnet ef migrations add NAME " +
            "--project src/DefectionTracker.Web --context PostgresDefectionsDbContext --output-dir Data/Migrations/Postgres' and commit it.");
    }

    [Fact]
    public void TheTwoProviders_HaveMigrationsOfTheirOwn()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var sqlite = new DefectionsDbContext(new DbContextOptionsBuilder<DefectionsDbContext>().UseSqlite(connection).Options);
        using var postgres = new PostgresDefectionsDbContext(new DbContextOptionsBuilder<PostgresDefectionsDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=unused").Options);

        var sqliteMigrations = sqlite.Database.GetMigrations().ToList();
        var postgresMigrations = postgres.Database.GetMigrations().ToList();

        // Existing SQLite databases keep their history: the first migrations are still there, in order.
        Assert.Equal("20261123131723_Initial", sqliteMigrations[0]);
        Assert.Contains("20261201131116_EditorsAndArticleFields", sqliteMigrations);
        Assert.NotEmpty(postgresMigrations);
        Assert.Empty(sqliteMigrations.Intersect(postgresMigrations));
    }
}
