using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.OpenData;

/// <summary>
/// /data and its downloads. The files of each version of the data are made once (<see cref="DownloadStore"/>) and served
/// from disk until the data changes; the ETag names the data version.
/// </summary>
[DataETag]
public class OpenDataController(DatasetExporter exporter, DataStampQuery stamps, DownloadStore downloads, ILogger<OpenDataController> logger) : Controller
{
    [HttpGet("/data")]
    public async Task<IActionResult> Index(CancellationToken ct) => View((await downloads.GetAsync(exporter, stamps, ct)).Page);

    /// <summary>The whole dataset in the seeds/ format: the folder that fills an empty database, as a zip.</summary>
    [HttpGet("/data/dataset.zip")]
    public async Task<IActionResult> Dataset(CancellationToken ct) =>
        PhysicalFile(await FileAsync("dataset.zip", ct), "application/zip", "defectiontracker-dataset.zip");

    [HttpGet("/data/{name}.csv")]
    public async Task<IActionResult> Csv(string name, CancellationToken ct)
    {
        if (!CsvTables.All.Any(t => t.Name == name))
        {
            logger.LogWarning("No CSV table {Table}", name);
            return NotFound();
        }

        return PhysicalFile(await FileAsync(name + ".csv", ct), "text/csv; charset=utf-8", name + ".csv");
    }

    [HttpGet("/data/popolo.json")]
    public async Task<IActionResult> Popolo(CancellationToken ct) =>
        PhysicalFile(await FileAsync("popolo.json", ct), "application/json; charset=utf-8");

    private async Task<string> FileAsync(string name, CancellationToken ct) =>
        Path.Combine((await downloads.GetAsync(exporter, stamps, ct)).Folder, name);
}
