namespace DefectionTracker.Web.Commands;

/// <summary>
/// A command run with the site's own host and configuration (<c>dotnet run --project src/DefectionTracker.Web -- NAME ...</c>)
/// instead of the web server. Listed in <see cref="AppCommands"/>. Exit codes: 0 done, 1 failed (the message says why),
/// 2 bad arguments (usage on stderr).
/// </summary>
public interface IAppCommand
{
    /// <summary>The words that name it on the command line ("import", or two words such as "users add").</summary>
    string Name { get; }

    /// <summary>One line: the command with its options.</summary>
    string Usage { get; }

    /// <summary>Runs it with the arguments after its name; throws <see cref="CommandUsageException"/> for bad ones.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, CancellationToken ct);
}

/// <summary>The arguments do not fit the command's usage; the message says what is wrong.</summary>
public sealed class CommandUsageException(string message) : Exception(message);
