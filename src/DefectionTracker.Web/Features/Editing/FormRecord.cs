using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using DefectionTracker.Web.Features.Shared;
using Microsoft.Extensions.Primitives;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>
/// Reads a posted form into a record in the dataset's JSON, following the form's declaration. Inputs are named
/// <c>r.</c> + the JSON path (<c>r.councils[0].seatsChanged</c>), so a validator message about a field is shown next to
/// it. It starts from the record as stored, so fields a form does not show are kept as they are. Empty rows of a
/// repeated group are dropped; empty text is null, never "".
/// </summary>
public static class FormRecord
{
    public const string Prefix = "r.";

    public static (JsonObject Record, IReadOnlyList<FieldProblem> Problems) Read(
        EditForm form, IReadOnlyDictionary<string, StringValues> posted, JsonObject? stored)
    {
        var record = (JsonObject?)stored?.DeepClone() ?? [];
        var problems = new List<FieldProblem>();
        foreach (var part in form.Parts)
        {
            switch (part)
            {
                case FormField field:
                    record[field.Name] = Value(field, form.Kind.SeedType, Prefix + field.Name, posted, problems);
                    break;
                case FormGroup group:
                    var rowType = ElementType(form.Kind.SeedType, group.Name);
                    var rows = new JsonArray();
                    var count = int.TryParse(posted.GetValueOrDefault($"{Prefix}{group.Name}.rows").ToString(), out var n) ? Math.Clamp(n, 0, 200) : 0;
                    for (var i = 0; i < count; i++)
                    {
                        var row = (JsonObject?)(stored?[group.Name] as JsonArray)?.ElementAtOrDefault(i)?.DeepClone() ?? [];
                        var any = false;
                        foreach (var field in group.Fields)
                        {
                            var name = $"{Prefix}{group.Name}[{i}].{field.Name}";
                            var value = Value(field, rowType, name, posted, problems);
                            any |= value is not null && !(value is JsonArray { Count: 0 }) && !(value is JsonValue v && v.TryGetValue<bool>(out var b) && !b);
                            row[field.Name] = value;
                        }

                        if (any)
                        {
                            rows.Add(row);
                        }
                    }

                    record[group.Name] = rows;
                    break;
            }
        }

        foreach (var row in record.Select(p => p.Value).OfType<JsonArray>().SelectMany(a => a.OfType<JsonObject>()))
        {
            OneSourceOrSeveral(row);
        }

        return (record, problems);
    }

    /// <summary>
    /// A row with a "source" picker and a "further sources" list (a grievance's citation) is written as the dataset
    /// has it: "source" alone, or every source in "sources" with "source" left out; never an empty list.
    /// </summary>
    private static void OneSourceOrSeveral(JsonObject row)
    {
        if (row["sources"] is not JsonArray further || !row.ContainsKey("source"))
        {
            return;
        }

        if (further.Count == 0)
        {
            row.Remove("sources");
            return;
        }

        var all = new[] { row["source"]?.ToString() }.Concat(further.Select(x => x?.ToString()))
            .OfType<string>().Where(x => x.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        row["source"] = null;
        row["sources"] = new JsonArray([.. all.Select(x => (JsonNode)JsonValue.Create(x))]);
    }

    /// <summary>A readable id for a new record from its fields, when the editor left it empty.</summary>
    public static string SuggestId(RecordKind kind, JsonObject record)
    {
        string? Text(string name) => record[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var parts = kind.Name switch
        {
            "defections" => [
                (record["date"] as JsonObject)?["date"]?.GetValue<string>(),
                ((record["councils"] as JsonArray)?.FirstOrDefault() as JsonObject)?["council"]?.GetValue<string>(),
                Text("kind"), Text("fromParty")],
            "sources" => [Text("publisher"), Text("title")],
            "quotes" => [Text("speakerCouncillor") ?? Text("speakerName"), Text("text")],
            "compositions" or "administrations" => [Text("council"), (record[kind.Name == "compositions" ? "asOf" : "from"] as JsonObject)?["date"]?.GetValue<string>()],
            _ => new[] { Text("name") },
        };
        return Slug(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))), 60);
    }

    public static string Slug(string text, int max)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var s = slug.ToString().Trim('-');
        return (s.Length > max ? s[..max] : s).Trim('-');
    }

    private static JsonNode? Value(FormField field, Type owner, string name, IReadOnlyDictionary<string, StringValues> posted, List<FieldProblem> problems)
    {
        var raw = posted.GetValueOrDefault(name);
        var text = raw.ToString().Trim();
        var property = owner.GetProperty(field.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        switch (field.Input)
        {
            case FieldInput.Checkbox:
                return JsonValue.Create(raw.Any(v => v == "true"));
            case FieldInput.Choices:
                return new JsonArray([.. raw.OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)
                    .Select(v => (JsonNode)JsonValue.Create(v))]);
            case FieldInput.Number:
                if (text.Length == 0)
                {
                    return null;
                }

                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    return JsonValue.Create(number);
                }

                problems.Add(new FieldProblem(name, $"{field.Label}: '{text}' is not a whole number"));
                return JsonValue.Create(text);
            case FieldInput.Date:
                var date = posted.GetValueOrDefault(name + ".date").ToString().Trim();
                var precision = posted.GetValueOrDefault(name + ".precision").ToString().Trim();
                if (date.Length == 0)
                {
                    return null;
                }

                precision = precision.Length > 0 ? precision : date.Length switch { 4 => "year", 7 => "month", _ => "day" };
                return new JsonObject { ["date"] = date, ["precision"] = precision };
            case FieldInput.LongText when property?.PropertyType == typeof(List<string>):
                return new JsonArray([.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => (JsonNode)JsonValue.Create(l)!)]);
            default:
                return text.Length == 0 ? null : JsonValue.Create(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
    }

    private static Type ElementType(Type owner, string name)
    {
        var type = owner.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        return type is { IsGenericType: true } ? type.GetGenericArguments()[0] : typeof(object);
    }
}
