using DefectionTracker.Tools.Generation;
using DefectionTracker.Tools.Validation;

namespace DefectionTracker.Tools;

/// <summary>The command line: <c>generate</c> writes a synthetic dataset, <c>validate</c> checks a dataset folder.</summary>
public static class Commands
{
    public const string Usage = """
        usage: DefectionTracker.Tools generate --scale national|10x|small --out DIR [--seed N]
               DefectionTracker.Tools validate DIR
        """;

    /// <summary>Runs one command; returns the process exit code (0 done, 1 invalid dataset, 2 bad arguments).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => args switch
    {
        ["generate", .. var rest] => DatasetGenerator.Run(rest, output),
        ["validate", .. var rest] => DatasetValidator.Run(rest, output, error),
        _ => PrintUsage(error),
    };

    private static int PrintUsage(TextWriter error)
    {
        error.WriteLine(Usage);
        return 2;
    }
}
