namespace DefectionTracker.Web.Features.Error;

/// <summary>An error page: the status code, and for an unhandled error the reference written to the log.</summary>
public sealed record ErrorViewModel(int StatusCode, string? Reference);
