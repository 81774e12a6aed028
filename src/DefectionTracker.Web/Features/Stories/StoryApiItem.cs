using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Stories;

/// <summary>GET /api/stories/{id}: the story, its events in the one order, and the councillors lost over them.</summary>
public sealed record StoryApiItem(
    string Id,
    string Title,
    string Summary,
    int CouncillorsLost,
    bool CouncillorsLostIsLowerBound,
    int UnverifiedEventCount,
    IReadOnlyList<StoryEventApiItem> Events,
    IReadOnlyList<SourceRefViewModel> Sources)
{
    public static StoryApiItem From(StoryViewModel vm) => new(
        vm.Id, vm.Title, vm.Summary, vm.Tally.Councillors, vm.Tally.IsLowerBound, vm.Tally.UnverifiedEvents,
        [.. vm.Events.Select(e => new StoryEventApiItem(e.Detail.Id, e.Detail.Date.ToIso(), e.Detail.When.ToDisplay(), e.Headline,
            new RefViewModel(e.Detail.FromParty.Slug, e.Detail.FromParty.Name),
            e.Detail.ToParty is { } to ? new RefViewModel(to.Slug, to.Name) : null,
            e.Detail.CouncillorCount, e.CouncillorsAdded, e.Detail.Verification))],
        vm.Sources);
}

public sealed record StoryEventApiItem(
    string Id,
    string? Date,
    string DateText,
    string Headline,
    RefViewModel FromParty,
    RefViewModel? ToParty,
    [property: System.Text.Json.Serialization.JsonPropertyName("councillorsLost")] int? CouncillorCount,
    int CouncillorsAddedToPartyTotal,
    Verification Verification);
