using System.Data.Common;
using System.Globalization;
using DefectionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Search;

/// <summary>
/// What search keeps in memory of one build of the <see cref="SearchIndex"/>: for every document its facet values, whether a
/// grievance's synonyms reach it (<see cref="SearchDocument.Tagged"/>), its weight, its kind's rank and its date's rank.
/// With it a search narrows, counts its facets and orders its matches in memory: the database is asked only for the
/// text matches and for the one page shown (counting facets in SQL grouped tens of thousands of rows per search).
/// <para>Stamped with the index build it was read from (<c>search_index_state</c>), which every search reads in the same
/// transaction as its matches, so a snapshot of another build is never used with them. Built once per build of the index
/// (and warmed after start and each change, <see cref="SearchWarmStep"/>); about 40 bytes per document and facet value.</para>
/// </summary>
public sealed class SearchSnapshot
{
    private readonly int[] _facetStart;
    private readonly int[] _facetValues;
    private readonly Dictionary<(string Facet, string Value), int> _ids;
    private readonly bool[] _tagged;
    private readonly double[] _weight;
    private readonly byte[] _kindRank;
    private readonly int[] _dateRank;

    private SearchSnapshot(string stamp, int documents, int[] facetStart, int[] facetValues, (string Facet, string Value, string Label)[] values,
        bool[] tagged, double[] weight, byte[] kindRank, int[] dateRank)
    {
        Stamp = stamp;
        Documents = documents;
        _facetStart = facetStart;
        _facetValues = facetValues;
        Values = values;
        _ids = new Dictionary<(string, string), int>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            _ids[(values[i].Facet, values[i].Value)] = i;
        }

        _tagged = tagged;
        _weight = weight;
        _kindRank = kindRank;
        _dateRank = dateRank;
    }

    /// <summary>The build of the index this was read from.</summary>
    public string Stamp { get; }

    /// <summary>The highest document number (documents are numbered from 1 without gaps).</summary>
    public int Documents { get; }

    /// <summary>Every facet value, by its number.</summary>
    public IReadOnlyList<(string Facet, string Value, string Label)> Values { get; }

    public int? ValueId(string facet, string value) => _ids.TryGetValue((facet, value), out var id) ? id : null;

    public ReadOnlySpan<int> ValuesOf(int doc) =>
        doc < 1 || doc > Documents ? [] : _facetValues.AsSpan(_facetStart[doc], _facetStart[doc + 1] - _facetStart[doc]);

    public bool Has(int doc, int valueId) => ValuesOf(doc).Contains(valueId);

    public bool IsTagged(int doc) => doc >= 1 && doc <= Documents && _tagged[doc];

    /// <summary>
    /// The order of results: score (lower is better), then weight (higher first), kind, undated last, newest first, and the
    /// document number, as the index's SQL ordered them before.
    /// </summary>
    public int Compare((int Doc, double Score) a, (int Doc, double Score) b)
    {
        var c = a.Score.CompareTo(b.Score);
        if (c == 0)
        {
            c = _weight[b.Doc].CompareTo(_weight[a.Doc]);
        }

        if (c == 0)
        {
            c = _kindRank[a.Doc].CompareTo(_kindRank[b.Doc]);
        }

        if (c == 0)
        {
            c = (_dateRank[a.Doc] < 0).CompareTo(_dateRank[b.Doc] < 0);
        }

        if (c == 0)
        {
            c = _dateRank[b.Doc].CompareTo(_dateRank[a.Doc]);
        }

        return c != 0 ? c : a.Doc.CompareTo(b.Doc);
    }

    /// <summary>Reads the snapshot of the index as <paramref name="connection"/> sees it, in <paramref name="transaction"/>.</summary>
    public static async Task<SearchSnapshot> ReadAsync(string stamp, DbConnection connection, DbTransaction? transaction, bool postgres, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = (postgres ? "SELECT doc, kind_rank, weight, sort_date FROM search_index" : "SELECT rowid, kind_rank, weight, sort_date FROM search_index") +
                              ";\nSELECT doc, facet, value, label, tagged FROM search_facet";
        await using var reader = await command.ExecuteReaderAsync(ct);

        var kinds = new List<(int Doc, byte KindRank, double Weight, string? Date)>();
        var documents = 0;
        while (await reader.ReadAsync(ct))
        {
            var doc = checked((int)Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
            kinds.Add((doc, (byte)Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToDouble(reader.GetValue(2), CultureInfo.InvariantCulture),
                reader.IsDBNull(3) ? null : reader.GetString(3)));
            documents = Math.Max(documents, doc);
        }

        var tagged = new bool[documents + 1];
        var weight = new double[documents + 1];
        var kindRank = new byte[documents + 1];
        var dateRank = new int[documents + 1];
        var dates = kinds.Where(k => k.Date is not null).Select(k => k.Date!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i, StringComparer.Ordinal);
        foreach (var (doc, rank, w, date) in kinds)
        {
            kindRank[doc] = rank;
            weight[doc] = w;
            dateRank[doc] = date is null ? -1 : dates[date];
        }

        await reader.NextResultAsync(ct);
        var ids = new Dictionary<(string, string), int>();
        var values = new List<(string Facet, string Value, string Label)>();
        var rows = new List<(int Doc, int Value)>();
        var counts = new int[documents + 2];
        while (await reader.ReadAsync(ct))
        {
            var doc = checked((int)Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
            if (doc < 1 || doc > documents)
            {
                continue;
            }

            var key = (reader.GetString(1), reader.GetString(2));
            if (!ids.TryGetValue(key, out var id))
            {
                id = values.Count;
                ids[key] = id;
                values.Add((key.Item1, key.Item2, reader.GetString(3)));
            }

            rows.Add((doc, id));
            counts[doc + 1]++;
            tagged[doc] |= Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture) == 1;
        }

        // Each document's values side by side (a counting sort by document).
        var start = new int[documents + 2];
        for (var d = 1; d <= documents + 1; d++)
        {
            start[d] = start[d - 1] + counts[d];
        }

        var next = (int[])start.Clone();
        var facetValues = new int[rows.Count];
        foreach (var (doc, value) in rows)
        {
            facetValues[next[doc]++] = value;
        }

        return new SearchSnapshot(stamp, documents, start, facetValues, [.. values], tagged, weight, kindRank, dateRank);
    }
}

