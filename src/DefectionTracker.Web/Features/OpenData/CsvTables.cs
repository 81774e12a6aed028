using System.Globalization;
using CsvHelper;
using DefectionTracker.Web.Data.Seeding;

namespace DefectionTracker.Web.Features.OpenData;

/// <summary>
/// One CSV download: a flat table made from the export, its columns named as the seeds/ JSON names the fields
/// (camelCase). Several values in one field (source ids, party slugs) are joined with "|"; an unknown value is an
/// empty field, never a guess.
/// </summary>
public sealed record CsvTable(string Name, string Description, IReadOnlyList<string> Columns, IReadOnlyList<string?[]> Rows)
{
    public string FileName => Name + ".csv";

    /// <summary>RFC 4180 (CRLF, quoted where needed), UTF-8 with a byte-order mark so that spreadsheets read "Ynys Môn" right.
    /// A text field starting with = + - @ is escaped, so a spreadsheet does not run it as a formula.</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }))
        {
            writer.WriteRecord([.. Columns]);
            foreach (var row in Rows)
            {
                writer.WriteRecord(row!);
            }
        }

        return buffer.ToArray();
    }
}

/// <summary>The CSV tables of the record, each listed on /data with a stable address (/data/{name}.csv).</summary>
public static class CsvTables
{
    public static readonly IReadOnlyList<(string Name, string Description)> All =
    [
        ("defections", "One row per defection and council (an event at two councils is two rows; one with no known council has an empty council)."),
        ("councillors", "One row per councillor."),
        ("seats", "One row per seat a councillor held: council, ward, from, to."),
        ("affiliations", "One row per party membership of a councillor, with how it ended."),
        ("parties", "One row per party or local group."),
        ("councils", "One row per council."),
        ("compositions", "One row per party in each stated composition of a council (seats per party at a date, as a source gives them)."),
        ("administrations", "One row per administration (who ran a council from a date)."),
        ("sources", "One row per source: publisher, headline, addresses, publication date."),
        ("quotes", "One row per short attributed quote."),
        ("grievance-citations", "One row per reason given for a defection and each source citing it."),
    ];

    public static CsvTable? Build(string name, DatasetSnapshot data) => name switch
    {
        "defections" => Table(name, ["id", "date", "datePrecision", "kind", "fromParty", "toParty", "toGroupNotKnown", "council", "seatsChanged",
            "councilSource", "councillorCount", "councillors", "verification", "summary", "sources", "story"],
            data.Defections.SelectMany(d => (d.Councils is { Count: > 0 } councils ? councils : [new DefectionCouncilSeed(null, null, null)])
                .Select(c => new[]
                {
                    d.Id, d.Date?.Date, d.Date?.Precision, d.Kind, d.FromParty, d.ToParty, Bool(d.ToGroupNotKnown), c.Council, Int(c.SeatsChanged),
                    c.Source, Int(d.CouncillorCount), Join(d.Councillors), d.Verification, d.Summary, Join(d.Sources), d.Story,
                }))),
        "councillors" => Table(name, ["id", "name", "notes"], data.Councillors.Select(c => new[] { c.Id, c.Name, c.Notes })),
        "seats" => Table(name, ["councillor", "council", "ward", "from", "fromPrecision", "to", "toPrecision", "source"],
            data.Councillors.SelectMany(c => (c.Seats ?? []).Select(s => new[]
            {
                c.Id, s.Council, s.Ward, s.From?.Date, s.From?.Precision, s.To?.Date, s.To?.Precision, s.Source,
            }))),
        "affiliations" => Table(name, ["councillor", "party", "from", "fromPrecision", "to", "toPrecision", "endReason", "source"],
            data.Councillors.SelectMany(c => (c.Affiliations ?? []).Select(a => new[]
            {
                c.Id, a.Party, a.From?.Date, a.From?.Precision, a.To?.Date, a.To?.Precision, a.EndReason, a.Source,
            }))),
        "parties" => Table(name, ["id", "name", "shortName", "kind", "colour", "electoralCommissionId", "notes"],
            data.Parties.Select(p => new[] { p.Id, p.Name, p.ShortName, p.Kind, p.Colour, p.ElectoralCommissionId, p.Notes })),
        "councils" => Table(name, ["id", "name", "kind", "gssCode", "totalSeats", "area", "sources", "notes"],
            data.Councils.Select(c => new[] { c.Id, c.Name, c.Kind, c.GssCode, Int(c.TotalSeats), c.Area, Join(c.Sources), c.Notes })),
        "compositions" => Table(name, ["id", "council", "asOf", "asOfPrecision", "kind", "after", "party", "seats", "source", "notes"],
            data.Compositions.SelectMany(c => (c.Seats ?? []).Select(s => new[]
            {
                c.Id, c.Council, c.AsOf?.Date, c.AsOf?.Precision, c.Kind, c.After, s.Party, Int(s.Seats), c.Source, c.Notes,
            }))),
        "administrations" => Table(name, ["id", "council", "name", "from", "fromPrecision", "afterEvent", "kind", "parties", "leaderParty", "sources", "notes"],
            data.Administrations.Select(a => new[]
            {
                a.Id, a.Council, a.Name, a.From?.Date, a.From?.Precision, a.AfterEvent, a.Kind, Join(a.Parties), a.LeaderParty, Join(a.Sources), a.Notes,
            })),
        "sources" => Table(name, ["id", "publisher", "title", "headlineInferred", "readVia", "originalUrl", "mirrorUrl", "published", "publishedPrecision", "notes"],
            data.Sources.Select(s => new[]
            {
                s.Id, s.Publisher, s.Title, Bool(s.HeadlineInferred), s.ReadVia, s.OriginalUrl, s.MirrorUrl, s.Published?.Date, s.Published?.Precision, s.Notes,
            })),
        "quotes" => Table(name, ["id", "defection", "text", "speakerCouncillor", "speakerName", "speakerRole", "source"],
            data.Quotes.Select(q => new[] { q.Id, q.Defection, q.Text, q.SpeakerCouncillor, q.SpeakerName, q.SpeakerRole, q.Source })),
        "grievance-citations" => Table(name, ["defection", "grievance", "stated", "councillors", "source"],
            data.Defections.SelectMany(d => (d.Grievances ?? []).SelectMany(g =>
                (g.Sources is { Count: > 0 } several ? several : g.Source is { } one ? [one] : []).Select(source => new[]
                {
                    d.Id, g.Grievance, Bool(g.Attribution == "stated"), Join(g.Councillors), source,
                })))),
        _ => null,
    };

    public static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static CsvTable Table(string name, string[] columns, IEnumerable<string?[]> rows) =>
        new(name, All.Single(t => t.Name == name).Description, columns, [.. rows]);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string? Join(IEnumerable<string>? values) => values is null ? null : string.Join('|', values);
}
