using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DefectionTracker.Web.Features.Accounts;

/// <summary>A token as made: the secret (shown once, never stored) and its stored record.</summary>
public sealed record IssuedToken(string Secret, ApiToken Record);

/// <summary>Makes personal API tokens and finds the user a presented token belongs to.</summary>
public sealed class ApiTokens(DefectionsDbContext db, UserManager<EditorUser> users, TimeProvider clock)
{
    private const string Marker = "dt_";

    public async Task<IssuedToken?> IssueAsync(string email, string name, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return null;
        }

        var secret = Marker + Base64Url(RandomNumberGenerator.GetBytes(32));
        var record = new ApiToken
        {
            UserId = user.Id,
            Name = name,
            Prefix = secret[..10],
            Hash = HashOf(secret),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiTokens.Add(record);
        await db.SaveChangesAsync(ct);
        return new IssuedToken(secret, record);
    }

    /// <summary>The live token's owner, or null for an unknown, malformed or revoked token.</summary>
    public async Task<EditorUser?> FindOwnerAsync(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(Marker, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = HashOf(secret);
        var token = await db.ApiTokens.AsNoTracking().Include(t => t.User)
            .SingleOrDefaultAsync(t => t.Hash == hash && t.RevokedAtUtc == null, ct);
        return token?.User;
    }

    public static string HashOf(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Signs in API requests that carry <c>Authorization: Bearer dt_...</c>, with the owner's roles.</summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokens tokens, UserManager<EditorUser> users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = EditorSchemes.ApiToken;

    private const string Prefix = "Bearer ";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var user = await tokens.FindOwnerAsync(header[Prefix.Length..].Trim(), Context.RequestAborted);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The API token is not known, or has been revoked.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.DisplayName),
            new(EditorClaims.DisplayName, user.DisplayName),
        };
        claims.AddRange((await users.GetRolesAsync(user)).Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
