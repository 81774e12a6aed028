using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DefectionTracker.Testing;
using DefectionTracker.Web.Data.Accounts;
using DefectionTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DefectionTracker.Web.Tests.Postgres;

/// <summary>
/// Two instances of the site on one PostgreSQL database, each with its output cache on, as a newsroom would run them
/// behind a load balancer: what one writes, the other shows within a second; what one signs, the other reads.
/// </summary>
public sealed class SeveralInstancesTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _database = TestPostgres.NewDatabaseName();
    private readonly List<AppFactory> _factories = [];

    private AppFactory Instance()
    {
        var factory = new AppFactory(outputCache: true, postgresDatabase: _database);
        _factories.Add(factory);
        _ = factory.Services; // started: migrated and seeded (the first), or found the record in place (the second)
        return factory;
    }

    [PostgresFact]
    public async Task EditThroughA_IsOnBsCachedPage_WithinASecond()
    {
        var a = Instance();
        var b = Instance();
        await a.AddMemberAsync("editor@example.org", EditorRoles.Editor, "Eddie Editor");
        string token;
        using (var scope = a.Services.CreateScope())
        {
            token = (await scope.ServiceProvider.GetRequiredService<ApiTokens>().IssueAsync("editor@example.org", "tests", CancellationToken.None))!.Secret;
        }

        using var readerB = b.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var before = await readerB.GetStringAsync("/parties/castlebridge-independents");
        Assert.DoesNotContain("Fellside First", before, StringComparison.Ordinal);
        Assert.Equal(before, await readerB.GetStringAsync("/parties/castlebridge-independents")); // again, from B's output cache

        using var writerA = a.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        writerA.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var current = await writerA.GetAsync("/api/records/parties/castlebridge-independents");
        var record = (JsonObject)JsonNode.Parse(await current.Content.ReadAsStringAsync())!;
        record["name"] = "Fellside First";
        record["change"] = new JsonObject { ["summary"] = "A test change", ["source"] = "fellside-gazette-three-quit" };
        using var put = new HttpRequestMessage(HttpMethod.Put, "/api/parties/castlebridge-independents") { Content = JsonContent.Create(record) };
        put.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag!.Tag);
        var changed = await writerA.SendAsync(put);
        Assert.True(changed.IsSuccessStatusCode, $"the editor's change answered {(int)changed.StatusCode}");

        var clock = Stopwatch.StartNew();
        var seen = false;
        while (clock.Elapsed < TimeSpan.FromSeconds(1) && !seen)
        {
            seen = (await readerB.GetStringAsync("/parties/castlebridge-independents")).Contains("Fellside First", StringComparison.Ordinal);
            if (!seen)
            {
                await Task.Delay(25);
            }
        }

        output.WriteLine($"The edit made through A was on B's party page after {clock.ElapsedMilliseconds} ms");
        Assert.True(seen, $"B still served the page without the new name {clock.ElapsedMilliseconds} ms after A's write");

        // And B's search, once A has rebuilt the shared index.
        var found = false;
        while (clock.Elapsed < TimeSpan.FromSeconds(3) && !found)
        {
            found = (await readerB.GetStringAsync("/api/search?q=fellside+first")).Contains("/parties/castlebridge-independents", StringComparison.Ordinal);
            if (!found)
            {
                await Task.Delay(25);
            }
        }

        output.WriteLine($"... and in B's search after {clock.ElapsedMilliseconds} ms");
        Assert.True(found, "B's search never found the party under the name A gave it");
    }

    [PostgresFact]
    public void DataProtection_WhatASigns_BReads()
    {
        var a = Instance();
        var b = Instance();
        var protectedByA = a.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("tests").Protect("a sign-in cookie");
        Assert.Equal("a sign-in cookie", b.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("tests").Unprotect(protectedByA));
    }

    [PostgresFact]
    public async Task SignInForm_FromA_IsAcceptedByB()
    {
        var a = Instance();
        var b = Instance();
        await a.AddMemberAsync("editor@example.org", EditorRoles.Editor, "Eddie Editor");

        // The antiforgery cookie and token come from A; the form is posted to B, as a load balancer may send it.
        using var clientA = a.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await clientA.GetAsync("/account/login");
        var cookies = form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]);
        var page = PageReader.Parse(await form.Content.ReadAsStringAsync());
        var token = page.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var clientB = b.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "editor@example.org",
                ["Password"] = TeamAccounts.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", cookies));
        var response = await clientB.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }

        if (TestPostgres.ServerConnectionString is { } server)
        {
            TestPostgres.Drop(TestPostgres.ForDatabase(server, _database));
        }
    }
}
