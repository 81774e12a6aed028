using System.Net;
using System.Xml.Linq;
using DefectionTracker.Web.Data.Editing;
using static DefectionTracker.Web.Tests.Editing.EditingTestApp;

namespace DefectionTracker.Web.Tests.Feeds;

/// <summary>A feed entry's updated time follows the last published correction of its defection.</summary>
public sealed class FeedRevisionTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string Id = "2023-07-14-fellside-three-quit-labour";

    private static XElement Entry(string feed, string id) =>
        XDocument.Parse(feed).Root!.Elements(Atom + "entry")
            .Single(e => e.Element(Atom + "id")!.Value == "tag:defectiontracker,2025:defection/" + id);

    [Fact]
    public async Task FeedEntry_AfterAPublishedEdit_IsUpdatedAtThatRevision_AndKeepsTheEventsPublishedDate()
    {
        using var app = await StartAsync();
        using var reader = app.Client();
        var before = Entry(await reader.GetStringAsync("/feeds/defections.atom"), Id);
        Assert.Equal("2023-07-14T00:00:00Z", before.Element(Atom + "updated")!.Value);
        Assert.Equal("2023-07-14T00:00:00Z", before.Element(Atom + "published")!.Value);

        // The edit goes through the write API, which validates and writes it with the record store and publishes it.
        var (record, etag) = await app.RecordAsync("defections", Id);
        record["notes"] = record["notes"]?.GetValue<string>() + " Checked again against the council's minutes.";
        using var editor = app.Client(app.EditorToken);
        var response = await SendAsync(editor, HttpMethod.Put, $"/api/defections/{Id}", Body(record), etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        DateTime reviewed;
        using (var db = app.Factory.CreateDbContext())
        {
            reviewed = db.Revisions.Where(r => r.Kind == "defections" && r.RecordId == Id && r.Status == RevisionStatus.Published)
                .AsEnumerable().Max(r => r.ReviewedAtUtc)!.Value;
        }

        var feed = await reader.GetStringAsync("/feeds/defections.atom");
        var after = Entry(feed, Id);
        Assert.Equal(DateTime.SpecifyKind(reviewed, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            after.Element(Atom + "updated")!.Value);
        Assert.Equal("2023-07-14T00:00:00Z", after.Element(Atom + "published")!.Value);

        // An entry nobody edited keeps its event's date.
        Assert.Equal("2024-06-01T00:00:00Z", Entry(feed, "2024-06-castlebridge-six-quit-labour").Element(Atom + "updated")!.Value);
    }
}
