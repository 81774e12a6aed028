using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Features.Timeline;

/// <summary>Where the councillors went, read from the kind of party they joined.</summary>
public enum Destination
{
    /// <summary>The "independent" party: sitting as independents.</summary>
    Independent,

    /// <summary>A national party.</summary>
    AnotherParty,

    /// <summary>A named local group (often one they formed).</summary>
    LocalGroup,

    /// <summary>No source says where they went.</summary>
    Unknown,
}

public static class Destinations
{
    /// <summary>The values of the <c>destination</c> parameter, in the order the form lists them.</summary>
    public static readonly IReadOnlyList<(string Value, Destination Destination, string Label)> All =
    [
        ("independent", Destination.Independent, "Sat as independents"),
        ("another-party", Destination.AnotherParty, "Joined another party"),
        ("local-group", Destination.LocalGroup, "Joined or formed a local group"),
        ("unknown", Destination.Unknown, "Destination not known"),
    ];

    public static Destination Of(PartyKind? toPartyKind) => toPartyKind switch
    {
        PartyKind.Independent => Destination.Independent,
        PartyKind.NationalParty => Destination.AnotherParty,
        PartyKind.LocalGroup => Destination.LocalGroup,
        _ => Destination.Unknown,
    };

    public static string ValueOf(Destination destination) => All.Single(d => d.Destination == destination).Value;
}

/// <summary>A problem with one filter parameter, named so the API can key it and the page can show it.</summary>
public sealed record FilterProblem(string Parameter, string Message);

/// <summary>The timeline's filters, as typed in the address (every value optional; empty means "any").</summary>
public sealed record TimelineFilterInput(string? From, string? To, string? Area, string? Grievance, string? Destination)
{
    public static readonly TimelineFilterInput None = new(null, null, null, null, null);
}

/// <summary>The timeline's filters after their shape is checked. Whether an area or grievance exists is the query's job.</summary>
public sealed record TimelineFilter(PartialDate? From, PartialDate? To, string? Area, string? Grievance, Destination? Destination)
{
    public static readonly TimelineFilter None = new(null, null, null, null, null);

    public bool IsEmpty => this == None;

    public bool HasDateRange => From is not null || To is not null;

    /// <summary>Checks dates and the destination; an empty value means no filter on that field.</summary>
    public static (TimelineFilter? Filter, IReadOnlyList<FilterProblem> Problems) Parse(TimelineFilterInput input)
    {
        var problems = DateInput.ParseRange(input.From, input.To, out var from, out var to).Select(p => new FilterProblem(p.Parameter, p.Message)).ToList();

        Destination? destination = null;
        if (!string.IsNullOrWhiteSpace(input.Destination))
        {
            // The address's kebab-case ("another-party") or the API's camelCase enum value ("anotherParty").
            var value = input.Destination.Trim().Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
            var match = Destinations.All.Where(d => d.Value.Replace("-", "", StringComparison.Ordinal) == value)
                .Select(d => (Destination?)d.Destination).FirstOrDefault();
            if (match is null)
            {
                problems.Add(new("destination",
                    $"'{input.Destination.Trim()}' is not a destination: use {string.Join(", ", Destinations.All.Select(d => d.Value))}"));
            }

            destination = match;
        }

        return problems.Count > 0
            ? (null, problems)
            : (new TimelineFilter(from, to, Blank(input.Area), Blank(input.Grievance)?.ToLowerInvariant(), destination), problems);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
