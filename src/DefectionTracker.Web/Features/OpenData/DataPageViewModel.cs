using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.OpenData;

/// <summary>The licence of the data and the terms of what it is made from.</summary>
public static class Licence
{
    public const string Name = "Creative Commons Attribution 4.0 International (CC BY 4.0)";

    public const string Url = "https://creativecommons.org/licenses/by/4.0/";

    public const string Attribution = "DefectionTracker, a sourced record of UK councillors leaving their parties";

    public static readonly string Text =
        $"""
        DefectionTracker dataset

        The compilation (the records, their fields and the links between them) is licensed under {Name}:
        {Url}
        Credit it as "{Attribution}", with the address of the page or file you used.

        Upstream sources keep their own terms. Every fact names its source (sources.json): the articles' publishers own
        their articles; this dataset holds their headlines, addresses and short attributed quotes, not their text.
        Records imported from mySociety's register of councillors are mySociety's, under CC BY 4.0
        (https://www.mysociety.org/), and are credited to it where they are used.

        Unknown values are null: nothing in this dataset is estimated.
        """;
}

public sealed record DownloadViewModel(string Href, string Title, string Description, string Format, int? Rows);

public sealed record PublisherCreditViewModel(string Publisher, int Sources, string? ExampleUrl);

public sealed record DataPageViewModel(
    DataStampViewModel Stamp,
    int Defections,
    int Councils,
    int Councillors,
    int Sources,
    string? EarliestDate,
    string? LatestDate,
    IReadOnlyList<DownloadViewModel> Downloads,
    IReadOnlyList<PublisherCreditViewModel> Publishers)
{
    public static DataPageViewModel From(DatasetSnapshot data, DataStampViewModel stamp)
    {
        var dates = data.Defections.Select(d => d.Date?.Date).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var downloads = new List<DownloadViewModel>
        {
            new("/data/dataset.zip", "The whole dataset", "Every record in the seeds/ JSON format, one file per kind of record: the folder that fills an empty database, with the licence.", "ZIP of JSON", null),
            new("/data/popolo.json", "Popolo", "Councillors (persons), parties and councils (organizations) and party memberships with on_behalf_of_id, start and end dates and reasons, and a source each.", "JSON", null),
        };
        downloads.AddRange(CsvTables.All.Select(t => new DownloadViewModel($"/data/{t.Name}.csv", t.Name, t.Description, "CSV",
            CsvTables.Build(t.Name, data)!.Rows.Count)));
        var publishers = data.Sources.GroupBy(s => s.Publisher ?? "Publisher not known")
            .Select(g => new PublisherCreditViewModel(g.Key, g.Count(), g.Select(s => s.OriginalUrl ?? s.MirrorUrl).FirstOrDefault(u => u is not null)))
            .OrderBy(p => p.Publisher, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new DataPageViewModel(stamp, data.Defections.Count, data.Councils.Count, data.Councillors.Count, data.Sources.Count,
            dates.FirstOrDefault(), dates.LastOrDefault(), downloads, publishers);
    }
}
