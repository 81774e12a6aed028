using System.Text.RegularExpressions;
using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Features.Import;

/// <summary>
/// A party as it is written, to the record's party: by its name, short name, the names articles use ("Tories") and the
/// abbreviations councils' lists use ("Lab", "LD", "Ind"). A name none of these gives is no party of the record's: it
/// stays unmatched, never the nearest guess.
/// </summary>
public static partial class PartyNames
{
    /// <summary>Names articles write, beyond the record's own name and short name (by the record's slug).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Aliases = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["labour"] = ["Labour Party", "Labour group", "Labour"],
        ["conservative"] = ["Conservative Party", "Conservatives", "Conservative", "Tories", "Tory"],
        ["liberal-democrats"] = ["Liberal Democrats", "Liberal Democrat", "Lib Dems", "Lib Dem"],
        ["green"] = ["Green Party", "Greens", "Green"],
        ["reform-uk"] = ["Reform UK", "Reform"],
    };

    // What councils' own lists write (Open Council Data copies them), by the record's slug.
    private static readonly Dictionary<string, string[]> ListAbbreviations = new(StringComparer.Ordinal)
    {
        ["labour"] = ["Lab", "Labour and Co-operative", "Labour and Co-operative Party", "Labour Co-op", "Lab Co-op"],
        ["conservative"] = ["Con", "Cons", "Conservative and Unionist"],
        ["liberal-democrats"] = ["LD", "LibDem", "Lib Dems", "Liberal Democrat Party"],
        ["green"] = ["Grn", "Green Party of England and Wales", "Scottish Green Party", "Wales Green Party"],
        ["reform-uk"] = ["Ref", "Reform UK Party"],
    };

    private static readonly string[] IndependentNames = ["Independent", "Independents", "Ind", "Non-aligned", "No party", "No description"];

    /// <summary>The record's party this written name is, or null when it is none of them.</summary>
    public static KnownParty? Match(string written, IReadOnlyList<KnownParty> parties)
    {
        var key = Key(written);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var party in parties)
        {
            if (Names(party).Any(n => Key(n) == key))
            {
                return party;
            }
        }

        return null;
    }

    private static IEnumerable<string> Names(KnownParty party)
    {
        yield return party.Name;
        yield return party.ShortName;
        yield return party.Slug.Replace('-', ' ');
        foreach (var n in Aliases.GetValueOrDefault(party.Slug) ?? [])
        {
            yield return n;
        }

        foreach (var n in ListAbbreviations.GetValueOrDefault(party.Slug) ?? [])
        {
            yield return n;
        }

        if (party.Kind == PartyKind.Independent)
        {
            foreach (var n in IndependentNames)
            {
                yield return n;
            }
        }
    }

    // Case, "the", dots and a final "Party" do not tell parties apart: "The Labour Party", "labour", "Lab." are one.
    private static string Key(string name)
    {
        var k = Spaces().Replace(name.Replace('.', ' ').Replace('&', ' '), " ").Trim().ToLowerInvariant();
        k = k.StartsWith("the ", StringComparison.Ordinal) ? k[4..] : k;
        k = k.EndsWith(" party", StringComparison.Ordinal) ? k[..^6] : k;
        return k.Replace(" and ", " ", StringComparison.Ordinal).Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
