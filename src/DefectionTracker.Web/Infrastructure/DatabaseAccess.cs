using Microsoft.Data.Sqlite;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>
/// The connection string the app's DbContext opens. Start-up switches it to a read-only one when the database file
/// or its folder cannot be written (or the configured connection says <c>Mode=ReadOnly</c>): the site then serves the
/// file as it is, provided nothing needs writing.
/// </summary>
public sealed class DatabaseAccess(string connectionString)
{
    public string ConnectionString { get; private set; } = connectionString;

    /// <summary>Why the database is served read-only; null when it is opened for writing.</summary>
    public string? ReadOnlyBecause { get; private set; }

    public bool IsReadOnly => ReadOnlyBecause is not null;

    public void UseReadOnly(string connectionString, string because)
    {
        ConnectionString = connectionString;
        ReadOnlyBecause = because;
    }

    /// <summary>
    /// Why a connection cannot write its file, or null when it can. The permission bits are read as the operator's
    /// intent (root may write a 0444 file, yet whoever made it read-only meant it), and a write is tried as well, for a
    /// file or folder owned by someone else or on a read-only mount.
    /// </summary>
    public static string? WhyReadOnly(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (builder.Mode == SqliteOpenMode.ReadOnly)
        {
            return "the connection string says Mode=ReadOnly";
        }

        var path = Path.GetFullPath(builder.DataSource);
        if (File.Exists(path) && !CanWriteFile(path))
        {
            return "the file is read-only";
        }

        return CanWriteFolder(Path.GetDirectoryName(path)!) ? null : "its folder is read-only";
    }

    /// <summary>
    /// A read-only connection to the file. When the folder cannot be written either, SQLite could not create the
    /// shared-memory file a WAL database needs, so the file is opened as immutable (nothing else can be writing it).
    /// </summary>
    public static string ReadOnlyConnectionString(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly };
        var path = Path.GetFullPath(builder.DataSource);
        if (!CanWriteFolder(Path.GetDirectoryName(path)!))
        {
            builder.DataSource = new Uri(path).AbsoluteUri + "?immutable=1";
        }

        return builder.ToString();
    }

    /// <summary>The file's path for messages, whatever form the connection string gives it in.</summary>
    public static string PathOf(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return source.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(source, UriKind.Absolute, out var uri)
            ? uri.LocalPath
            : source;
    }

    private const UnixFileMode AnyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    private static bool CanWriteFile(string path)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & AnyWrite) == 0)
        {
            return false;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    public static bool CanWriteFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return false;
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(folder) & AnyWrite) == 0)
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(Path.Combine(folder, $".write-probe-{Guid.NewGuid():N}"), FileMode.CreateNew,
                FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }
}
