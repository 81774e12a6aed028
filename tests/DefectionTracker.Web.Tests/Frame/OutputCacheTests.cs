using DefectionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DefectionTracker.Web.Tests.Frame;

/// <summary>
/// The test host runs without output caching (no test may read a page another test cached); these tests turn it on
/// for their own app to check the cache itself and its eviction when the dataset changes.
/// </summary>
public class OutputCacheTests
{
    // The output-cache middleware sets Age on a response it serves from the cache.
    private static async Task<bool> ServedFromCacheAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return response.Headers.Age is not null;
    }

    [Fact]
    public async Task TestHost_ByDefault_ServesEveryRequestFresh()
    {
        using var factory = new AppFactory();
        using var client = factory.CreateClient();

        Assert.False(await ServedFromCacheAsync(client, "/timeline"));
        Assert.False(await ServedFromCacheAsync(client, "/timeline"));
    }

    [Fact]
    public async Task CachingOn_TheSecondRequest_IsServedFromTheCache()
    {
        using var factory = new AppFactory(outputCache: true);
        using var client = factory.CreateClient();

        Assert.False(await ServedFromCacheAsync(client, "/timeline"));
        Assert.True(await ServedFromCacheAsync(client, "/timeline"));
    }

    [Fact]
    public async Task CachingOn_AChangedDataset_EvictsTheCachedPages_AnUnchangedOneDoesNot()
    {
        using var factory = new AppFactory(outputCache: true);
        using var client = factory.CreateClient();
        var invalidation = new OutputCacheInvalidation(factory.Services.GetRequiredService<IOutputCacheStore>(),
            NullLogger<OutputCacheInvalidation>.Instance);
        await client.GetAsync("/councils");

        await invalidation.DatasetLoadedAsync(dataChanged: false, CancellationToken.None);
        Assert.True(await ServedFromCacheAsync(client, "/councils"));

        await invalidation.DatasetLoadedAsync(dataChanged: true, CancellationToken.None);
        Assert.False(await ServedFromCacheAsync(client, "/councils"));
    }
}
