using System.Diagnostics;
using System.Globalization;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Search;

/// <summary>
/// The SQLite FTS5 search index, kept in step with the data: rebuilt after a start whose seeding changed the data, and
/// whenever it is missing, empty, of an older layout or stamped with another data version than the database holds. It lives outside the EF model (FTS5 virtual tables are not
/// something EF migrations describe), so it is created here with raw SQL:
/// <c>search_index</c> (FTS5: title and body are searched, the rest is stored), <c>search_facet</c> (one row per
/// document and facet value; <c>tagged</c> marks rows that a grievance's synonyms reach, see
/// <see cref="SearchDocument.Tagged"/>) and <c>search_index_state</c> (layout version and size).
/// </summary>
public sealed class SearchIndex(DefectionsDbContext db, StepPause pause, ILogger<SearchIndex> logger) : IDatasetListener, IReadOnlyCheck
{
    /// <summary>Bump when the tables' layout or what goes into them changes: an index of another version is rebuilt.</summary>
    public const int SchemaVersion = 3;

    private const string CreateSql = """
        DROP TABLE IF EXISTS search_index;
        DROP TABLE IF EXISTS search_facet;
        DROP TABLE IF EXISTS search_index_state;
        CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
            title, body,
            kind UNINDEXED, key UNINDEXED, url UNINDEXED, meta UNINDEXED, sort_date UNINDEXED, kind_rank UNINDEXED, weight UNINDEXED,
            tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE TABLE search_facet (
            doc INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL, label TEXT NOT NULL, tagged INTEGER NOT NULL,
            PRIMARY KEY (facet, value, doc)) WITHOUT ROWID;
        CREATE INDEX search_facet_doc ON search_facet (doc, facet);
        CREATE TABLE search_index_state (schema_version INTEGER NOT NULL, documents INTEGER NOT NULL, built_utc TEXT NOT NULL, data_version INTEGER NOT NULL);
        """;

    public async Task DatasetLoadedAsync(bool dataChanged, CancellationToken ct)
    {
        if (dataChanged)
        {
            await RebuildAsync(ct);
            return;
        }

        if (await StateAsync(ct) is { } reason)
        {
            logger.LogInformation("Rebuilding the search index: {Reason}", reason);
            await RebuildAsync(ct);
        }
    }

    public async Task<string?> NeedsWritingAsync(CancellationToken ct) =>
        await StateAsync(ct) is { } reason ? $"the search index ({reason})" : null;

