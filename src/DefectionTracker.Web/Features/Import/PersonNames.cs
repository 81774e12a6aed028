using System.Text.RegularExpressions;
using F23.StringSimilarity;

namespace DefectionTracker.Web.Features.Import;

/// <summary>
/// Whether two written names are the same person's, the one rule for the article draft and the councillor list:
/// titles ("Cllr", "Dr") and honours ("MBE") dropped, "Surname, Forename" turned round, an initial standing for a forename
/// ("J. Smith" for "John Smith"), then Jaro-Winkler similarity for spelling ("Afraisiab" for "Afrasiab").
/// </summary>
public static partial class PersonNames
{
    /// <summary>How near a name must be to a recorded councillor's at the same council.</summary>
    public const double SameCouncil = 0.9;

    /// <summary>How near it must be to a councillor recorded elsewhere (a commoner name is likelier someone else).</summary>
    public const double Elsewhere = 0.96;

    private static readonly JaroWinkler Similarity = new();

    /// <summary>The name as compared: lower case, no title, no honours, no dots or commas, forename first.</summary>
    public static string Normalise(string name)
    {
        var n = name.Trim();
        if (n.IndexOf(',', StringComparison.Ordinal) is var comma and > 0 && !n[(comma + 1)..].Trim().Contains(' ', StringComparison.Ordinal)
            && n[(comma + 1)..].Trim().Length > 0 && !Honours().IsMatch(n[(comma + 1)..]))
        {
            // "Smith, John": the register style some councils use.
            n = n[(comma + 1)..].Trim() + " " + n[..comma].Trim();
        }

        n = n.Replace('.', ' ').Replace(',', ' ');
        n = Spaces().Replace(n, " ").Trim();
        string before;
        do
        {
            before = n;
            n = Title().Replace(n, "");
            n = Honours().Replace(n, "");
        }
        while (n != before);
        return n.Trim().ToLowerInvariant();
    }

    /// <summary>How alike two names are, 0 to 1: the whole names' similarity, but no more than their surnames'; with an initial, the surnames'.</summary>
    public static double Score(string a, string b)
    {
        var x = Normalise(a);
        var y = Normalise(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }

        if (x == y)
        {
            return 1;
        }

        var xs = x.Split(' ');
        var ys = y.Split(' ');
        if (xs.Length >= 2 && ys.Length >= 2 && (xs[0].Length == 1 || ys[0].Length == 1))
        {
            // "J Smith": the same surname and the initial of the forename, or not the same person.
            return xs[0][0] == ys[0][0] ? Similarity.Similarity(xs[^1], ys[^1]) : 0;
        }

        // Jaro-Winkler favours a shared beginning, so "Ruth Ashworth" is near "Ruth Askew": the surnames must be near too.
        var whole = Similarity.Similarity(x, y);
        return xs.Length >= 2 && ys.Length >= 2 ? Math.Min(whole, Similarity.Similarity(xs[^1], ys[^1])) : whole;
    }

    [GeneratedRegex(@"^(?i:cllrs?|councillor|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|rev|revd|the\s+rev)\s+")]
    private static partial Regex Title();

    [GeneratedRegex(@"\s+(?i:mbe|obe|cbe|bem|jp|dl|mp|ms|msp|mla|frsa)$")]
    private static partial Regex Honours();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
