namespace DefectionTracker.Web.Features.Shared;

/// <summary>A party as a label: its colour is shown beside its name, never instead of it.</summary>
public sealed record PartyLabelViewModel(string Slug, string Name, string ShortName, string Colour);
