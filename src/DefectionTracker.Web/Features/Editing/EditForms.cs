using System.Text.Json;
using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Features.Editing;

/// <summary>How a field is entered.</summary>
public enum FieldInput
{
    Text,
    LongText,
    Number,
    Checkbox,

    /// <summary>One of a list: a kind of record (a picker) or an enum's values.</summary>
    Choice,

    /// <summary>Several of a list (a multiple select).</summary>
    Choices,

    /// <summary>A date at its precision: ISO text ("2024-04-08", "2024-04", "2024") and the precision.</summary>
    Date,
}

/// <summary>
/// One field of a form, named by its path in the dataset's JSON (so the validator's messages land next to it).
/// <see cref="Options"/> names a kind of record to pick from ("parties") or an enum ("enum:Verification").
/// </summary>
public sealed record FormField(string Name, string Label, FieldInput Input, string? Options = null, string? Hint = null, bool Required = false);

/// <summary>A repeated group of fields (a defection's councils), shown as rows with <see cref="BlankRows"/> empty ones to fill.</summary>
public sealed record FormGroup(string Name, string Label, IReadOnlyList<FormField> Fields, int BlankRows = 2, string? Hint = null);

/// <summary>The form of one kind of record: its fields, in order, and its repeated groups.</summary>
public sealed record EditForm(RecordKind Kind, IReadOnlyList<object> Parts);

/// <summary>
/// The forms for every kind of record, declared once: the renderer (Views/Edit.cshtml) and the reader
/// (<see cref="FormRecord"/>) both follow these declarations, and the dataset's validator checks what they produce.
/// </summary>
public static class EditForms
{
    private static FormField Source(string name = "source", string label = "Source") => new(name, label, FieldInput.Choice, "sources");

    private static readonly FormField Id = new("id", "Id", FieldInput.Text,
        Hint: "A short stable name in lower case with hyphens, such as “2026-11-20-fellside-two-quit-labour”. Left empty, one is made from the record.");

    private static readonly FormField Notes = new("notes", "Notes", FieldInput.LongText, Hint: "What a reader should know that the fields do not say.");

