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

    private static async Task<(bool Cached, string? Encoding, byte[] Body)> GetAsync(HttpClient client, string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (response.Headers.Age is not null, response.Content.Headers.ContentEncoding.SingleOrDefault(),
            await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    public async Task CachingOn_ACachedHit_IsServedCompressed_ByteForByteAsTheFirst(string acceptEncoding, string expected)
    {
        using var factory = new AppFactory(outputCache: true);
        using var client = factory.CreateClient();

        var first = await GetAsync(client, "/sources", acceptEncoding);
        var hit = await GetAsync(client, "/sources", acceptEncoding);

        Assert.False(first.Cached);
        Assert.True(hit.Cached);
        Assert.Equal(expected, first.Encoding);
        Assert.Equal(expected, hit.Encoding);
        Assert.Equal(first.Body, hit.Body);
    }

    [Fact]
    public async Task CachingOn_EachEncodingHasItsOwnEntry_AndAClientAskingForNoneGetsPlainText()
    {
        using var factory = new AppFactory(outputCache: true);
        using var client = factory.CreateClient();

        var brotli = await GetAsync(client, "/sources", "br");
        var plain = await GetAsync(client, "/sources", null);
        var plainAgain = await GetAsync(client, "/sources", "identity");
        var gzip = await GetAsync(client, "/sources", "gzip;q=1, br;q=0.5");

        Assert.Equal("br", brotli.Encoding);
        Assert.False(plain.Cached);
        Assert.Null(plain.Encoding);
        Assert.True(plainAgain.Cached);
        Assert.Equal(plain.Body, plainAgain.Body);
        Assert.False(gzip.Cached);
        Assert.Equal("gzip", gzip.Encoding);

        await using var decompressed = new System.IO.Compression.BrotliStream(new MemoryStream(brotli.Body), System.IO.Compression.CompressionMode.Decompress);
        using var text = new MemoryStream();
        await decompressed.CopyToAsync(text);
        Assert.Equal(plain.Body, text.ToArray());
    }
}
