namespace DefectionTracker.Web.Features.Shared;

/// <summary>An error page: the status code, for an unhandled error the reference written to the log, and for a bad
/// request what was wrong with it.</summary>
public sealed record ErrorViewModel(int StatusCode, string? Reference)
{
    public IReadOnlyList<FieldProblem> Problems { get; init; } = [];
}
