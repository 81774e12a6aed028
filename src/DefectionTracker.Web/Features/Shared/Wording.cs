using System.Globalization;
using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>
/// The one wording of every enum people read (kind of defection, verification, council and party kinds, control), of
/// plurals, and of a defection's one-line headline. Pages, feeds and search documents all call these, so the same fact
/// reads the same everywhere.
/// </summary>
public static class Wording
{
    /// <summary>"1 councillor", "3 councillors"; <paramref name="many"/> when the plural is not the singular plus "s".</summary>
    public static string Count(int n, string one, string? many = null) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} {Noun(n, one, many)}";

    /// <summary>The word alone: "councillor" for 1, "councillors" otherwise.</summary>
    public static string Noun(int n, string one, string? many = null) => n == 1 ? one : many ?? one + "s";

    /// <summary>"1 councillor", "20 councillors", or "number not known".</summary>
    public static string Councillors(int? n) => n is { } known ? Count(known, "councillor") : "number not known";

    /// <summary>"22", "at least 3" (some events give no number), or "not known" (none does).</summary>
    public static string AtLeast(int known, bool someUnknown) => (known, someUnknown) switch
    {
        (0, true) => "not known",
        (_, true) => $"at least {known.ToString(CultureInfo.InvariantCulture)}",
        _ => known.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>"Left the party", "Suspended", ...: what happened, as a label.</summary>
    public static string Kind(DefectionKind kind) => kind switch
    {
        DefectionKind.LeftParty => "Left the party",
        DefectionKind.Suspended => "Suspended",
        DefectionKind.Expelled => "Expelled",
        DefectionKind.FormedNewGroup => "Left to form a new group",
        _ => "Joined another party",
    };

    /// <summary>The same, inside a sentence: "left the party".</summary>
    public static string KindInSentence(DefectionKind kind)
    {
        var label = Kind(kind);
        return char.ToLowerInvariant(label[0]) + label[1..];
    }

    public static string Verification(Verification verification) => verification switch
    {
        Domain.Verification.Confirmed => "Confirmed: two or more independent sources agree",
        Domain.Verification.SingleSource => "Single source: one source reports it",
        _ => "Unverified: the event itself could not be pinned down",
    };

    public static string VerificationShort(Verification verification) => verification switch
    {
        Domain.Verification.Confirmed => "Confirmed",
        Domain.Verification.SingleSource => "Single source",
        _ => "Unverified",
    };

    /// <summary>The CSS class of the tag whose colour repeats (never replaces) the status in words.</summary>
    public static string VerificationClass(Verification verification) => verification switch
    {
        Domain.Verification.Confirmed => "tag tag-confirmed",
        Domain.Verification.SingleSource => "tag tag-single-source",
        _ => "tag tag-unverified",
    };

    public static string CouncilKind(CouncilKind kind) => kind switch
    {
        Domain.CouncilKind.County => "County council",
        Domain.CouncilKind.Unitary => "Unitary authority",
        Domain.CouncilKind.Metropolitan => "Metropolitan borough",
        Domain.CouncilKind.District => "District council",
        Domain.CouncilKind.Borough => "Borough council",
        Domain.CouncilKind.City => "City council",
        Domain.CouncilKind.Town => "Town council",
        _ => "Parish council",
    };

    public static string PartyKind(PartyKind kind) => kind switch
    {
        Domain.PartyKind.NationalParty => "National party",
        Domain.PartyKind.LocalGroup => "Local group",
        _ => "Independent (not a party: councillors who sit with no party or group)",
    };

    /// <summary>Whether something is known to be so: "Yes", "No", "Not known".</summary>
    public static string YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => "Not known",
    };

    /// <summary>Whether an event changed who controls a council.</summary>
    public static string ControlFlipped(bool? flipped) => flipped switch
    {
        true => "Yes: control changed",
        false => "No: control did not change",
        null => "Not known",
    };

    /// <summary>
    /// Where councillors went: the party or group's name, "Independent, group not known" (they sit as independents and
    /// no source says whether in a named group: not the same as a known group, nor as not known), or "not known".
    /// </summary>
    public static string Destination(string? toPartyName, bool groupNotKnown) =>
        toPartyName is null ? "not known"
        : groupNotKnown ? "Independent, group not known"
        : toPartyName;

    /// <summary>"Labour", "Labour and Lib Dem", "BIG (Burnley), Green and Lib Dem".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>
    /// Who runs a council, from short party names: "Labour majority", "Labour minority", "Labour–Lib Dem coalition",
    /// "Co-operative Alliance: BIG (Burnley), Green, Lib Dem" (a named coalition), or "not known".
    /// </summary>
    public static string Administration(AdministrationKind kind, string? name, IReadOnlyList<string> parties, string? leaderParty)
    {
        var lead = leaderParty ?? (parties.Count > 0 ? parties[0] : null);
        return kind switch
        {
            AdministrationKind.Majority when lead is not null => $"{lead} majority",
            AdministrationKind.Minority when lead is not null => $"{lead} minority",
            AdministrationKind.Coalition when name is not null => $"{name}: {string.Join(", ", parties)}",
            AdministrationKind.Coalition when parties.Count > 0 => $"{string.Join("–", parties)} coalition",
            _ when name is not null => $"{name} (form not known)",
            _ => "not known",
        };
    }

    /// <summary>
    /// A defection's one-line headline: "20 councillors left Labour to sit as independents", "1 councillor suspended by
    /// Labour", "Councillors (number not known) left Labour for the Green Party". <paramref name="toParty"/> is null when
    /// no source says where they went.
    /// </summary>
    public static string Headline(DefectionKind kind, int? councillorCount, string fromParty, string? toParty, bool toIndependent)
    {
        var who = councillorCount is { } n ? Count(n, "councillor") : "Councillors (number not known)";
        var to = toParty is null ? ""
            : toIndependent ? (councillorCount == 1 ? " to sit as an independent" : " to sit as independents")
            : kind == DefectionKind.FormedNewGroup ? $" to form {toParty}"
            : $" for {toParty}";
        return kind switch
        {
            DefectionKind.Suspended => $"{who} suspended by {fromParty}" + (toParty is null ? "" : $", sitting as {(toIndependent ? "independents" : toParty)}"),
            DefectionKind.Expelled => $"{who} expelled by {fromParty}" + (toParty is null ? "" : $", sitting as {(toIndependent ? "independents" : toParty)}"),
            _ => $"{who} left {fromParty}{to}",
        };
    }
}
