using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>Words for enum values as people read them, and the CSS tag class for each verification status.</summary>
public static class DefectionDisplay
{
    public static string VerificationText(Verification verification) => verification switch
    {
        Verification.Confirmed => "Confirmed",
        Verification.SingleSource => "Single source",
        _ => "Unverified",
    };

    public static string VerificationClass(Verification verification) => verification switch
    {
        Verification.Confirmed => "tag tag-confirmed",
        Verification.SingleSource => "tag tag-single-source",
        _ => "tag tag-unverified",
    };

    public static string KindText(DefectionKind kind) => kind switch
    {
        DefectionKind.LeftParty => "left the party",
        DefectionKind.Suspended => "suspended",
        DefectionKind.Expelled => "expelled",
        DefectionKind.FormedNewGroup => "formed a new group",
        _ => "joined another party",
    };
}
