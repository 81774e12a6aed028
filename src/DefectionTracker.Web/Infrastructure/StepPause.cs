namespace DefectionTracker.Web.Infrastructure;

/// <summary>
/// For the fault tests only: <c>Testing:PauseAt</c> names a step of start-up or of a command (<c>migrating</c>,
/// <c>seeding</c>, <c>importing</c>, <c>indexing</c>) at which the process says so on stderr and waits, with the step's
/// writes begun and not committed, so that a test can kill it exactly there. Unset, it does nothing.
/// </summary>
public sealed class StepPause(IConfiguration configuration)
{
    public const string Setting = "Testing:PauseAt";

    /// <summary>Never pauses: for code that runs the seeder or the index outside the app's host (benchmarks).</summary>
    public static StepPause None { get; } = new(new ConfigurationBuilder().Build());

    public const string Migrating = "migrating";
    public const string Seeding = "seeding";
    public const string Importing = "importing";
    public const string Indexing = "indexing";

    public bool IsSetFor(string step) => string.Equals(configuration[Setting], step, StringComparison.Ordinal);

    public async Task AtAsync(string step, CancellationToken ct)
    {
        if (!IsSetFor(step))
        {
            return;
        }

        await Console.Error.WriteLineAsync($"Paused at step '{step}' ({Setting})");
        await Console.Error.FlushAsync(ct);
        await Task.Delay(Timeout.Infinite, ct);
    }
}
