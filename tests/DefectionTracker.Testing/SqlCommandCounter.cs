using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DefectionTracker.Testing;

/// <summary>
/// Counts the SQL commands EF Core runs, so a test can catch N+1 queries on a page, and keeps each command's text and
/// parameters since the last <see cref="Reset"/>, so a test can ask SQLite how it would run them.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<RecordedCommand> _commands = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public IReadOnlyList<RecordedCommand> Commands => [.. _commands];

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        _commands.Clear();
    }

    private void Record(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        _commands.Enqueue(new RecordedCommand(command.CommandText,
            [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))]));
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}

/// <summary>One SQL command as it was sent: its text and its parameters' names and values.</summary>
public sealed record RecordedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
