namespace DefectionTracker.Web.Features.Shared;

public sealed record OptionViewModel(string Value, string Label);
