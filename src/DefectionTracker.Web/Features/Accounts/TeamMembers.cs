using System.Security.Cryptography;
using DefectionTracker.Web.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace DefectionTracker.Web.Features.Accounts;

/// <summary>The outcome of adding a member: the password to hand over (when one was generated) or the problems.</summary>
public sealed record MemberAdded(EditorUser? User, string? GeneratedPassword, IReadOnlyList<string> Problems)
{
    public bool Succeeded => User is not null;
}

/// <summary>Adds people to the team. Only an admin (through the <c>users add</c> command) does this: there is no sign-up.</summary>
public sealed class TeamMembers(UserManager<EditorUser> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    public async Task<MemberAdded> AddAsync(string email, string role, string? password, string? displayName)
    {
        if (!EditorRoles.All.Contains(role, StringComparer.Ordinal))
        {
            return Failed($"role must be one of {string.Join(", ", EditorRoles.All)}, not \"{role}\"");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return Failed($"{email} is already a member of the team");
        }

        foreach (var name in EditorRoles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new IdentityRole(name));
            }
        }

        var generated = password is null ? GeneratePassword() : null;
        var user = new EditorUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Split('@')[0] : displayName.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password ?? generated!);
        if (!created.Succeeded)
        {
            return Failed([.. created.Errors.Select(e => e.Description)]);
        }

        await users.AddToRoleAsync(user, role);
        return new MemberAdded(user, generated, []);
    }

    /// <summary>Twenty characters from an alphabet without look-alikes, always with upper, lower and a digit.</summary>
    public static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789";
        const string all = upper + lower + digits;
        var chars = new char[20];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        for (var i = 3; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static MemberAdded Failed(params string[] problems) => new(null, null, problems);
}

/// <summary>Puts the display name into the sign-in cookie beside Identity's own claims.</summary>
public sealed class EditorClaimsFactory(
    UserManager<EditorUser> users, RoleManager<IdentityRole> roles, Microsoft.Extensions.Options.IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<EditorUser, IdentityRole>(users, roles, options)
{
    protected override async Task<System.Security.Claims.ClaimsIdentity> GenerateClaimsAsync(EditorUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new System.Security.Claims.Claim(EditorClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
