using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.OpenData;

/// <summary>
/// /data and its downloads. Each file is made on request from one export of the database; the output cache keeps it
/// until the data changes (a change evicts every cached answer), and the ETag names the data version.
/// </summary>
[DataETag]
public class OpenDataController(DatasetExporter exporter, DataStampQuery stamps, ILogger<OpenDataController> logger) : Controller
{
    [HttpGet("/data")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var data = await DatasetSnapshot.TakeAsync(exporter, ct);
        return View(DataPageViewModel.From(data, await stamps.GetAsync(ct)));
    }

    /// <summary>The whole dataset in the seeds/ format: the folder that fills an empty database, as a zip.</summary>
    [HttpGet("/data/dataset.zip")]
    public async Task<IActionResult> Dataset(CancellationToken ct)
    {
        var data = await DatasetSnapshot.TakeAsync(exporter, ct);
        return File(data.ToZip(Licence.Text), "application/zip", "defectiontracker-dataset.zip");
    }

    [HttpGet("/data/{name}.csv")]
    public async Task<IActionResult> Csv(string name, CancellationToken ct)
    {
        if (!CsvTables.All.Any(t => t.Name == name))
        {
            logger.LogWarning("No CSV table {Table}", name);
            return NotFound();
        }

        var table = CsvTables.Build(name, await DatasetSnapshot.TakeAsync(exporter, ct))!;
        return File(table.ToBytes(), "text/csv; charset=utf-8", table.FileName);
    }

    [HttpGet("/data/popolo.json")]
    public async Task<IActionResult> Popolo(CancellationToken ct) =>
        File(PopoloExport.ToBytes(PopoloExport.Build(await DatasetSnapshot.TakeAsync(exporter, ct))), "application/json; charset=utf-8");
}
