using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.OpenData;

/// <summary>
/// The downloads of one version of the data, made once: the first request after a change exports the record and writes
/// every file (the zip, each CSV, Popolo) into a folder of its own, and works out the /data page's figures; every
/// request after that is served from those files until the data changes again (<see cref="DownloadInvalidation"/>).
/// An anonymous request therefore never makes the export run twice for one version, and no file is held in memory.
/// </summary>
public sealed class DownloadStore : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "defectiontracker-downloads-" + Guid.NewGuid().ToString("N"));
    private long _generation;
    private Made? _made;

    /// <summary>What one version's downloads are: the folder of files and the page's figures.</summary>
    public sealed record Made(long Generation, string Folder, DataPageViewModel Page);

    public async Task<Made> GetAsync(DatasetExporter exporter, DataStampQuery stamps, CancellationToken ct)
    {
        var generation = Interlocked.Read(ref _generation);
        if (Volatile.Read(ref _made) is { } made && made.Generation == generation)
        {
            return made;
        }

        await _gate.WaitAsync(ct);
        try
        {
            generation = Interlocked.Read(ref _generation);
            if (_made is { } again && again.Generation == generation)
            {
                return again;
            }

            var folder = Path.Combine(_root, generation.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var data = await DatasetSnapshot.TakeAsync(exporter, ct);
            await File.WriteAllBytesAsync(Path.Combine(folder, "dataset.zip"), data.ToZip(Licence.Text), ct);
            await File.WriteAllBytesAsync(Path.Combine(folder, "popolo.json"), PopoloExport.ToBytes(PopoloExport.Build(data)), ct);
            foreach (var (name, _) in CsvTables.All)
            {
                await File.WriteAllBytesAsync(Path.Combine(folder, name + ".csv"), CsvTables.Build(name, data)!.ToBytes(), ct);
            }

            var page = DataPageViewModel.From(data, await stamps.GetAsync(ct));
            var previous = _made;
            _made = new Made(generation, folder, page);
            if (previous is not null)
            {
                TryDelete(previous.Folder);
            }

            return _made;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The data changed: the next request makes the files again.</summary>
    public void Clear() => Interlocked.Increment(ref _generation);

    public void Dispose()
    {
        _gate.Dispose();
        TryDelete(_root);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still being sent: it goes with the next version's clean-up, or with the process's temp folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Tells <see cref="DownloadStore"/> when the data changed (a start or import that changed it, an edit, another instance).</summary>
public sealed class DownloadInvalidation(DownloadStore store) : IDatasetListener
{
    public Task DatasetLoadedAsync(bool dataChanged, CancellationToken ct)
    {
        if (dataChanged)
        {
            store.Clear();
        }

        return Task.CompletedTask;
    }
}
