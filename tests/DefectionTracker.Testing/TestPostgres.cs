using Npgsql;

namespace DefectionTracker.Testing;

/// <summary>
/// The throwaway PostgreSQL server ./test.sh starts: its connection string (without a database) is in the environment
/// variable <see cref="Variable"/>. Unset, every test runs on SQLite and the PostgreSQL-only tests are skipped.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "DEFECTIONS_TEST_POSTGRES";

    public static string? ServerConnectionString { get; } =
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool Available => ServerConnectionString is not null;

    /// <summary>A database name no other test uses (each factory gets its own database on the one server).</summary>
    public static string NewDatabaseName() => "dt_test_" + Guid.NewGuid().ToString("N")[..16];

    public static string ForDatabase(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database, IncludeErrorDetail = true }.ConnectionString;

    /// <summary>
    /// Creates the database when it is not there, as an operator would before the first start: EF could create it, but
    /// it first tries to connect and logs the refusal as an error, which tests count.
    /// </summary>
    public static void EnsureCreated(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT 1 FROM pg_database WHERE datname = @name";
        exists.Parameters.AddWithValue("@name", database);
        if (exists.ExecuteScalar() is null)
        {
            using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{database}\"";
            create.ExecuteNonQuery();
        }
    }

    /// <summary>Drops a test's database, closing whatever connections the app's pool still holds to it.</summary>
    public static void Drop(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