    /// <summary>Why the index needs building (missing, empty, older layout, another data version), or null when it is current.</summary>
    public async Task<string?> StateAsync(CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        try
        {
            await using var tables = connection.CreateCommand();
            tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE name IN ('search_index', 'search_facet', 'search_index_state')";
            if (Convert.ToInt32(await tables.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) != 3)
            {
                return "it is missing";
            }

            // The layout first: an older layout's state table may not have the columns read below.
            await using var layout = connection.CreateCommand();
            layout.CommandText = "SELECT schema_version FROM search_index_state";
            if (await layout.ExecuteScalarAsync(ct) is not { } version || version is DBNull)
            {
                return "it has no state";
            }

            if (Convert.ToInt32(version, CultureInfo.InvariantCulture) != SchemaVersion)
            {
                return $"its layout is version {version}, not {SchemaVersion}";
            }

            await using var state = connection.CreateCommand();
            state.CommandText = "SELECT (SELECT EXISTS (SELECT 1 FROM search_index)), data_version FROM search_index_state";
            await using var reader = await state.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);

            if (!reader.GetBoolean(0))
            {
                return "it is empty";
            }

            // A crash between a write's commit and the index's rebuild leaves an index of the data before it.
            var built = reader.GetInt64(1);
            var held = await DataVersionAsync(connection, ct);
            return built == held ? null : $"it was built from data version {built}, the database holds version {held}";
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Drops and refills the index in one transaction: readers see the old index or the new one, never half.</summary>
    public async Task RebuildAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var documents = await SearchDocuments.LoadAsync(db, ct);
        var connection = await OpenAsync(ct);
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            await using (var create = connection.CreateCommand())
            {
                create.Transaction = transaction;
                create.CommandText = CreateSql;
                await create.ExecuteNonQueryAsync(ct);
            }

            await using var insertDocument = connection.CreateCommand();
            insertDocument.Transaction = transaction;
            insertDocument.CommandText = """
                INSERT INTO search_index (rowid, title, body, kind, key, url, meta, sort_date, kind_rank, weight)
                VALUES ($doc, $title, $body, $kind, $key, $url, $meta, $sort_date, $kind_rank, $weight)
                """;
            var d = new[] { "$doc", "$title", "$body", "$kind", "$key", "$url", "$meta", "$sort_date", "$kind_rank", "$weight" }
                .ToDictionary(n => n, n => insertDocument.Parameters.Add(n, SqliteType.Text));
            d["$doc"].SqliteType = SqliteType.Integer;
            d["$kind_rank"].SqliteType = SqliteType.Integer;
            d["$weight"].SqliteType = SqliteType.Real;
            insertDocument.Prepare();

            await using var insertFacet = connection.CreateCommand();
            insertFacet.Transaction = transaction;
            insertFacet.CommandText = "INSERT OR IGNORE INTO search_facet (doc, facet, value, label, tagged) VALUES ($doc, $facet, $value, $label, $tagged)";
            var f = new[] { "$doc", "$facet", "$value", "$label", "$tagged" }
                .ToDictionary(n => n, n => insertFacet.Parameters.Add(n, SqliteType.Text));
            f["$doc"].SqliteType = SqliteType.Integer;
            f["$tagged"].SqliteType = SqliteType.Integer;
            insertFacet.Prepare();

            var rowid = 0L;
            foreach (var document in documents)
            {
                rowid++;
                d["$doc"].Value = rowid;
                d["$title"].Value = SnippetMarkup.StripMarkers(document.Title);
                d["$body"].Value = SnippetMarkup.StripMarkers(document.Body);
                d["$kind"].Value = document.Kind;
                d["$key"].Value = document.Key;
                d["$url"].Value = document.Url;
                d["$meta"].Value = document.Meta;
                d["$sort_date"].Value = (object?)document.SortDate ?? DBNull.Value;
                d["$kind_rank"].Value = KindRank(document.Kind);
                d["$weight"].Value = document.Weight;
                await insertDocument.ExecuteNonQueryAsync(ct);

                foreach (var facet in document.Facets)
                {
                    f["$doc"].Value = rowid;
                    f["$facet"].Value = facet.Facet;
                    f["$value"].Value = facet.Value;
                    f["$label"].Value = facet.Label;
                    f["$tagged"].Value = document.Tagged ? 1 : 0;
                    await insertFacet.ExecuteNonQueryAsync(ct);
                }
            }

            await using (var state = connection.CreateCommand())
            {
                state.Transaction = transaction;
                state.CommandText = "INSERT INTO search_index_state (schema_version, documents, built_utc, data_version) VALUES ($version, $documents, $built, $data)";
                state.Parameters.AddWithValue("$data", await DataVersionAsync(connection, ct, transaction));
                state.Parameters.AddWithValue("$version", SchemaVersion);
                state.Parameters.AddWithValue("$documents", documents.Count);
                state.Parameters.AddWithValue("$built", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                await state.ExecuteNonQueryAsync(ct);
            }

            await pause.AtAsync(StepPause.Indexing, ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        logger.LogInformation("Search index rebuilt: {Documents} documents in {Milliseconds} ms", documents.Count, clock.ElapsedMilliseconds);
    }

    /// <summary>Among results that rank equally (and rows reached only through a grievance tag): events first, sources last.</summary>
    public static int KindRank(string kind) => kind switch
    {
        SearchDocuments.Kinds.Grievance => 0,
        SearchDocuments.Kinds.Defection => 1,
        SearchDocuments.Kinds.Quote => 2,
        SearchDocuments.Kinds.Council => 3,
        SearchDocuments.Kinds.Councillor => 4,
        SearchDocuments.Kinds.Party => 5,
        _ => 6,
    };

    /// <summary>The data version the database holds (SeedStates), which the index is stamped with; 0 before any write.</summary>
    private static async Task<long> DataVersionAsync(SqliteConnection connection, CancellationToken ct, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT DataVersion FROM SeedStates WHERE Id = 1";
        return await command.ExecuteScalarAsync(ct) is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        return (SqliteConnection)db.Database.GetDbConnection();
    }
}
