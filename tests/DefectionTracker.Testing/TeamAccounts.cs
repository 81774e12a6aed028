using System.Net;
using DefectionTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Testing;

/// <summary>Members of the team in a test app, and clients signed in as them through the real sign-in form.</summary>
public static class TeamAccounts
{
    public const string Password = "Correct-Horse-42";

    /// <summary>Adds a member with the real code (the <c>users add</c> command's) and <see cref="Password"/>.</summary>
    public static async Task AddMemberAsync(this WebApplicationFactory<Program> app, string email, string role, string? displayName = null)
    {
        using var scope = app.Services.CreateScope();
        var added = await scope.ServiceProvider.GetRequiredService<TeamMembers>().AddAsync(email, role, Password, displayName);
        Assert.True(added.Succeeded, string.Join("; ", added.Problems));
    }

    /// <summary>A client with cookies that has signed in through /account/login; it does not follow redirects.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this WebApplicationFactory<Program> app, string email, string password = Password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {email} answered {(int)response.StatusCode}");
        return client;
    }

    /// <summary>GETs <paramref name="formUrl"/>, takes its antiforgery token (and cookie), and POSTs the fields to the form's action.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formUrl, Dictionary<string, string> fields, string? action = null)
    {
        var page = PageReader.Parse(await client.GetStringAsync(formUrl));
        var form = page.QuerySelector("main form[method=post]") ?? throw new InvalidOperationException($"no form on {formUrl}");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"the form on {formUrl} has no antiforgery token");

        // As a browser does: the form's hidden fields (the version being edited, row counts) unless the test sets them.
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Where(i => i.GetAttribute("name") is { } n && !fields.ContainsKey(n))
            .GroupBy(i => i.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? "");
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        values["__RequestVerificationToken"] = token;
        return await client.PostAsync(action ?? form.GetAttribute("action") ?? formUrl, new FormUrlEncodedContent(values));
    }
}
