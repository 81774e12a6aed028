using DefectionTracker.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace DefectionTracker.Testing;

/// <summary>
/// The real app over its own in-memory SQLite database, migrated and seeded by the real code from the frozen fixture
/// dataset (<see cref="TestPaths.Fixture"/>) or <see cref="SeedsPath"/>. Each factory is isolated from every other.
/// Output caching is off unless <paramref name="outputCache"/> asks for it, so no test reads a page that another test
/// had cached.
/// <para>With <see cref="TestPostgres.Variable"/> set (./test.sh sets it for its PostgreSQL run), a factory given no
/// connection string runs on PostgreSQL instead: a database of its own (or <paramref name="postgresDatabase"/>, for
/// several instances on one database), created by the real migrations and dropped when the factory is disposed.</para>
/// </summary>
public class AppFactory(string? seedsPath = null, string? connectionString = null, bool outputCache = false, bool connectionPerContext = false,
    string? postgresDatabase = null) : WebApplicationFactory<Program>
{
    private readonly SqliteConnection _connection = Open(connectionString ?? "Data Source=:memory:");

    /// <summary>The PostgreSQL connection string when this factory runs on PostgreSQL; null on SQLite.</summary>
    public string? Postgres { get; } = connectionString is null && TestPostgres.ServerConnectionString is { } server
        ? TestPostgres.ForDatabase(server, postgresDatabase ?? TestPostgres.NewDatabaseName())
        : null;

    private readonly bool _dropPostgresDatabase = postgresDatabase is null;

    public string SeedsPath { get; } = seedsPath ?? TestPaths.Fixture;

    public bool OutputCache { get; } = outputCache;

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Counts the SQL commands the app runs (reset it before the request you measure).</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(Path.GetTempPath(), "defectiontracker-tests", "log-.log"));

        // Tests read logs from a capturing Serilog sink (registered below), EF's SQL commands included, not from the console.
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Information");
        builder.UseSetting("Serilog:WriteTo:0:Args:restrictedToMinimumLevel", "Fatal");
        builder.UseSetting("Seeds:Path", SeedsPath);
        builder.UseSetting("OutputCache:Enabled", OutputCache ? "true" : "false");

        // Off so that tests may ask as often as they like; the rate-limiting tests switch it back on.
        builder.UseSetting("RateLimiting:Enabled", "false");

        // No background building of the council histories: the requests of a test share one connection, which is not
        // for two threads at once (the warm-up's own test switches it back on, over a file database).
        builder.UseSetting("Performance:WarmHistories", "false");

        // The site gives up on a request after 10 s; on a shared 2-core machine running many test apps at once, an
        // edit (which validates the whole dataset) has passed that. The limit's own tests set theirs.
        builder.UseSetting("RequestTimeouts:Seconds", "60");

        // The sign-in limit is always on; tests sign in many times a minute from one address (the limit's own test lowers it).
        builder.UseSetting("RateLimiting:SignInsPerMinute", "100000");
        builder.UseSetting("RateLimiting:SuggestionsPerMinute", "100000");

        if (Postgres is not null)
        {
            TestPostgres.EnsureCreated(Postgres);
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Defections", Postgres);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logs);
            if (Postgres is not null)
            {
                services.ConfigureDbContext<PostgresDefectionsDbContext>(o => o.AddInterceptors(SqlCommands));
                return;
            }

            // One shared connection by default (an in-memory database lives as long as it); a file database may instead
            // give each context its own connection, as the real site does, for tests of requests that run at once.
            services.ConfigureDbContext<DefectionsDbContext>(o =>
                (connectionPerContext ? o.UseSqlite(connectionString) : o.UseSqlite(_connection)).AddInterceptors(SqlCommands));
        });
    }

    /// <summary>A context over the app's database, for assertions on stored data.</summary>
    public DefectionsDbContext CreateDbContext() => Postgres is not null
        ? new PostgresDefectionsDbContext(new DbContextOptionsBuilder<PostgresDefectionsDbContext>().UseNpgsql(Postgres).Options)
        : new DefectionsDbContext(connectionPerContext
            ? new DbContextOptionsBuilder<DefectionsDbContext>().UseSqlite(connectionString).Options
            : new DbContextOptionsBuilder<DefectionsDbContext>().UseSqlite(_connection).Options);

    private static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _connection.Dispose();
            if (Postgres is not null && _dropPostgresDatabase)
            {
                TestPostgres.Drop(Postgres);
            }
        }
    }
}

/// <summary>One app shared by the tests of a class that only read.</summary>
public sealed class SharedAppFixture : IDisposable
{
    public AppFactory Factory { get; } = new();

    public HttpClient CreateClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public void Dispose() => Factory.Dispose();
}
