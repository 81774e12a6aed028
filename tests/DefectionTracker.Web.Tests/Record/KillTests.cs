using DefectionTracker.Web.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DefectionTracker.Web.Tests.Record;

/// <summary>
/// kill -9 of the real process at each step of a first start and of an import, with the step's writes begun and not
/// committed (Testing:PauseAt holds it there): the next start gives a consistent database and search index, the same
/// pages and search answers as a clean start over the data that was committed.
/// </summary>
public sealed class KillTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dt-kill-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string Logs => Path.Combine(_folder, "logs");

    [Theory]
    [InlineData(StepPause.Migrating, "SELECT count(*) FROM __EFMigrationsHistory", 1L)]
    [InlineData(StepPause.Seeding, "SELECT count(*) FROM Parties", 0L)]
    [InlineData(StepPause.Indexing, "SELECT count(*) FROM sqlite_master WHERE name = 'search_index'", 0L)]
    public async Task KillDuringFirstStart_AtEachStep_NextStartGivesTheSameSiteAsACleanStart(string step, string leftBehind, long expected)
    {
        var db = Path.Combine(_folder, $"first-{step}.db");
        using (var app = await AppProcess.StartPausedAsync(db, TestPaths.Fixture, Logs, step))
        {
            app.KillHard();
        }

        // What the kill left: the first migration only; no records; the records without an index.
        Assert.Equal(expected, await ScalarAsync(db, leftBehind));

        var next = await RecordPages.ReadAsync($"Data Source={db}");
        RecordPages.AssertSame(await RecordPages.ReadAsync(), next);
    }

    [Fact]
    public async Task KillDuringImport_BeforeItsCommit_NextStartServesTheDataAsBeforeTheImport()
    {
        var db = Path.Combine(_folder, "import.db");
        Assert.Equal(0, (await AppProcess.RunAsync(db, TestPaths.Fixture, Logs, "import", "--from", TestPaths.Fixture)).Exit);
        using var edited = RecordPages.EditedFixture();
        using (var app = await AppProcess.StartPausedAsync(db, TestPaths.Fixture, Logs, StepPause.Importing, "import", "--from", edited.Path))
        {
            app.KillHard();
        }

        Assert.Equal(1L, await ScalarAsync(db, "SELECT DataVersion FROM SeedStates"));
        var next = await RecordPages.ReadAsync($"Data Source={db}");
        RecordPages.AssertSame(await RecordPages.ReadAsync(), next);
        Assert.Equal(0, RecordPages.SearchTotal(next, "/api/search?q=xylophone"));
    }

    [Fact]
    public async Task KillDuringImport_AfterItsCommit_BeforeTheIndex_NextStartRebuildsTheIndex()
    {
        var db = Path.Combine(_folder, "import-index.db");
        Assert.Equal(0, (await AppProcess.RunAsync(db, TestPaths.Fixture, Logs, "import", "--from", TestPaths.Fixture)).Exit);
        using var edited = RecordPages.EditedFixture();
        using (var app = await AppProcess.StartPausedAsync(db, TestPaths.Fixture, Logs, StepPause.Indexing, "import", "--from", edited.Path))
        {
            app.KillHard();
        }

        // The import is committed (version 2); the index is still the one of version 1.
        Assert.Equal(2L, await ScalarAsync(db, "SELECT DataVersion FROM SeedStates"));
        Assert.Equal(1L, await ScalarAsync(db, "SELECT data_version FROM search_index_state"));
        var next = await RecordPages.ReadAsync($"Data Source={db}");
        RecordPages.AssertSame(await RecordPages.ReadAsync(seeds: edited.Path), next);
        Assert.Equal(1, RecordPages.SearchTotal(next, "/api/search?q=xylophone"));
    }

    private static async Task<long> ScalarAsync(string db, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
