using DefectionTracker.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DefectionTracker.Web.Tests.Infrastructure;

/// <summary>
/// The real app over its own in-memory SQLite database, migrated and seeded by the real code from the repo's seeds/
/// (or <see cref="SeedsPath"/>). Each factory is isolated from every other.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly SqliteConnection _connection;

    public AppFactory(string? seedsPath = null, string? connectionString = null)
    {
        SeedsPath = seedsPath;
        _connection = new SqliteConnection(connectionString ?? "Data Source=:memory:");
        _connection.Open();
    }

    public string? SeedsPath { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Counts the SQL commands the app runs (reset it before the request you measure).</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(Path.GetTempPath(), "defectiontracker-tests", "log-.log"));

        // Tests read logs from a capturing provider, not from the console.
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Logs);
        });
        if (SeedsPath is not null)
        {
            builder.UseSetting("Seeds:Path", SeedsPath);
        }

        builder.ConfigureServices(services =>
            services.ConfigureDbContext<DefectionsDbContext>(o => o.UseSqlite(_connection).AddInterceptors(SqlCommands)));
    }

    /// <summary>A context over the app's database, for assertions on stored data.</summary>
    public DefectionsDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<DefectionsDbContext>().UseSqlite(_connection).Options);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _connection.Dispose();
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

[CollectionDefinition(Name)]
public sealed class SharedAppCollection : ICollectionFixture<SharedAppFixture>
{
    public const string Name = "shared app";
}
