using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace DefectionTracker.Web.Features.Accounts;

/// <summary>
/// The team's accounts: ASP.NET Core Identity over the record's own database, a sign-in cookie for the site, personal
/// bearer tokens for the API, and the three roles. There is no sign-up page: an admin adds people.
/// </summary>
public static class AccountsFeature
{
    /// <summary>Chooses the bearer token when the request carries one, the sign-in cookie otherwise.</summary>
    public const string Scheme = "editors";

    public const string LoginPath = "/account/login";

    public static IServiceCollection AddAccountsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        var lockout = configuration.GetSection("Accounts").Get<AccountOptions>() ?? new AccountOptions();
        services.AddSingleton(lockout);
        services
            .AddIdentityCore<EditorUser>(o =>
            {
                // Long beats clever: twelve characters with upper case, lower case and a digit; no symbol required.
                o.Password.RequiredLength = PasswordRules.MinimumLength;
                o.Password.RequiredUniqueChars = 5;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = lockout.MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(lockout.LockoutMinutes);
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DefectionsDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<EditorClaimsFactory>()
            .AddDefaultTokenProviders();

        services
            .AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(Scheme, "Sign-in cookie or API token", o => o.ForwardDefaultSelector = context =>
                ApiTokenHandler.HasBearer(context.Request) ? ApiTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "dt.signin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = LoginPath;
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;

            // The API answers 401 and 403; only pages redirect to the sign-in form.
            o.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorPolicies.Reviewer, p => p.RequireRole(EditorRoles.Editor, EditorRoles.Admin))
            .AddPolicy(EditorPolicies.Admin, p => p.RequireRole(EditorRoles.Admin))
            .AddPolicy(EditorPolicies.Member, p => p.RequireRole(EditorRoles.All));
        services.AddScoped<ApiTokens>();
        services.AddScoped<TeamMembers>();
        return services;
    }

    public static IApplicationBuilder UseAccounts(this IApplicationBuilder app) =>
        app.UseAuthentication().UseAuthorization();

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Accounts: lockout after repeated failed sign-ins.</summary>
public sealed class AccountOptions
{
    public int MaxFailedSignIns { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;
}

public static class PasswordRules
{
    public const int MinimumLength = 12;

    public const string Description =
        "At least 12 characters, with an upper-case letter, a lower-case letter and a digit, and at least 5 different characters.";
}