/// <summary>The latest <see cref="SearchSnapshot"/>, shared by every search (a singleton); read again when the index's stamp differs.</summary>
public sealed class SearchSnapshots : IDisposable
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    private volatile SearchSnapshot? _latest;

    public SearchSnapshot? Latest => _latest;

    /// <summary>
    /// The snapshot of the build stamped <paramref name="stamp"/>, read through <paramref name="connection"/> when the one
    /// kept is of another build. One search reads it at a time; the others wait for it rather than read it again.
    /// </summary>
    public async Task<SearchSnapshot> GetAsync(string stamp, DbConnection connection, DbTransaction? transaction, bool postgres, CancellationToken ct)
    {
        if (_latest is { } kept && kept.Stamp == stamp)
        {
            return kept;
        }

        await _reading.WaitAsync(ct);
        try
        {
            if (_latest is { } again && again.Stamp == stamp)
            {
                return again;
            }

            var read = await SearchSnapshot.ReadAsync(stamp, connection, transaction, postgres, ct);
            _latest = read;
            return read;
        }
        finally
        {
            _reading.Release();
        }
    }

    /// <summary>Reads the snapshot of the index as it is now, unless the one kept is of this build already.</summary>
    public async Task RefreshAsync(DefectionsDbContext db, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var transaction = await SearchStatements.BeginReadAsync(connection, postgres, ct);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = SearchStatements.StateSql;
            string? stamp = null;
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                if (await reader.ReadAsync(ct))
                {
                    stamp = SearchStatements.Stamp(reader);
                }
            }

            if (stamp is not null)
            {
                await GetAsync(stamp, connection, transaction, postgres, ct);
            }

            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public void Dispose() => _reading.Dispose();
}
