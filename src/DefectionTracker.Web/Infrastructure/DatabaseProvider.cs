using Npgsql;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>The database the site runs on: <c>Database:Provider</c> = <c>Sqlite</c> (the default) or <c>Postgres</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The provider in use and how often to look for another instance's changes (zero: never).</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, TimeSpan ChangePoll)
{
    public bool IsPostgres => Provider == DatabaseProvider.Postgres;
}

internal static class DatabaseProviders
{
    public const string ProviderSetting = "Database:Provider";

    /// <summary>The configured provider; anything but the two names stops start-up with a message saying what is allowed.</summary>
    public static DatabaseProvider From(IConfiguration configuration) => configuration[ProviderSetting] switch
    {
        null or "" => DatabaseProvider.Sqlite,
        var value when value.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Sqlite,
        var value when value.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
            || value.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Postgres,
        var value => throw new InvalidOperationException(
            $"{ProviderSetting} is '{value}'; it must be Sqlite (the default) or Postgres."),
    };

    /// <summary>ConnectionStrings:Defections as an Npgsql connection string; a missing or SQLite-looking one is refused.</summary>
    public static string PostgresConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(DataPaths.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured) || configured.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{ProviderSetting} is Postgres, so ConnectionStrings:{DataPaths.ConnectionStringName} must be an Npgsql connection string " +
                "such as 'Host=db;Port=5432;Database=defections;Username=defections;Password=...' (it is " +
                (string.IsNullOrWhiteSpace(configured) ? "not set" : "a SQLite one") + ").");
        }

        // Parsed now, so that a malformed string is reported at start-up rather than at the first query.
        return new NpgsqlConnectionStringBuilder(configured).ConnectionString;
    }

    /// <summary>Where a PostgreSQL database is, for messages: host, port and database, never the password.</summary>
    public static string Describe(string postgresConnectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(postgresConnectionString);
        return $"postgres://{b.Host}:{b.Port}/{b.Database}";
    }
}
