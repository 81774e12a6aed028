using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace DefectionTracker.Web.Infrastructure;

/// <summary>
/// While a request is being answered, every text value in a log event may have come from the address, so each is cut
/// to <see cref="MaxLength"/> characters and its control characters are written as escapes (<c>\n</c>, <c>\u001b</c>):
/// a newline in a query cannot start a forged line in the console or a text log, and a 60 KB query cannot fill it.
/// Events outside a request (start-up, seeding) are the app's own words and are left as they are.
/// </summary>
public sealed class RequestInputEscaper(IHttpContextAccessor http) : ILogEventEnricher
{
    public const int MaxLength = 512;

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (http.HttpContext is null)
        {
            return;
        }

        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && NeedsEscaping(text))
            {
                (changed ??= []).Add(new LogEventProperty(name, new ScalarValue(Escape(text))));
            }
        }

        foreach (var property in changed ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    public static bool NeedsEscaping(string text) => text.Length > MaxLength || text.AsSpan().ContainsAnyInRange('\0', '\u001f')
        || text.AsSpan().ContainsAnyInRange('\u007f', '\u009f') || text.Contains('\u2028', StringComparison.Ordinal)
        || text.Contains('\u2029', StringComparison.Ordinal);

    /// <summary>The text cut to <see cref="MaxLength"/> characters, control characters as escapes.</summary>
    public static string Escape(string text)
    {
        var cut = text.Length > MaxLength ? text[..MaxLength] : text;
        var sb = new StringBuilder(cut.Length + 16);
        foreach (var c in cut)
        {
            _ = c switch
            {
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                '\t' => sb.Append("\\t"),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        if (text.Length > MaxLength)
        {
            sb.Append(CultureInfo.InvariantCulture, $"…({text.Length - MaxLength} more characters)");
        }

        return sb.ToString();
    }
}
