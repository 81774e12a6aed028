using System.Text;
using CsvHelper;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Import;

/// <summary>One row of a council's councillor list: its line in the file (the header is line 1) and what it says.</summary>
public sealed record ListedCouncillor(int Line, string Name, string? Ward, string Party, string? Council);

/// <summary>
/// A council's councillor list as CSV, in Open Council Data's columns (council, ward, councillor, party), read with
/// CsvHelper. The header names are matched whatever their case; councillor and party are required, council and ward read
/// when present. Every problem names its line and column, for a 400 form error, never a 500.
/// </summary>
public static class CouncillorList
{
    public const int MaxBytes = 1_000_000;

    public const int MaxRows = 2_000;

    /// <summary>Each column and the header names it goes by (Open Council Data's first).</summary>
    public static readonly IReadOnlyList<(string Column, bool Required, string[] Headers)> Columns =
    [
        ("councillor", true, ["councillor", "councillor name", "name", "councillorname"]),
        ("party", true, ["party", "party name", "partyname", "political party"]),
        ("ward", false, ["ward", "ward name", "wardname", "division", "electoral division"]),
        ("council", false, ["council", "council name", "councilname", "authority"]),
    ];

    /// <summary>The rows of <paramref name="csv"/>, or the first problem with it; <paramref name="council"/> is the council the list must be of.</summary>
    public static (IReadOnlyList<ListedCouncillor> Rows, FieldProblem? Problem) Read(byte[] csv, KnownCouncil council)
    {
        if (csv.Length > MaxBytes)
        {
            return ([], new FieldProblem("file", $"The file is {csv.Length / 1000:N0} kB: a councillor list can be at most {MaxBytes / 1000:N0} kB."));
        }

        if (new UTF8Encoding(false, false).GetString(csv).Trim('\uFEFF', ' ', '\t', '\r', '\n').Length == 0)
        {
            return ([], new FieldProblem("file", "The file is empty: it needs a header line (councillor, party; council and ward if you have them) and a line per councillor."));
        }

        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MaxRecordSize = 64 * 1024,
        };
        try
        {
            using var reader = CsvReader.Create(csv, options);
            string[] header = [.. reader.Headers.Select(h => h.Trim())];
            var at = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (column, required, names) in Columns)
            {
                var index = Array.FindIndex(header, h => names.Contains(h.ToLowerInvariant(), StringComparer.Ordinal));
                if (index >= 0)
                {
                    at[column] = index;
                }
                else if (required)
                {
                    return ([], new FieldProblem("file", $"The list has no “{column}” column (its header line is: {string.Join(", ", header.Select(h => $"“{h}”"))}). "
                        + "Required columns: councillor, party; read when present: council, ward. Header names may be in any case."));
                }
            }

            var rows = new List<ListedCouncillor>();
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                string? Cell(string column) => at.TryGetValue(column, out var i) && i < reader.FieldCount && reader.GetString(i).Trim() is { Length: > 0 } v ? v : null;
                var name = Cell("councillor");
                var party = Cell("party");
                if (name is null && party is null)
                {
                    continue;
                }

                if (name is null)
                {
                    return ([], new FieldProblem("file", $"Line {line} has no councillor's name (column “{header[at["councillor"]]}”)."));
                }

                if (name.Equals("vacant", StringComparison.OrdinalIgnoreCase) || name.Equals("vacancy", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (party is null)
                {
                    return ([], new FieldProblem("file", $"Line {line} ({name}) has no party (column “{header[at["party"]]}”): write “Independent” for a councillor of no party."));
                }

                var listedCouncil = Cell("council");
                if (listedCouncil is not null && !IsCouncil(listedCouncil, council))
                {
                    return ([], new FieldProblem("file", $"Line {line} is a councillor of “{listedCouncil}” (column “{header[at["council"]]}”), not of {council.Name}: "
                        + "upload one council's list, and choose that council."));
                }

                if (rows.Count == MaxRows)
                {
                    return ([], new FieldProblem("file", $"The list has more than {MaxRows:N0} councillors (line {line}): no council has that many; is it one council's list?"));
                }

                rows.Add(new ListedCouncillor(line, name, Cell("ward"), party, listedCouncil));
            }

            return rows.Count == 0
                ? ([], new FieldProblem("file", "The list has a header line but no councillors."))
                : (rows, null);
        }
        catch (CsvFormatException e)
        {
            return ([], new FieldProblem("file", $"The file is not readable as CSV{(e.LineNumber > 0 ? $" at line {e.LineNumber}" : "")}: check its quotes and commas."));
        }
    }

    /// <summary>Whether the list's council column names this council: its name, short name, slug or another name it goes by.</summary>
    public static bool IsCouncil(string written, KnownCouncil council)
    {
        var key = Key(written);
        return new[] { council.Name, council.ShortName, council.Slug.Replace('-', ' ') }.Concat(council.AlternativeNames)
            .Any(n => Key(n) == key || Key(n) == key + " council");
    }

    private static string Key(string name) => string.Join(' ', name.Replace('-', ' ').Replace('&', ' ')
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
