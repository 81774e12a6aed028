using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Features.Accounts;
using DefectionTracker.Web.Infrastructure;

namespace DefectionTracker.Web.Commands;

/// <summary>
/// <c>users add --email E --role contributor|editor|admin [--password P] [--name "Display Name"]</c>: adds a member of
/// the team (there is no sign-up page). Without --password a strong one is generated and printed once. The database is
/// created and migrated first if need be, so the first admin can be added before the first start.
/// </summary>
public sealed class UsersAddCommand : IAppCommand
{
    public string Name => "users add";

    public string Usage => "users add --email E --role contributor|editor|admin [--password P] [--name NAME]    add a member of the team";

    public async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, CancellationToken ct)
    {
        var options = CommandOptions.Parse(args, ["--email", "--role"], ["--password", "--name"]);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DefectionsDbContext>();
        await DatabaseStartup.MigrateAsync(db, services.GetRequiredService<StepPause>(), ct);
        var added = await scope.ServiceProvider.GetRequiredService<TeamMembers>()
            .AddAsync(options["--email"].Trim(), options["--role"].Trim(), options.Get("--password"), options.Get("--name"));
        if (!added.Succeeded)
        {
            foreach (var problem in added.Problems)
            {
                await Console.Error.WriteLineAsync($"users add: {problem}");
            }

            return 1;
        }

        await Console.Out.WriteLineAsync($"Added {added.User!.Email} as {options["--role"].Trim()}, shown on changes as \"{added.User.DisplayName}\".");
        if (added.GeneratedPassword is { } password)
        {
            await Console.Out.WriteLineAsync($"Password (shown once; they can change it at /account/password): {password}");
        }

        return 0;
    }
}

/// <summary><c>tokens add --email E --name N</c>: makes a personal API token for a member and prints it once.</summary>
public sealed class TokensAddCommand : IAppCommand
{
    public string Name => "tokens add";

    public string Usage => "tokens add --email E --name N    make a personal API token (printed once) for the member E";

    public async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, CancellationToken ct)
    {
        var options = CommandOptions.Parse(args, ["--email", "--name"]);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DefectionsDbContext>();
        await DatabaseStartup.MigrateAsync(db, services.GetRequiredService<StepPause>(), ct);
        var name = options["--name"].Trim();
        if (name.Length is 0 or > 100)
        {
            throw new CommandUsageException("--name must be 1 to 100 characters");
        }

        var issued = await scope.ServiceProvider.GetRequiredService<ApiTokens>().IssueAsync(options["--email"].Trim(), name, ct);
        if (issued is null)
        {
            await Console.Error.WriteLineAsync($"tokens add: {options["--email"]} is not a member of the team (add them with users add)");
            return 1;
        }

        await Console.Out.WriteLineAsync($"Token \"{name}\" for {options["--email"].Trim()} (shown once; keep it secret):");
        await Console.Out.WriteLineAsync(issued.Secret);
        return 0;
    }
}
