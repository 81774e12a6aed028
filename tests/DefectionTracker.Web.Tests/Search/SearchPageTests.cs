using System.Net;
using DefectionTracker.Web.Tests.Infrastructure;
using static DefectionTracker.Web.Tests.Search.SearchTestClient;

namespace DefectionTracker.Web.Tests.Search;

/// <summary>The /search page: form, guidance, results, facets, pagination and its 400s.</summary>
[Collection(SharedAppCollection.Name)]
public class SearchPageTests(SharedAppFixture app)
{
    [Fact]
    public async Task EmptyQuery_ShowsTheFormAndTheGrievances()
    {
        var html = await PageAsync(app, "/search");

        Assert.Contains("<form class=\"search-form\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"search-q\">", html, StringComparison.Ordinal);
        Assert.Contains("Search by grievance", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?grievance=gaza\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No results", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WinterFuel_ShowsResultsWithHighlights_AndFacetLinks()
    {
        var html = await PageAsync(app, "/search?q=winter+fuel");

        Assert.Contains("results for <q>winter fuel</q>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/defections/2024-06-castlebridge-six-quit-labour\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>winter</mark>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"/search?q=winter%20fuel&amp;council=castlebridge\"", html, StringComparison.Ordinal);
        Assert.Contains("Also showing what is tagged with", html, StringComparison.Ordinal);
        Assert.Contains("value=\"winter fuel\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChosenFacet_IsShownAsAFilterThatCanBeRemoved()
    {
        var html = await PageAsync(app, "/search?q=gaza&council=marchbury");

        Assert.Contains("narrowed by council: Marchbury Council", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=gaza\">Remove council filter: Marchbury Council", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/defections/2024-11-east-weald-two-join-greens", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoResults_SaysSo_AndSuggestsGrievances()
    {
        var html = await PageAsync(app, "/search?q=zzzz");

        Assert.Contains("No results", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/grievances/gaza\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyPunctuation_SaysThereIsNothingToLookFor()
    {
        var html = await PageAsync(app, "/search?q=" + Encode("\"*()^:"));

        Assert.Contains("no letters or numbers to look for", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pagination_LinksToTheNextPage_KeepingTheQueryAndFilters()
    {
        var first = await PageAsync(app, "/search?q=labour");
        var second = await PageAsync(app, "/search?q=labour&page=2");

        Assert.Contains("href=\"/search?q=labour&amp;page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("Page 2 of", second, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=labour\" rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"result-list\" start=\"21\">", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageBeyondTheLast_SaysSo()
    {
        var html = await PageAsync(app, "/search?q=gaza&page=900");

        Assert.Contains("Go to the first page", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverLongQuery_IsA400PageWithAClearMessage_WithoutEchoingIt()
    {
        var query = new string('x', 10_000);

        var html = await PageAsync(app, "/search?q=" + query, HttpStatusCode.BadRequest);

        Assert.Contains("This search could not be run", html, StringComparison.Ordinal);
        Assert.Contains("10,000 characters long; the limit is 500", html, StringComparison.Ordinal);
        Assert.DoesNotContain(query[..600], html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverLongQuery_OnTheApi_IsA400Problem()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/search?q=" + new string('x', 501));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("limit is 500", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryOfExactlyTheLimit_IsAccepted() =>
        await PageAsync(app, "/search?q=" + new string('x', 500));

    [Theory]
    [InlineData("/search?q=gaza&page=abc")]
    [InlineData("/search?q=gaza&year=abc")]
    [InlineData("/search?q=gaza&year=20000")]
    [InlineData("/search?q=gaza&grievance=%3Cscript%3E")]
    [InlineData("/search?q=gaza&page=0")]
    public async Task BadFilterOrPage_IsA400PageWithAMessage(string url)
    {
        var html = await PageAsync(app, url, HttpStatusCode.BadRequest);

        Assert.Contains("This search could not be run", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_RunsAFixedNumberOfSqlCommands_WithoutAnEfQueryPerResult()
    {
        // One EF query for the grievances (the search itself is one ADO.NET batch, which EF does not log): nothing per result.
        await PageAsync(app, "/search?q=gaza"); // the app has started and seeded
        var before = app.Factory.Logs.Entries.Count(e => e.Category == "Microsoft.EntityFrameworkCore.Database.Command");
        await PageAsync(app, "/search?q=labour");
        var after = app.Factory.Logs.Entries.Count(e => e.Category == "Microsoft.EntityFrameworkCore.Database.Command");

        Assert.Equal(1, after - before);
    }
}
