using DefectionTracker.Web.Infrastructure;

namespace DefectionTracker.Web.Commands;

/// <summary>
/// Every command, in one list, and the dispatch from Program.cs: when the first argument does not start with '-', the
/// process runs a command on the site's host (the same services and configuration, without starting the server).
/// </summary>
public static class AppCommands
{
    public static IReadOnlyList<IAppCommand> All { get; } =
    [
        new ImportCommand(),
        new ExportCommand(),
        new BackupCommand(),
        new UsersAddCommand(),
        new TokensAddCommand(),
        new DraftCommand(),
        new EvaluateDraftsCommand(),
        new CompareListCommand(),
    ];

    /// <summary>A command line, not the site's own options (which all start with '-', like --urls).</summary>
    public static bool IsCommandLine(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static string Usage => "usage: dotnet run --project src/DefectionTracker.Web -- COMMAND [OPTIONS]\n"
        + string.Join('\n', All.Select(c => "  " + c.Usage));

    /// <summary>Finds the command named by the first words of <paramref name="args"/> and the arguments after its name.</summary>
    public static (IAppCommand Command, string[] Arguments)? Find(string[] args)
    {
        foreach (var command in All.OrderByDescending(c => c.Name.Split(' ').Length))
        {
            var words = command.Name.Split(' ');
            if (args.Length >= words.Length && words.SequenceEqual(args.Take(words.Length), StringComparer.Ordinal))
            {
                return (command, args[words.Length..]);
            }
        }

        return null;
    }

    /// <summary>Builds the site's host (not started: no server, no start-up seeding) and runs the command.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter error)
    {
        if (Find(args) is not var (command, rest))
        {
            await error.WriteLineAsync($"unknown command '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))}'");
            await error.WriteLineAsync(Usage);
            return 2;
        }

        // The command's own arguments are not configuration; everything else (appsettings, environment) is the site's.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.AddSerilogLogging();
        builder.Services.AddAppServices(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        try
        {
            return await command.RunAsync(rest, app.Services, stop.Token);
        }
        catch (CommandUsageException e)
        {
            await error.WriteLineAsync($"{command.Name}: {e.Message}");
            await error.WriteLineAsync("usage: " + command.Usage);
            return 2;
        }
    }
}
