using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DefectionTracker.Testing;
using DefectionTracker.Web.Data.Accounts;
using DefectionTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Accounts;

/// <summary>Sign-in, lockout, sign-out, password change, roles and API tokens, through the real forms and endpoints.</summary>
public sealed class AccountTests(SharedAppFixture app) : IClassFixture<SharedAppFixture>
{
    private static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task LoginPage_Anonymous_IsAFormWithAnAntiforgeryTokenAndIsNeverStored()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var page = PageReader.Parse(await response.Content.ReadAsStringAsync());
        var form = page.Single("main form[method=post]");
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.NotNull(form.QuerySelector("input[name=Email][autocomplete=username]"));
        Assert.NotNull(form.QuerySelector("input[name=Password][type=password]"));
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_Is400AndSignsNobodyIn()
    {
        var email = NewEmail("editor");
        await app.Factory.AddMemberAsync(email, EditorRoles.Editor);
        using var client = app.CreateClient();
        var response = await client.PostAsync("/account/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = TeamAccounts.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("dt.signin=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Login_RightPassword_SignsInAndTheAccountPageShowsTheDisplayNameAndRole()
    {
        var email = NewEmail("ed");
        await app.Factory.AddMemberAsync(email, EditorRoles.Editor, "Ed Itor");
        using var client = await app.Factory.SignedInClientAsync(email);
        var page = PageReader.Parse(await client.GetStringAsync("/account"));
        var text = page.Single("main").Text();
        Assert.Contains("Ed Itor", text, StringComparison.Ordinal);
        Assert.Contains("editor", text, StringComparison.Ordinal);
        Assert.Contains("Signed in as Ed Itor", page.Single("footer").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WrongPassword_SaysSoWithoutTellingWhetherTheAccountExists()
    {
        var email = NewEmail("ed");
        await app.Factory.AddMemberAsync(email, EditorRoles.Editor);
        using var client = app.CreateClient();
        var wrong = await client.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = "Not-the-password-1" });
        var nobody = await client.PostFormAsync("/account/login", new() { ["Email"] = NewEmail("nobody"), ["Password"] = "Not-the-password-1" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nobody.StatusCode);
        var wrongText = PageReader.Parse(await wrong.Content.ReadAsStringAsync()).Single(".form-errors").Text();
        var nobodyText = PageReader.Parse(await nobody.Content.ReadAsStringAsync()).Single(".form-errors").Text();
        Assert.Contains("email address or the password is not right", wrongText, StringComparison.Ordinal);
        Assert.Equal(wrongText, nobodyText);
    }

    [Fact]
    public async Task Login_EmptyFields_NamesEachFieldNextToIt()
    {
        using var client = app.CreateClient();
        var response = await client.PostFormAsync("/account/login", new() { ["Email"] = "", ["Password"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = PageReader.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Enter your email address", page.Single("[data-valmsg-for=Email]").Text(), StringComparison.Ordinal);
        Assert.Contains("Enter your password", page.Single("[data-valmsg-for=Password]").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountSoTheRightOneIsRefusedToo()
    {
        var email = NewEmail("locked");
        await app.Factory.AddMemberAsync(email, EditorRoles.Contributor);
        using var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = $"Wrong-password-{i}" });
        }

        var right = await client.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = TeamAccounts.Password });
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("locked for 15 minutes after 5 failed sign-ins",
            PageReader.Parse(await right.Content.ReadAsStringAsync()).Single(".form-errors").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_ReturnUrlOffTheSite_IsIgnored()
    {
        var email = NewEmail("ed");
        await app.Factory.AddMemberAsync(email, EditorRoles.Editor);
        using var client = app.CreateClient();
        var response = await client.PostFormAsync("/account/login",
            new() { ["Email"] = email, ["Password"] = TeamAccounts.Password, ["ReturnUrl"] = "https://evil.example/" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AccountPage_Anonymous_RedirectsToTheSignInFormAndBack()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/account/password");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=%2Faccount%2Fpassword", response.Headers.Location?.PathAndQuery ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_SignsOutSoTheAccountPageAsksForSignInAgain()
    {
        var email = NewEmail("ed");
        await app.Factory.AddMemberAsync(email, EditorRoles.Editor);
        using var client = await app.Factory.SignedInClientAsync(email);
        var response = await client.PostFormAsync("/account", [], "/account/logout");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WeakNewPassword_IsRefusedNextToTheField()
    {
        var email = NewEmail("ed");
        await app.Factory.AddMemberAsync(email, EditorRoles.Editor);
        using var client = await app.Factory.SignedInClientAsync(email);
        var response = await client.PostFormAsync("/account/password", new()
        {
            ["CurrentPassword"] = TeamAccounts.Password,
            ["NewPassword"] = "password",
            ["ConfirmPassword"] = "password",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = PageReader.Parse(await response.Content.ReadAsStringAsync()).Single("[data-valmsg-for=NewPassword]").Text();
        Assert.Contains("at least 12 characters", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_IsRefusedNextToThatField()
    {
        var email = NewEmail("ed");
        await app.Factory.AddMemberAsync(email, EditorRoles.Editor);
        using var client = await app.Factory.SignedInClientAsync(email);
        var response = await client.PostFormAsync("/account/password", new()
        {
            ["CurrentPassword"] = "Not-my-password-9",
            ["NewPassword"] = "A-much-better-one-77",
            ["ConfirmPassword"] = "A-much-better-one-77",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = PageReader.Parse(await response.Content.ReadAsStringAsync()).Single("[data-valmsg-for=CurrentPassword]").Text();
        Assert.Contains("current password is not right", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_Good_TheNewPasswordSignsInAndTheOldOneNoLonger()
    {
        var email = NewEmail("ed");
        await app.Factory.AddMemberAsync(email, EditorRoles.Editor);
        using var client = await app.Factory.SignedInClientAsync(email);
        var response = await client.PostFormAsync("/account/password", new()
        {
            ["CurrentPassword"] = TeamAccounts.Password,
            ["NewPassword"] = "A-much-better-one-77",
            ["ConfirmPassword"] = "A-much-better-one-77",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("password has been changed", PageReader.Parse(await client.GetStringAsync("/account?changed=true")).Single(".form-success").Text(), StringComparison.Ordinal);

        using var again = app.CreateClient();
        var old = await again.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = TeamAccounts.Password });
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        using var fresh = await app.Factory.SignedInClientAsync(email, "A-much-better-one-77");
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task UsersAdd_WithoutPassword_GeneratesOneThatMeetsTheRulesAndSignsIn()
    {
        var email = NewEmail("gen");
        using var scope = app.Factory.Services.CreateScope();
        var added = await scope.ServiceProvider.GetRequiredService<TeamMembers>().AddAsync(email, EditorRoles.Admin, null, "Ada Admin");
        Assert.True(added.Succeeded);
        Assert.Equal(20, added.GeneratedPassword!.Length);
        using var client = await app.Factory.SignedInClientAsync(email, added.GeneratedPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
    }

    [Theory]
    [InlineData("owner", "the role")]
    [InlineData("editor", "already a member")]
    public async Task UsersAdd_BadRoleOrTakenEmail_IsRefusedWithTheReason(string role, string reason)
    {
        var email = NewEmail("dup");
        await app.Factory.AddMemberAsync(email, EditorRoles.Editor);
        using var scope = app.Factory.Services.CreateScope();
        var added = await scope.ServiceProvider.GetRequiredService<TeamMembers>().AddAsync(email, role, TeamAccounts.Password, null);
        Assert.False(added.Succeeded);
        Assert.Contains(added.Problems, p => p.Contains(reason.Replace("the role", "role must be", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApiToken_Issued_SignsInTheApiAsItsOwnerWithTheirRoles()
    {
        var email = NewEmail("bot");
        await app.Factory.AddMemberAsync(email, EditorRoles.Contributor, "Import Bot");
        using var scope = app.Factory.Services.CreateScope();
        var issued = await scope.ServiceProvider.GetRequiredService<ApiTokens>().IssueAsync(email, "laptop", CancellationToken.None);
        Assert.NotNull(issued);
        Assert.StartsWith("dt_", issued.Secret, StringComparison.Ordinal);
        Assert.NotEqual(issued.Secret, issued.Record.Hash);

        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/account");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issued.Secret);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Import Bot", json.RootElement.GetProperty("displayName").GetString());
        Assert.Equal(["contributor"], json.RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer dt_not-a-real-token")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Api_NoOrBadToken_Is401AndNeverARedirect(string? authorization)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/account");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task StoredToken_IsOnlyItsHash()
    {
        var email = NewEmail("bot");
        await app.Factory.AddMemberAsync(email, EditorRoles.Editor);
        using var scope = app.Factory.Services.CreateScope();
        var issued = await scope.ServiceProvider.GetRequiredService<ApiTokens>().IssueAsync(email, "ci", CancellationToken.None);
        using var db = app.Factory.CreateDbContext();
        var stored = db.ApiTokens.Single(t => t.Id == issued!.Record.Id);
        Assert.Equal(ApiTokens.HashOf(issued!.Secret), stored.Hash);
        Assert.DoesNotContain(db.ApiTokens.Select(t => t.Hash + t.Prefix + t.Name).ToList(), s => s.Contains(issued.Secret, StringComparison.Ordinal));
    }
}

/// <summary>The sign-in limit holds even with the general rate limit off, and the cache never mixes a member's pages with the public's.</summary>
public sealed class AccountLimitTests : IDisposable
{
    private readonly AppFactory _factory = new(outputCache: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Login_MoreAttemptsThanTheLimitInAMinute_Is429WithRetryAfter()
    {
        using var app = _factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:SignInsPerMinute", "3"));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostFormAsync("/account/login", new() { ["Email"] = "x@example.org", ["Password"] = "Wrong-password-1" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task SignedInPages_AreNotCachedForThePublic()
    {
        await _factory.AddMemberAsync("cache@example.org", EditorRoles.Editor, "Cache Tester");
        using var member = await _factory.SignedInClientAsync("cache@example.org");
        Assert.Contains("Cache Tester", await member.GetStringAsync("/"), StringComparison.Ordinal);
        using var anonymous = _factory.CreateClient();
        var publicHome = await anonymous.GetStringAsync("/");
        Assert.DoesNotContain("Cache Tester", publicHome, StringComparison.Ordinal);
        Assert.Contains("Team sign-in", publicHome, StringComparison.Ordinal);
    }
}
