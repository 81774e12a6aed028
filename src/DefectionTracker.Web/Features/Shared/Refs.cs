using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>A link to a named thing: a council, party, councillor or grievance.</summary>
public sealed record RefViewModel(string Slug, string Name);

public sealed record SourceRefViewModel(string Id, string Publisher, string? Title, string? Url, string? Published)
{
    public static SourceRefViewModel From(Source s) => new(s.Id, s.Publisher, s.Title, s.Url, s.Published.ToIso());
}

public sealed record PagedViewModel<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}
