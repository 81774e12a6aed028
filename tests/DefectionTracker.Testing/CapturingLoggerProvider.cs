using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace DefectionTracker.Testing;

/// <summary>
/// Keeps every log event of an app under test, so tests can assert what was logged. The app logs through Serilog, so
/// this is a Serilog sink: AppFactory registers it as a service and the app's <c>ReadFrom.Services</c> writes to it.
/// </summary>
public sealed class CapturingLoggerProvider : ILogEventSink
{
    // The console's rendering ({Message:lj}: strings unquoted), not Serilog's default, which quotes every string.
    private static readonly MessageTemplateTextFormatter LiteralMessage = new("{Message:lj}", CultureInfo.InvariantCulture);

    public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

    public void Emit(LogEvent logEvent)
    {
        var category = logEvent.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: string name }
            ? name
            : string.Empty;
        using var message = new StringWriter(CultureInfo.InvariantCulture);
        LiteralMessage.Format(logEvent, message);

        // Serilog's levels are in the same order as Microsoft's (Verbose = Trace ... Fatal = Critical).
        Entries.Enqueue((category, (LogLevel)(int)logEvent.Level, message.ToString(), logEvent.Exception));
    }
}
