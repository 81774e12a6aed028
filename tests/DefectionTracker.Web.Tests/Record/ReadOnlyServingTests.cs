using System.Net;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace DefectionTracker.Web.Tests.Record;

/// <summary>
/// A database that cannot be written is served as it is when nothing needs writing, and /health says so; when
/// something does, start-up stops with one line naming the path and what needed writing.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyServingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dt-readonly-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in Directory.EnumerateFileSystemEntries(_folder, "*", SearchOption.AllDirectories).Prepend(_folder))
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.UserRead);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private async Task<string> ImportedDatabaseAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "record.db");
        var (exit, output) = await AppProcess.RunAsync(db, TestPaths.Fixture, Path.Combine(_folder, "logs"), "import", "--from", TestPaths.Fixture);
        Assert.True(exit == 0, output);
        return db;
    }

    [Fact]
    public async Task ReadOnlyConnection_ToADatabaseThatNeedsNothingWritten_IsServed_AndHealthSaysSo()
    {
        var db = await ImportedDatabaseAsync(Path.Combine(_folder, "data"));
        var hash = SHA256.HashData(await File.ReadAllBytesAsync(db));

        var (app, client) = await AppProcess.StartSiteAsync($"Data Source={db};Mode=ReadOnly", TestPaths.Fixture, Path.Combine(_folder, "logs"));
        using (app)
        using (client)
        {
            Assert.True(client is not null, app.Output);
            Assert.Equal("Healthy: serving a read-only database (the connection string says Mode=ReadOnly)", await client.GetStringAsync(new Uri("/health", UriKind.Relative)));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/councils/fellside", UriKind.Relative))).StatusCode);
            Assert.Contains("\"total\":", await client.GetStringAsync(new Uri("/api/search?q=labour", UriKind.Relative)), StringComparison.Ordinal);
        }

        Assert.Equal(hash, SHA256.HashData(await File.ReadAllBytesAsync(db)));
    }

    [Fact]
    public async Task DatabaseInAReadOnlyFolder_IsServed_AndNothingIsWrittenBesideIt()
    {
        var folder = Path.Combine(_folder, "locked");
        var db = await ImportedDatabaseAsync(folder);
        var before = Directory.GetFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList();
        File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);

        var (app, client) = await AppProcess.StartSiteAsync(db, TestPaths.Fixture, Path.Combine(_folder, "logs"));
        using (app)
        using (client)
        {
            Assert.True(client is not null, app.Output);
            Assert.StartsWith("Healthy: serving a read-only database (", await client.GetStringAsync(new Uri("/health", UriKind.Relative)), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/search?q=gaza", UriKind.Relative))).StatusCode);
            Assert.Equal(before, Directory.GetFileSystemEntries(folder).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task ReadOnlyDatabase_WithAStaleSearchIndex_StopsWithOneLineSayingWhatNeedsWriting_Exit1()
    {
        var db = await ImportedDatabaseAsync(Path.Combine(_folder, "stale"));
        await using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE search_index_state SET data_version = 0";
            await command.ExecuteNonQueryAsync();
        }

        var (exit, output) = await AppProcess.RunAsync($"Data Source={db};Mode=ReadOnly", TestPaths.Fixture, Path.Combine(_folder, "logs"), "--urls", "http://127.0.0.1:0");

        Assert.True(exit == 1, output);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(db, line, StringComparison.Ordinal);
        Assert.Contains("is read-only", line, StringComparison.Ordinal);
        Assert.Contains("needs writing: the search index (it was built from data version 0, the database holds version 1)", line, StringComparison.Ordinal);
    }
}