    private static readonly Dictionary<string, EditForm> Forms = new[]
    {
        new EditForm(RecordKinds.Find("defections")!,
        [
            Id,
            new FormField("date", "Date of the event", FieldInput.Date, Hint: "As the source gives it: a day, a month or a year. Leave empty when not known."),
            new FormField("dateWithoutYear", "Day and month, when the source gives no year", FieldInput.Text,
                Hint: "Written --MM-DD (“--04-08” for 8 April), with the date above left empty. Never complete it with a guessed year."),
            new FormField("notBefore", "On or after", FieldInput.Date, Hint: "When a source bounds the date (“after 17 October”)."),
            new FormField("notAfter", "On or before", FieldInput.Date, Hint: "When a source bounds the date (“on or before 8 April 2024”)."),
            new FormField("dateDerived", "The date was worked out from the text, not stated", FieldInput.Checkbox),
            new FormField("dateBasis", "How it was worked out", FieldInput.Text, Hint: "Such as “‘on Monday’ in the Nelson Leader of 10 April 2024”."),
            new FormField("kind", "What happened", FieldInput.Choice, "enum:DefectionKind", Required: true),
            new FormField("fromParty", "Party left", FieldInput.Choice, "parties"),
            new FormField("toParty", "Party or group joined", FieldInput.Choice, "parties", "Empty when the sources do not say."),
            new FormField("toGroupNotKnown", "Sit as independents, group not known", FieldInput.Checkbox,
                Hint: "Only with “Independent” joined: the sources do not say whether they sit in a named group."),
            new FormGroup("councils", "Councils and seats moved",
            [
                new FormField("council", "Council", FieldInput.Choice, "councils"),
                new FormField("seatsChanged", "Seats moved there", FieldInput.Number, Hint: "Empty when the split between councils is not known."),
                Source(),
            ], Hint: "Each council where seats moved, with the number at that council."),
            new FormField("councillors", "Councillors named", FieldInput.Choices, "councillors", "Add a councillor first if they are not in the list."),
            new FormGroup("destinations", "A councillor's own destination",
            [
                new FormField("councillor", "Councillor", FieldInput.Choice, "councillors"),
                new FormField("toParty", "Joined", FieldInput.Choice, "parties", "Empty: not known for this councillor."),
                new FormField("toGroupNotKnown", "Independent, group not known", FieldInput.Checkbox),
                Source(),
            ], BlankRows: 1, Hint: "Only where a source gives one councillor a destination other than the event's."),
            new FormField("councillorCount", "How many councillors", FieldInput.Number, Hint: "Empty when the sources do not give a number."),
            new FormGroup("reportedCounts", "Counts as each source gives them",
            [
                new FormField("count", "Count", FieldInput.Number),
                Source(),
                new FormField("note", "Note", FieldInput.Text),
            ], Hint: "Where sources disagree, give each its own row: both values are kept and shown."),
            new FormField("summary", "Summary", FieldInput.LongText, Required: true, Hint: "One or two plain sentences, in our words."),
            new FormGroup("grievances", "Reasons given",
            [
                new FormField("grievance", "Grievance", FieldInput.Choice, "grievances"),
                new FormField("attribution", "Who says so", FieldInput.Choice, "enum:GrievanceAttribution", "Stated: a defector said it. Attributed: the press said it."),
                Source(),
                new FormField("sources", "Further sources citing it", FieldInput.Choices, "sources", "When several sources cite it; the first above."),
                new FormField("councillors", "Councillors who gave it", FieldInput.Choices, "councillors", "Empty: the group as a whole."),
            ]),
            new FormField("verification", "Verification", FieldInput.Choice, "enum:Verification", Required: true,
                Hint: "Confirmed needs two independent sources or an official one; setting it needs an editor."),
            new FormField("sources", "Sources", FieldInput.Choices, "sources"),
            new FormField("after", "Comes after the event", FieldInput.Choice, "defections",
                "Only when its date alone cannot place it (a month-only date in a month with other events)."),
            new FormField("story", "Part of the story", FieldInput.Choice, "stories", "Related events reported together."),
            Notes,
        ]),
        new EditForm(RecordKinds.Find("sources")!,
        [
            Id,
            new FormField("publisher", "Publisher", FieldInput.Text, Required: true),
            new FormField("title", "Headline or title", FieldInput.Text, Required: true),
            new FormField("headlineInferred", "The headline was worked out from the address, not read", FieldInput.Checkbox),
            new FormField("readVia", "Read at", FieldInput.Choice, "enum:SourceReadVia", Required: true),
            new FormField("originalUrl", "Publisher's address", FieldInput.Text, Hint: "Empty when not known; never guessed."),
            new FormField("mirrorUrl", "Copy (mirror) address", FieldInput.Text, Hint: "Only when it was read through a copy."),
            new FormField("published", "Published", FieldInput.Date),
            Notes,
        ]),
        new EditForm(RecordKinds.Find("councillors")!,
        [
            Id,
            new FormField("name", "Name", FieldInput.Text, Required: true),
            new FormGroup("seats", "Seats held",
            [
                new FormField("council", "Council", FieldInput.Choice, "councils"),
                new FormField("ward", "Ward", FieldInput.Text),
                new FormField("from", "From", FieldInput.Date),
                new FormField("to", "Until", FieldInput.Date),
                Source(),
            ]),
            new FormGroup("affiliations", "Parties and groups",
            [
                new FormField("party", "Party or group", FieldInput.Choice, "parties"),
                new FormField("from", "From", FieldInput.Date),
                new FormField("to", "Until", FieldInput.Date),
                new FormField("endReason", "How it ended", FieldInput.Choice, "enum:AffiliationEnd"),
                Source(),
            ]),
            Notes,
        ]),
        new EditForm(RecordKinds.Find("parties")!,
        [
            Id,
            new FormField("name", "Name", FieldInput.Text, Required: true),
            new FormField("shortName", "Short name", FieldInput.Text),
            new FormField("kind", "Kind", FieldInput.Choice, "enum:PartyKind", Required: true),
            new FormField("colour", "Colour", FieldInput.Text, Hint: "#RRGGBB, readable with white text."),
            new FormField("colourSource", "Where the colour comes from", FieldInput.Text),
            new FormField("electoralCommissionId", "Electoral Commission id", FieldInput.Text, Hint: "Such as PP53."),
            Notes,
        ]),
        new EditForm(RecordKinds.Find("councils")!,
        [
            Id,
            new FormField("name", "Name", FieldInput.Text, Required: true),
            new FormField("kind", "Kind", FieldInput.Choice, "enum:CouncilKind", Required: true),
            new FormField("gssCode", "GSS code", FieldInput.Text),
            new FormField("totalSeats", "Seats", FieldInput.Number),
            new FormField("area", "Area", FieldInput.Text),
            new FormField("sources", "Sources", FieldInput.Choices, "sources"),
            Notes,
        ]),
        new EditForm(RecordKinds.Find("compositions")!,
        [
            Id,
            new FormField("council", "Council", FieldInput.Choice, "councils"),
            new FormField("asOf", "As of", FieldInput.Date),
            new FormField("kind", "Kind", FieldInput.Choice, "enum:CompositionKind", Required: true),
            Source(),
            new FormGroup("seats", "Seats by party", [new FormField("party", "Party or group", FieldInput.Choice, "parties"), new FormField("seats", "Seats", FieldInput.Number)], BlankRows: 4),
            new FormField("after", "Stated after the event", FieldInput.Choice, "defections"),
            Notes,
        ]),
        new EditForm(RecordKinds.Find("administrations")!,
        [
            Id,
            new FormField("council", "Council", FieldInput.Choice, "councils"),
            new FormField("name", "Name", FieldInput.Text),
            new FormField("from", "From", FieldInput.Date),
            new FormField("afterEvent", "After the event", FieldInput.Choice, "defections"),
            new FormField("kind", "Kind", FieldInput.Choice, "enum:AdministrationKind", Required: true),
            new FormField("parties", "Parties, the leader's first", FieldInput.Choices, "parties"),
            new FormField("leaderParty", "Leader's party", FieldInput.Choice, "parties"),
            new FormField("sources", "Sources", FieldInput.Choices, "sources"),
            Notes,
        ]),
        new EditForm(RecordKinds.Find("quotes")!,
        [
            Id,
            new FormField("defection", "Event", FieldInput.Choice, "defections"),
            new FormField("text", "Words quoted", FieldInput.LongText, Required: true, Hint: "A short quote, exactly as published."),
            new FormField("speakerCouncillor", "Speaker (a recorded councillor)", FieldInput.Choice, "councillors"),
            new FormField("speakerName", "Speaker's name, when not a recorded councillor", FieldInput.Text),
            new FormField("speakerRole", "Speaker's role", FieldInput.Text),
            Source(),
        ]),
        new EditForm(RecordKinds.Find("grievances")!,
        [
            Id,
            new FormField("name", "Name", FieldInput.Text, Required: true),
            new FormField("description", "Description", FieldInput.LongText),
            new FormField("synonyms", "Words that mean it (one per line)", FieldInput.LongText),
        ]),
    }.ToDictionary(f => f.Kind.Name, StringComparer.Ordinal);

    public static EditForm? For(string kind) => Forms.GetValueOrDefault(kind);

    /// <summary>Every form, in the order of <see cref="RecordKinds.All"/>.</summary>
    public static IReadOnlyList<EditForm> All => [.. RecordKinds.All.Select(k => Forms[k.Name])];

    /// <summary>The values of an enum as the dataset spells them, with their wording for people.</summary>
    public static IReadOnlyList<(string Value, string Label)> EnumOptions(string name)
    {
        var type = name switch
        {
            "DefectionKind" => typeof(DefectionKind),
            "Verification" => typeof(Verification),
            "GrievanceAttribution" => typeof(GrievanceAttribution),
            "SourceReadVia" => typeof(SourceReadVia),
            "AffiliationEnd" => typeof(AffiliationEnd),
            "PartyKind" => typeof(PartyKind),
            "CouncilKind" => typeof(CouncilKind),
            "CompositionKind" => typeof(CompositionKind),
            "AdministrationKind" => typeof(AdministrationKind),
            _ => throw new ArgumentException($"no enum {name}", nameof(name)),
        };
        return Enum.GetNames(type).Select(n => (JsonNamingPolicy.CamelCase.ConvertName(n), Spaced(n))).ToList();
    }

    private static string Spaced(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
