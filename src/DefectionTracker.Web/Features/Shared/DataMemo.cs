using DefectionTracker.Web.Data.Seeding;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>
/// What a page works out from the whole record and that changes only when the record does (the home page's figures, a
/// party's timeline and page), kept once worked out and shared by every request (a singleton). Any change of the data
/// empties it (<see cref="SharedValuesInvalidation"/>, told before the output cache is); a value worked out from data read
/// before a change is not kept. <see cref="CouncilHistoryWarmup"/> works out the most asked-for values again after each change, so
/// the first reader after an edit does not wait for them.
/// </summary>
public sealed class DataMemo
{
    private readonly Lock _lock = new();
    private Dictionary<string, object> _values = new(StringComparer.Ordinal);
    private long _generation;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _values.Count;
            }
        }
    }

    public bool Has(string key)
    {
        lock (_lock)
        {
            return _values.ContainsKey(key);
        }
    }

    /// <summary>The value under <paramref name="key"/>, worked out by <paramref name="load"/> when it is not kept.</summary>
    public async Task<T> GetOrAddAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken ct)
        where T : class
    {
        long generation;
        lock (_lock)
        {
            if (_values.TryGetValue(key, out var kept))
            {
                return (T)kept;
            }

            generation = _generation;
        }

        var value = await load(ct);
        lock (_lock)
        {
            if (generation == _generation)
            {
                // Copied, not changed in place: another request may be reading the dictionary.
                _values = new Dictionary<string, object>(_values, StringComparer.Ordinal) { [key] = value };
            }
        }

        return value;
    }

    /// <summary>The data changed: nothing kept is used again, and nothing being worked out from older data is kept.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _generation++;
            _values = new Dictionary<string, object>(StringComparer.Ordinal);
        }
    }
}

/// <summary>A page's value worth working out before anyone asks (after start and after each change): see <see cref="CouncilHistoryWarmup"/>.</summary>
public interface IWarmStep
{
    string Name { get; }

    /// <summary>Lower first; the long, less-read steps (every party's page) go after the rest.</summary>
    int Order => 0;

    Task WarmAsync(CancellationToken ct);
}
