using Microsoft.AspNetCore.Identity;

namespace DefectionTracker.Web.Data.Accounts;

/// <summary>
/// A member of the team who edits the record. There is no public sign-up: an admin adds people (the <c>users add</c>
/// command). People outside the team see a change's author by <see cref="DisplayName"/>, never by email.
/// </summary>
public class EditorUser : IdentityUser
{
    public required string DisplayName { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>The three roles. A contributor's changes wait for review; an editor's publish at once; an admin also manages people.</summary>
public static class EditorRoles
{
    public const string Contributor = "contributor";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Contributor, Editor, Admin];

    /// <summary>Roles that may publish and review: editor and admin.</summary>
    public const string Reviewers = Editor + "," + Admin;

    /// <summary>Every signed-in role.</summary>
    public const string Anyone = Contributor + "," + Editor + "," + Admin;
}

/// <summary>Claims the site adds to a signed-in member: the display name (pages never show the email address).</summary>
public static class EditorClaims
{
    public const string DisplayName = "dt:display_name";
}

/// <summary>The authorization policies, by who may do what.</summary>
public static class EditorPolicies
{
    /// <summary>Any member of the team: contributor, editor or admin.</summary>
    public const string Member = "member";

    /// <summary>Editors and admins: publish, review, revert.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>Admins: manage people.</summary>
    public const string Admin = "admin";
}

/// <summary>The authentication scheme for personal API tokens (<c>Authorization: Bearer dt_...</c>).</summary>
public static class EditorSchemes
{
    public const string ApiToken = "api-token";
}
