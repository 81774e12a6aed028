namespace DefectionTracker.Web.Domain;

/// <summary>One event's citation of a grievance, as the count of councillors citing it needs it.</summary>
/// <param name="NamedCitedBy">The councillors who gave the reason; empty when it is the group's as a whole.</param>
/// <param name="EventCouncillors">Every councillor the event names.</param>
/// <param name="SeatsAt">Seats the event moved at each council (null where the split is unknown).</param>
public sealed record GrievanceCitation(
    string DefectionId,
    GrievanceAttribution Attribution,
    bool Unverified,
    int? CouncillorCount,
    IReadOnlyCollection<string> NamedCitedBy,
    IReadOnlyCollection<string> EventCouncillors,
    IReadOnlyDictionary<string, int?> SeatsAt);

/// <summary>How many councillors cite a grievance: a known number, and whether some are not known.</summary>
public sealed record CitingCount(int Known, int UnknownCitations)
{
    public bool SomeUnknown => UnknownCitations > 0;

    public int? Exact => SomeUnknown ? null : Known;
}

/// <summary>
/// Councillors citing a grievance count only those who gave it themselves: a reason one councillor stated is hers
/// (Sandra Peake's), not her group's; a reason the press attributed to a group is kept apart and counts nobody; an
/// unverified report counts nobody. A named councillor citing it in two events is one person. A reason stated by a
/// group as a whole counts the group: its named members, or its number when not all are named.
/// </summary>
public static class GrievanceCitations
{
    /// <summary>Across councils. <paramref name="seatsOf"/> is not needed here.</summary>
    public static CitingCount Councillors(IEnumerable<GrievanceCitation> citations) => Count(citations, council: null, seatsOf: null);

    /// <summary>At one council: named councillors who sit there, or the seats moved there when the group is anonymous.</summary>
    public static CitingCount AtCouncil(IEnumerable<GrievanceCitation> citations, string council,
        Func<string, IReadOnlyCollection<string>> seatsOf) => Count(citations, council, seatsOf);

    private static CitingCount Count(IEnumerable<GrievanceCitation> citations, string? council,
        Func<string, IReadOnlyCollection<string>>? seatsOf)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var anonymous = 0;
        var unknown = 0;
        foreach (var c in citations.Where(c => c.Attribution == GrievanceAttribution.Stated && !c.Unverified))
        {
            var people = c.NamedCitedBy.Count > 0 ? c.NamedCitedBy
                : c.CouncillorCount is { } n && n == c.EventCouncillors.Count ? c.EventCouncillors
                : null;
            if (people is not null)
            {
                named.UnionWith(council is null ? people : people.Where(p => seatsOf!(p).Contains(council)));
                continue;
            }

            int? group = council is null ? c.CouncillorCount : c.SeatsAt.GetValueOrDefault(council);
            if (group is { } g)
            {
                anonymous += g;
            }
            else
            {
                unknown++;
            }
        }

        return new CitingCount(named.Count + anonymous, unknown);
    }
}
