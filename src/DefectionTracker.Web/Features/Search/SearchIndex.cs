using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using DefectionTracker.Web.Data;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DefectionTracker.Web.Features.Search;

/// <summary>
/// The SQLite FTS5 search index, kept in step with the data: rebuilt after a start whose seeding changed the data, and
/// whenever it is missing, empty, of an older layout or stamped with another data version than the database holds. It lives outside the EF model (FTS5 virtual tables are not
/// something EF migrations describe), so it is created here with raw SQL:
/// <c>search_index</c> (FTS5: title and body are searched, the rest is stored), <c>search_facet</c> (one row per
/// document and facet value; <c>tagged</c> marks rows that a grievance's synonyms reach, see
/// <see cref="SearchDocument.Tagged"/>; read whole into the <see cref="SearchSnapshot"/>, so it has no key or index to keep up), <c>search_index_state</c> (layout version and size) and <c>search_word</c> (the
/// vocabulary of "did you mean", see <see cref="SearchVocabulary"/>).
/// <para>On PostgreSQL the same tables are ordinary ones, <c>search_index</c> with a generated <c>tsvector</c> column
/// (English configuration, title weighted A, body D) under a GIN index, refilled with COPY; see <see cref="PostgresSearchSql"/>.
/// There a rebuild deletes and refills the rows in one transaction (readers keep the old rows meanwhile, by MVCC) and
/// drops the tables only when their layout changed. Several instances share the index: the one that changed the record
/// rebuilds it; the others are told of the change (<see cref="DatasetChangedElsewhereAsync"/>) and leave it be.</para>
/// </summary>
public sealed class SearchIndex(DefectionsDbContext db, StepPause pause, ILogger<SearchIndex> logger, SearchSnapshots? snapshots = null)
    : IDatasetListener, IReadOnlyCheck
{
    /// <summary>Bump when the tables' layout or what goes into them changes: an index of another version is rebuilt.</summary>
    public const int SchemaVersion = 5;

    private const string CreateSql = """
        DROP TABLE IF EXISTS search_index;
        DROP TABLE IF EXISTS search_facet;
        DROP TABLE IF EXISTS search_index_state;
        CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
            title, body,
            kind UNINDEXED, key UNINDEXED, url UNINDEXED, meta UNINDEXED, sort_date UNINDEXED, kind_rank UNINDEXED, weight UNINDEXED,
            tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE TABLE search_facet (
            doc INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL, label TEXT NOT NULL, tagged INTEGER NOT NULL);
        CREATE TABLE search_index_state (schema_version INTEGER NOT NULL, documents INTEGER NOT NULL, built_utc TEXT NOT NULL, data_version INTEGER NOT NULL);
        DROP TABLE IF EXISTS search_word;
        CREATE TABLE search_word (word TEXT NOT NULL PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
        """;

    private const string PostgresDropSql = "DROP TABLE IF EXISTS search_index, search_facet, search_index_state, search_word;";

    private const string PostgresCreateSql = $$"""
        CREATE TABLE IF NOT EXISTS search_index (
            doc bigint PRIMARY KEY, title text NOT NULL, body text NOT NULL,
            kind text NOT NULL, key text NOT NULL, url text NOT NULL, meta text NOT NULL, sort_date text, kind_rank integer NOT NULL,
            weight double precision NOT NULL,
            tsv tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('{{PostgresSearchSql.Config}}', title), 'A') || setweight(to_tsvector('{{PostgresSearchSql.Config}}', body), 'D')) STORED);
        CREATE INDEX IF NOT EXISTS search_index_tsv ON search_index USING GIN (tsv);
        CREATE TABLE IF NOT EXISTS search_facet (
            doc bigint NOT NULL, facet text NOT NULL, value text NOT NULL, label text NOT NULL, tagged integer NOT NULL);
        CREATE TABLE IF NOT EXISTS search_index_state (schema_version integer NOT NULL, documents integer NOT NULL, built_utc text NOT NULL, data_version bigint NOT NULL);
        CREATE TABLE IF NOT EXISTS search_word (word text PRIMARY KEY, documents integer NOT NULL);
        DELETE FROM search_index; DELETE FROM search_facet; DELETE FROM search_index_state; DELETE FROM search_word;
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

    /// <summary>After an edit: the index rebuilt, and the searches' snapshot of it read before the edit's answer (at
    /// national scale about a second), so the first search after an edit does not wait for it.</summary>
    public async Task RecordsChangedAsync(DataChange change, CancellationToken ct)
    {
        await RebuildAsync(ct);
        if (snapshots is not null)
        {
            await snapshots.RefreshAsync(db, ct);
        }
    }

    /// <summary>The instance that changed the record rebuilt the shared index; here there is nothing to write.</summary>
    public Task DatasetChangedElsewhereAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task<string?> NeedsWritingAsync(CancellationToken ct) =>
        await StateAsync(ct) is { } reason ? $"the search index ({reason})" : null;

    /// <summary>Why the index needs building (missing, empty, older layout, another data version), or null when it is current.</summary>
    public async Task<string?> StateAsync(CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        try
        {
            await using var tables = connection.CreateCommand();
            tables.CommandText = db.Database.IsNpgsql()
                ? $"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ({Tables})"
                : $"SELECT count(*) FROM sqlite_master WHERE name IN ({Tables})";
            if (Convert.ToInt32(await tables.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) != 4)
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
            var built = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);

            // One command at a time on a connection (PostgreSQL has nothing like SQLite's several open readers).
            await reader.DisposeAsync();
            var held = await DataVersionAsync(connection, ct);
            return built == held ? null : $"it was built from data version {built}, the database holds version {held}";
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private const string Tables = "'search_index', 'search_facet', 'search_index_state', 'search_word'";

    /// <summary>Drops and refills the index in one transaction: readers see the old index or the new one, never half.</summary>
    public async Task RebuildAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var documents = await SearchDocuments.LoadAsync(db, ct);
        var read = clock.ElapsedMilliseconds;
        if (db.Database.IsNpgsql())
        {
            // Two COPYs (documents, then facets) go over the documents twice, so here they are held; the vocabulary is
            // counted on another thread meanwhile.
            List<SearchDocument> held = [.. documents];
            await RebuildPostgresAsync(held, Task.Run(() => SearchVocabulary.Count(held), ct), ct);
            logger.LogInformation("Search index rebuilt: {Documents} documents in {Milliseconds} ms ({Read} ms to read the records)", held.Count, clock.ElapsedMilliseconds, read);
            return;
        }

        int written;
        var connection = (SqliteConnection)await OpenAsync(ct);
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
            insertFacet.CommandText = "INSERT INTO search_facet (doc, facet, value, label, tagged) VALUES ($doc, $facet, $value, $label, $tagged)";
            var f = new[] { "$doc", "$facet", "$value", "$label", "$tagged" }
                .ToDictionary(n => n, n => insertFacet.Parameters.Add(n, SqliteType.Text));
            f["$doc"].SqliteType = SqliteType.Integer;
            f["$tagged"].SqliteType = SqliteType.Integer;
            insertFacet.Prepare();

            var (made, vocabulary) = await StreamAsync(documents, async (document, rowid) =>
            {
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
            }, ct);
            written = made;

            await using (var insertWord = connection.CreateCommand())
            {
                insertWord.Transaction = transaction;
                insertWord.CommandText = "INSERT INTO search_word (word, documents) VALUES ($word, $documents)";
                var word = insertWord.Parameters.Add("$word", SqliteType.Text);
                var count = insertWord.Parameters.Add("$documents", SqliteType.Integer);
                foreach (var (w, n) in vocabulary)
                {
                    word.Value = w;
                    count.Value = n;
                    await insertWord.ExecuteNonQueryAsync(ct);
                }
            }

            await WriteStateAsync(connection, transaction, written, ct);

            await pause.AtAsync(StepPause.Indexing, ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        logger.LogInformation("Search index rebuilt: {Documents} documents in {Milliseconds} ms ({Read} ms to read the records)", written, clock.ElapsedMilliseconds, read);
    }

    /// <summary>
    /// The documents made (and their words counted) on another thread while <paramref name="write"/> writes each one here,
    /// numbered from 1; at most a thousand wait between the two, so the index is never held whole in memory.
    /// </summary>
    private static async Task<(int Documents, Dictionary<string, int> Vocabulary)> StreamAsync(
        IEnumerable<SearchDocument> documents, Func<SearchDocument, long, Task> write, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var channel = Channel.CreateBounded<SearchDocument>(new BoundedChannelOptions(1000) { SingleReader = true, SingleWriter = true });
        var words = new SearchVocabulary.Counter();
        var making = Task.Run(async () =>
        {
            try
            {
                foreach (var document in documents)
                {
                    words.Add(document);
                    await channel.Writer.WriteAsync(document, stop.Token);
                }

                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.TryComplete(e);
            }
        }, CancellationToken.None);

        var rowid = 0L;
        try
        {
            await foreach (var document in channel.Reader.ReadAllAsync(ct))
            {
                await write(document, ++rowid);
            }
        }
        finally
        {
            // A failed write stops the maker, which may be waiting for room.
            await stop.CancelAsync();
            await making;
        }

        return (checked((int)rowid), words.Counts);
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

    /// <summary>The PostgreSQL rebuild: one transaction, the rows written with binary COPY.</summary>
    private async Task RebuildPostgresAsync(List<SearchDocument> documents, Task<Dictionary<string, int>> vocabulary, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)await OpenAsync(ct);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using (var layout = connection.CreateCommand())
            {
                // One instance rebuilds at a time; another waits here, then refills from the data as it is by then.
                layout.CommandText = "SELECT pg_advisory_xact_lock(72017)";
                await layout.ExecuteNonQueryAsync(ct);
                layout.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'search_index_state'";
                if (Convert.ToInt32(await layout.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 1)
                {
                    layout.CommandText = "SELECT schema_version FROM search_index_state";
                    if (await layout.ExecuteScalarAsync(ct) is { } version and not DBNull && Convert.ToInt32(version, CultureInfo.InvariantCulture) != SchemaVersion)
                    {
                        layout.CommandText = PostgresDropSql;
                        await layout.ExecuteNonQueryAsync(ct);
                    }
                }

                layout.CommandText = PostgresCreateSql;
                await layout.ExecuteNonQueryAsync(ct);
            }

            var rowid = 0L;
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY search_index (doc, title, body, kind, key, url, meta, sort_date, kind_rank, weight) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var document in documents)
                {
                    rowid++;
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(rowid, NpgsqlTypes.NpgsqlDbType.Bigint, ct);
                    await copy.WriteAsync(Clean(document.Title), NpgsqlTypes.NpgsqlDbType.Text, ct);
                    await copy.WriteAsync(Clean(document.Body), NpgsqlTypes.NpgsqlDbType.Text, ct);
                    await copy.WriteAsync(document.Kind, NpgsqlTypes.NpgsqlDbType.Text, ct);
                    await copy.WriteAsync(document.Key, NpgsqlTypes.NpgsqlDbType.Text, ct);
                    await copy.WriteAsync(document.Url, NpgsqlTypes.NpgsqlDbType.Text, ct);
                    await copy.WriteAsync(Clean(document.Meta), NpgsqlTypes.NpgsqlDbType.Text, ct);
                    if (document.SortDate is { } date)
                    {
                        await copy.WriteAsync(date, NpgsqlTypes.NpgsqlDbType.Text, ct);
                    }
                    else
                    {
                        await copy.WriteNullAsync(ct);
                    }

                    await copy.WriteAsync(KindRank(document.Kind), NpgsqlTypes.NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(document.Weight, NpgsqlTypes.NpgsqlDbType.Double, ct);
                }

                await copy.CompleteAsync(ct);
            }

            await using (var copy = await connection.BeginBinaryImportAsync("COPY search_facet (doc, facet, value, label, tagged) FROM STDIN (FORMAT BINARY)", ct))
            {
                rowid = 0;
                foreach (var document in documents)
                {
                    rowid++;

                    foreach (var facet in document.Facets)
                    {
                        await copy.StartRowAsync(ct);
                        await copy.WriteAsync(rowid, NpgsqlTypes.NpgsqlDbType.Bigint, ct);
                        await copy.WriteAsync(facet.Facet, NpgsqlTypes.NpgsqlDbType.Text, ct);
                        await copy.WriteAsync(facet.Value, NpgsqlTypes.NpgsqlDbType.Text, ct);
                        await copy.WriteAsync(facet.Label, NpgsqlTypes.NpgsqlDbType.Text, ct);
                        await copy.WriteAsync(document.Tagged ? 1 : 0, NpgsqlTypes.NpgsqlDbType.Integer, ct);
                    }
                }

                await copy.CompleteAsync(ct);
            }

            await using (var copy = await connection.BeginBinaryImportAsync("COPY search_word (word, documents) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var (word, count) in await vocabulary)
                {
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(word, NpgsqlTypes.NpgsqlDbType.Text, ct);
                    await copy.WriteAsync(count, NpgsqlTypes.NpgsqlDbType.Integer, ct);
                }

                await copy.CompleteAsync(ct);
            }

            await WriteStateAsync(connection, transaction, documents.Count, ct);

            await pause.AtAsync(StepPause.Indexing, ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        // PostgreSQL refuses NUL characters in text, which SQLite stores.
        static string Clean(string? text) => SnippetMarkup.StripMarkers(text).Replace("\0", "", StringComparison.Ordinal);
    }

    /// <summary>The data version the database holds (SeedStates), which the index is stamped with; 0 before any write.</summary>
    /// <summary>The index's state row, the same on both providers: its layout, size, build time and the data version it holds.</summary>
    private static async Task WriteStateAsync(DbConnection connection, DbTransaction transaction, int documents, CancellationToken ct)
    {
        var dataVersion = await DataVersionAsync(connection, ct, transaction);
        await using var state = connection.CreateCommand();
        state.Transaction = transaction;
        state.CommandText = "INSERT INTO search_index_state (schema_version, documents, built_utc, data_version) VALUES (@version, @documents, @built, @data)";
        foreach (var (name, value) in new (string, object)[]
        {
            ("@data", dataVersion), ("@version", SchemaVersion), ("@documents", documents),
            ("@built", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
        })
        {
            var parameter = state.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            state.Parameters.Add(parameter);
        }

        await state.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> DataVersionAsync(DbConnection connection, CancellationToken ct, DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT \"DataVersion\" FROM \"SeedStates\" WHERE \"Id\" = 1";
        return await command.ExecuteScalarAsync(ct) is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        return db.Database.GetDbConnection();
    }
}
