using Microsoft.Data.Sqlite;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>Where the database file and the dataset folder are, resolved against the app's content root.</summary>
internal static class DataPaths
{
    public const string ConnectionStringName = "Defections";
    public const string DefaultConnectionString = "Data Source=defections.db";

    /// <summary>A relative SQLite file is placed in the content root, so it does not depend on the current directory.</summary>
    public static string ResolveConnectionString(IConfiguration configuration, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString);
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        return builder.ToString();
    }

    /// <summary>Seeds:Path when set (relative to the content root); otherwise the repository's seeds/ folder.</summary>
    public static string ResolveSeedsPath(IConfiguration configuration, string contentRoot)
    {
        if (configuration["Seeds:Path"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(Path.Combine(contentRoot, configured));
        }

        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds");
                if (File.Exists(Path.Combine(candidate, "parties.json")))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath(Path.Combine(contentRoot, "seeds"));
    }
}
