using System.Text.Json.Serialization;
using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>A link to a named thing: a council, party, councillor or grievance.</summary>
public sealed record RefViewModel(string Slug, string Name);

public sealed record SourceRefViewModel(string Id, string Publisher, string? Title, string? Url, string? Published)
{
    /// <summary>The published date for people ("2 January 2025", "April 2024", "date unknown").</summary>
    [JsonIgnore]
    public string PublishedDisplay { get; init; } = "date unknown";

    public static SourceRefViewModel From(Source s) =>
        new(s.Id, s.Publisher, s.Title, s.Url, s.Published.ToIso()) { PublishedDisplay = s.Published.ToDisplay() };
}

public sealed record PagedViewModel<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}
