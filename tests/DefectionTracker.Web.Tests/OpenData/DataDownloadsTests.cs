using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CsvHelper;
using DefectionTracker.Web.Features.OpenData;
using DefectionTracker.Web.Tests.Infrastructure;

namespace DefectionTracker.Web.Tests.OpenData;

[Collection(SharedAppCollection.Name)]
public class DataDownloadsTests(SharedAppFixture app)
{
    private async Task<byte[]> GetBytesAsync(string url, string mediaType)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<JsonElement> GetJsonAsync(string url) =>
        JsonDocument.Parse(await GetBytesAsync(url, "application/json")).RootElement;

    /// <summary>A CSV download read back with CsvHelper: its header and rows, each row by column name.</summary>
    private async Task<(IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows)> GetCsvAsync(string name)
    {
        var bytes = await GetBytesAsync($"/data/{name}.csv", "text/csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = CsvReader.Create(bytes, null);
        var rows = new List<Dictionary<string, string>>();
        IReadOnlyList<string> header = [];
        while (reader.Read())
        {
            header = [.. reader.Headers!];
            rows.Add(header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => reader.GetString(x.i)));
        }

        return (header, rows);
    }

    [Fact]
    public async Task DatasetZip_HoldsTheDatasetInTheSeedsFormat_ByteForByte_WithTheLicence()
    {
        var zip = new ZipArchive(new MemoryStream(await GetBytesAsync("/data/dataset.zip", "application/zip")));

        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("dataset/LICENCE.txt", names);
        foreach (var file in Directory.GetFiles(TestPaths.Fixture, "*.json"))
        {
            var entry = zip.GetEntry("dataset/" + Path.GetFileName(file));
            Assert.NotNull(entry);
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(copy.ToArray()), $"{Path.GetFileName(file)} differs from the fixture");
        }

        using var licence = new StreamReader(zip.GetEntry("dataset/LICENCE.txt")!.Open());
        Assert.Contains("CC BY 4.0", await licence.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefectionsCsv_OneRowPerDefectionAndCouncil_AgreesWithTheApi()
    {
        var (header, rows) = await GetCsvAsync("defections");
        var api = (await GetJsonAsync("/api/defections?pageSize=500")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal("id", header[0]);
        Assert.Contains("seatsChanged", header);
        Assert.Equal(api.Count, rows.Select(r => r["id"]).Distinct().Count());
        Assert.Equal(api.Sum(d => Math.Max(1, d.GetProperty("councils").GetArrayLength())), rows.Count);
        foreach (var item in api)
        {
            var mine = rows.Where(r => r["id"] == item.GetProperty("id").GetString()).ToList();
            Assert.Equal(item.GetProperty("councils").EnumerateArray().Select(c => c.GetProperty("slug").GetString()!).Order(),
                mine.Select(r => r["council"]).Where(c => c.Length > 0).Order());
            var count = item.GetProperty("councillorsLost");
            Assert.All(mine, r => Assert.Equal(count.ValueKind == JsonValueKind.Null ? "" : count.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), r["councillorCount"]));
        }
    }

    [Fact]
    public async Task Csvs_CountsAgreeWithTheApi()
    {
        var sources = (await GetJsonAsync("/api/sources")).GetProperty("total").GetInt32();
        var councils = (await GetJsonAsync("/api/councils")).GetArrayLength();

        Assert.Equal(sources, (await GetCsvAsync("sources")).Rows.Count);
        Assert.Equal(councils, (await GetCsvAsync("councils")).Rows.Count);
    }

    [Fact]
    public async Task EveryListedCsv_Parses_WithAHeaderAndTheSameFieldCountOnEveryRow()
    {
        foreach (var (name, _) in CsvTables.All)
        {
            var (header, rows) = await GetCsvAsync(name);
            Assert.True(rows.Count > 0, $"{name}.csv has no rows");
            Assert.All(rows, r => Assert.Equal(header.Count, r.Count));
        }
    }

    [Fact]
    public async Task GrievanceCitations_StatedIsABool_AndEveryRowNamesASource()
    {
        var (_, rows) = await GetCsvAsync("grievance-citations");

        Assert.All(rows, r => Assert.Contains(r["stated"], new[] { "true", "false" }));
        Assert.All(rows, r => Assert.NotEqual("", r["source"]));
    }

    [Fact]
    public async Task Popolo_HasPersonsOrganizationsAndMemberships_OnBehalfOfAParty_WithASource()
    {
        var popolo = await GetJsonAsync("/data/popolo.json");
        var councillors = (await GetCsvAsync("councillors")).Rows.Count;
        var affiliations = (await GetCsvAsync("affiliations")).Rows;

        Assert.Equal(councillors, popolo.GetProperty("persons").GetArrayLength());
        var organizations = popolo.GetProperty("organizations").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToHashSet();
        var memberships = popolo.GetProperty("memberships").EnumerateArray().ToList();
        Assert.True(memberships.Count >= affiliations.Count);
        Assert.All(memberships, m =>
        {
            Assert.Contains(m.GetProperty("organization_id").GetString(), organizations);
            if (m.GetProperty("organization_id").GetString()!.StartsWith("council/", StringComparison.Ordinal))
            {
                Assert.Contains(m.GetProperty("on_behalf_of_id").GetString(), organizations);
            }

            Assert.True(m.TryGetProperty("start_date", out _));
            Assert.True(m.TryGetProperty("end_reason", out _));
        });
        Assert.Contains(memberships, m => m.GetProperty("end_reason").GetString() == "changed_party" || m.GetProperty("end_reason").GetString() == "resigned");
        Assert.Contains(memberships, m => m.GetProperty("sources").ValueKind == JsonValueKind.Array);
    }

    [Fact]
    public async Task DataPage_StatesTheLicence_DataAsOf_AndLinksEveryDownload()
    {
        var page = await app.GetDocumentAsync("/data");

        Assert.Contains("CC BY 4.0", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[rel=license][href='https://creativecommons.org/licenses/by/4.0/']"));
        Assert.NotEqual("not known", page.Single("[data-testid=data-as-of]").TextContent);
        var links = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Contains("/data/dataset.zip", links);
        Assert.Contains("/data/popolo.json", links);
        Assert.All(CsvTables.All, t => Assert.Contains($"/data/{t.Name}.csv", links));
    }

    [Fact]
    public async Task Download_AnsweredWithAnETag_IsNotModifiedWhenAskedAgain()
    {
        using var client = app.CreateClient();
        var first = await client.GetAsync("/data/sources.csv");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/data/sources.csv");
        again.Headers.IfNoneMatch.Add(tag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/data/sources.csv");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"d0-old\"", isWeak: true));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task UnknownCsv_IsNotFound()
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/data/passwords.csv")).StatusCode);
    }
}
