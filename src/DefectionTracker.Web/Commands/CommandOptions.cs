namespace DefectionTracker.Web.Commands;

/// <summary>
/// The small option parser the commands share: <c>--name value</c> pairs, each named option at most once. Small on
/// purpose: System.CommandLine would be a dependency for three options.
/// </summary>
public sealed class CommandOptions
{
    private readonly Dictionary<string, string> _values;

    private CommandOptions(Dictionary<string, string> values) => _values = values;

    /// <summary>Parses <paramref name="args"/>; every one of <paramref name="required"/> must be given, and <paramref name="optional"/> may be.</summary>
    public static CommandOptions Parse(IReadOnlyList<string> args, string[] required, string[]? optional = null)
    {
        var known = required.Concat(optional ?? []).ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!known.Contains(name))
            {
                throw new CommandUsageException(name.StartsWith("--", StringComparison.Ordinal) ? $"unknown option '{name}'" : $"unexpected argument '{name}'");
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal) || args[i + 1].Length == 0)
            {
                throw new CommandUsageException($"option '{name}' needs a value");
            }

            if (!values.TryAdd(name, args[++i]))
            {
                throw new CommandUsageException($"option '{name}' is given twice");
            }
        }

        foreach (var name in required.Where(n => !values.ContainsKey(n)))
        {
            throw new CommandUsageException($"option '{name}' is missing");
        }

        return new CommandOptions(values);
    }

    public string this[string name] => _values[name];

    public string? Get(string name) => _values.GetValueOrDefault(name);
}
