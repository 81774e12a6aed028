using DefectionTracker.Web.Data.Accounts;
using DefectionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace DefectionTracker.Web.Features.Accounts;

/// <summary>Sign-in, sign-out, one's own account and password. No page here is cached or indexed.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public class AccountController(
    SignInManager<EditorUser> signIn, UserManager<EditorUser> users, AccountOptions lockout,
    ILogger<AccountController> logger) : Controller
{
    [HttpGet(AccountsFeature.LoginPath)]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) =>
        View(new LoginForm { ReturnUrl = SafeReturn(returnUrl) });

    [HttpPost(AccountsFeature.LoginPath)]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitingNames.Login)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        form.ReturnUrl = SafeReturn(form.ReturnUrl);
        if (!ModelState.IsValid)
        {
            return FormAgain(form);
        }

        var user = await users.FindByEmailAsync(form.Email!);
        if (user is null)
        {
            // The same answer as a wrong password: the form does not tell who has an account.
            ModelState.AddModelError(string.Empty, "The email address or the password is not right.");
            return FormAgain(form);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Signed in: user {UserId}", user.Id);
            return LocalRedirect(form.ReturnUrl ?? "/account");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused, account locked: user {UserId}", user.Id);
            ModelState.AddModelError(string.Empty,
                $"This account is locked for {lockout.LockoutMinutes} minutes after {lockout.MaxFailedSignIns} failed sign-ins. Try again later.");
        }
        else
        {
            ModelState.AddModelError(string.Empty, "The email address or the password is not right.");
        }

        return FormAgain(form);
    }

    [HttpPost("/account/logout")]
    [Authorize(AuthenticationSchemes = "Identity.Application")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("/account")]
    [Authorize(Policy = EditorPolicies.Member, AuthenticationSchemes = "Identity.Application")]
    public async Task<IActionResult> Index(bool changed = false)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View(new AccountViewModel(user.DisplayName, user.Email ?? "", [.. await users.GetRolesAsync(user)], changed));
    }

    [HttpGet("/account/password")]
    [Authorize(Policy = EditorPolicies.Member, AuthenticationSchemes = "Identity.Application")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("/account/password")]
    [Authorize(Policy = EditorPolicies.Member, AuthenticationSchemes = "Identity.Application")]
    [EnableRateLimiting(RateLimitingNames.Login)]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        if (!ModelState.IsValid)
        {
            return FormAgain(form);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                    ? nameof(ChangePasswordForm.CurrentPassword)
                    : nameof(ChangePasswordForm.NewPassword);
                ModelState.AddModelError(field, error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                    ? "The current password is not right."
                    : error.Description);
            }

            return FormAgain(form);
        }

        // A new security stamp signs out every other session; this one is signed in again.
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("Password changed: user {UserId}", user.Id);
        return LocalRedirect("/account?changed=true");
    }

    /// <summary>Who the request is signed in as (by cookie or API token): a check that a token works.</summary>
    [HttpGet("/api/account")]
    [Authorize(Policy = EditorPolicies.Member)]
    public IActionResult ApiAccount() => Ok(new
    {
        displayName = User.FindFirst(EditorClaims.DisplayName)?.Value,
        roles = User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToArray(),
    });

    [HttpGet("/account/denied")]
    [AllowAnonymous]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private ViewResult FormAgain(object form)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }

    private string? SafeReturn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) && returnUrl.Length <= 2000 ? returnUrl : null;
}
