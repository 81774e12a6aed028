using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>
/// Stops a running SQLite statement when its cancellation token fires (the client went away or the time limit was
/// reached). Microsoft.Data.Sqlite checks the token only before it starts; without this a slow query runs to the end
/// for nobody. The interrupt is registered from the moment a command runs until its reader is disposed, while the
/// connection is certainly open; disposing the registration waits for a callback already running.
/// </summary>
public sealed class SqliteInterruptOnCancel : DbCommandInterceptor
{
    private readonly ConditionalWeakTable<DbCommand, Registration> _running = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return result;
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return result;
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    private void Watch(DbCommand command, CancellationToken ct)
    {
        if (!ct.CanBeCanceled || command.Connection is not SqliteConnection connection)
        {
            return;
        }

        Release(command);
        _running.Add(command, new Registration(ct.Register(static state => Interrupt((SqliteConnection)state!), connection)));
    }

    private void Release(DbCommand command)
    {
        if (_running.TryGetValue(command, out var registration))
        {
            _running.Remove(command);
            registration.Token.Dispose();
        }
    }

    private static void Interrupt(SqliteConnection connection)
    {
        if (connection.Handle is { } handle)
        {
            SQLitePCL.raw.sqlite3_interrupt(handle);
        }
    }

    private sealed record Registration(CancellationTokenRegistration Token);
}

/// <summary>
/// Tells EF Core that a statement SQLite reports as interrupted was cancelled (only <see cref="SqliteInterruptOnCancel"/>
/// interrupts), so EF logs it as a cancelled query at Debug rather than as a failed command at Error.
/// </summary>
public sealed class SqliteCancellationDetector : Microsoft.EntityFrameworkCore.Storage.IExceptionDetector
{
    private const int SqliteInterrupt = 9;

    public bool IsCancellation(Exception exception, CancellationToken cancellationToken = default) =>
        exception is OperationCanceledException or SqliteException { SqliteErrorCode: SqliteInterrupt };
}
