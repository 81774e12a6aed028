namespace DefectionTracker.Web.Data.Seeding;

/// <summary>The dataset cannot be loaded. The message names the file, the record and the field.</summary>
public sealed class SeedValidationException(IReadOnlyList<string> errors)
    : Exception(errors.Count == 1
        ? "Invalid seed dataset: " + errors[0]
        : $"Invalid seed dataset ({errors.Count} problems): " + string.Join(Environment.NewLine + "  ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
