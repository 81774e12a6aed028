using System.Net;
using static DefectionTracker.Web.Tests.Editing.EditingTestApp;

namespace DefectionTracker.Web.Tests.OpenData;

/// <summary>
/// The downloads of one version of the data are made once: a second request (the output cache off, as for a reader
/// whose request misses it) reads no records, and an edit makes the next one new.
/// </summary>
public class DownloadStoreTests
{
    [Fact]
    public async Task SecondDownload_ReadsNoRecords_AndAnEditMakesTheFilesAgain()
    {
        using var app = await StartAsync();
        using var reader = app.Client();
        var first = await reader.GetStringAsync("/data/defections.csv");
        Assert.DoesNotContain("(edited)", first, StringComparison.Ordinal);

        app.Factory.SqlCommands.Reset();
        Assert.Equal(first, await reader.GetStringAsync("/data/defections.csv"));
        await reader.GetStringAsync("/data/councillors.csv");
        await reader.GetStringAsync("/data");
        // Only the data version (the ETag and "data as of"), never the records: no export.
        Assert.DoesNotContain(app.Factory.SqlCommands.Commands, c => c.Text.Contains("FROM \"Defections\"", StringComparison.Ordinal));

        var (record, etag) = await app.RecordAsync("defections", "2023-07-14-fellside-three-quit-labour");
        record["summary"] = "Three Fellside councillors left Labour (edited).";
        using var editor = app.Client(app.EditorToken);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(editor, HttpMethod.Put, "/api/defections/2023-07-14-fellside-three-quit-labour", Body(record), etag)).StatusCode);

        Assert.Contains("(edited)", await reader.GetStringAsync("/data/defections.csv"), StringComparison.Ordinal);
    }
}
