using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DefectionTracker.Web.Domain;
using F23.StringSimilarity;

namespace DefectionTracker.Web.Data.Seeding;

/// <summary>
/// Reads the JSON files of a dataset folder, validates every record and reference, and maps them to entities.
/// Every problem is reported as "file: record 'id' (#n): field: what is wrong".
/// </summary>
public sealed class SeedLoader
{
    public const string PartiesFile = "parties.json";
    public const string CouncilsFile = "councils.json";
    public const string SourcesFile = "sources.json";
    public const string GrievancesFile = "grievances.json";
    public const string CouncillorsFile = "councillors.json";
    public const string CompositionsFile = "compositions.json";
    public const string DefectionsFile = "defections.json";
    public const string QuotesFile = "quotes.json";
    public const string AdministrationsFile = "administrations.json";

    /// <summary>Optional: a dataset without stories has none.</summary>
    public const string StoriesFile = "stories.json";

    /// <summary>Optional: the UK council register (a dataset without one places no council beyond its own).</summary>
    public const string RegisterFile = "register.json";

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly string[] Files =
        [PartiesFile, CouncilsFile, SourcesFile, GrievancesFile, CouncillorsFile, CompositionsFile, DefectionsFile, QuotesFile, AdministrationsFile, StoriesFile, RegisterFile];

    private readonly List<string> _errors = [];

    /// <summary>Today, by the clock the loader was given: a date after it is refused (no event is reported in advance).</summary>
    private readonly DateOnly _today;

    private SeedLoader(TimeProvider clock) => _today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The dataset's content hash, the same as <see cref="SeedDataset.ContentHash"/>, without parsing: a restart with
    /// an unchanged dataset (validated when it was applied) need not read it again. Null when a file is missing.
    /// </summary>
    public static string? ComputeHash(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                if (file is StoriesFile or RegisterFile)
                {
                    continue;
                }

                return null;
            }

            hash.AppendData(Encoding.UTF8.GetBytes(file));
            hash.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public static SeedDataset Load(string folder) => Load(folder, TimeProvider.System);

    /// <summary>Loads and validates a dataset; <paramref name="clock"/> says what "today" is for the future-date check.</summary>
    public static SeedDataset Load(string folder, TimeProvider clock) => new SeedLoader(clock).LoadFolder(folder);

    private SeedDataset LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new SeedValidationException([$"the dataset folder '{Path.GetFullPath(folder)}' does not exist (set Seeds:Path)"]);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var parties = Read<PartySeed>(folder, PartiesFile, hash);
        var councils = Read<CouncilSeed>(folder, CouncilsFile, hash);
        var sources = Read<SourceSeed>(folder, SourcesFile, hash);
        var grievances = Read<GrievanceSeed>(folder, GrievancesFile, hash);
        var councillors = Read<CouncillorSeed>(folder, CouncillorsFile, hash);
        var compositions = Read<CompositionSeed>(folder, CompositionsFile, hash);
        var defections = Read<DefectionSeed>(folder, DefectionsFile, hash);
        var quotes = Read<QuoteSeed>(folder, QuotesFile, hash);
        var administrations = Read<AdministrationSeed>(folder, AdministrationsFile, hash);
        var stories = File.Exists(Path.Combine(folder, StoriesFile)) ? Read<StorySeed>(folder, StoriesFile, hash) : [];
        var register = File.Exists(Path.Combine(folder, RegisterFile)) ? Read<RegisterSeed>(folder, RegisterFile, hash) : [];
        ThrowIfErrors();

        var sourceIds = Ids(SourcesFile, sources, s => s.Id);
        var partyIds = Ids(PartiesFile, parties, p => p.Id);
        var councilIds = Ids(CouncilsFile, councils, c => c.Id);
        var grievanceIds = Ids(GrievancesFile, grievances, g => g.Id);
        var councillorIds = Ids(CouncillorsFile, councillors, c => c.Id);
        var defectionIds = Ids(DefectionsFile, defections, d => d.Id);
        Ids(CompositionsFile, compositions, c => c.Id);
        Ids(QuotesFile, quotes, q => q.Id);
        Ids(AdministrationsFile, administrations, a => a.Id);
        var storyIds = Ids(StoriesFile, stories, s => s.Id);
        var registerIds = Ids(RegisterFile, register, c => c.Id);
        ThrowIfErrors();

        var independents = parties.Where(p => string.Equals(p.Kind, "independent", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Id!).ToHashSet(StringComparer.Ordinal);
        var refs = new References(sourceIds, partyIds, councilIds, grievanceIds, councillorIds, defectionIds, storyIds, independents);
        var dataset = new SeedDataset(
            Map(PartiesFile, parties, p => p.Id, MapParty),
            Map(CouncilsFile, councils, c => c.Id, (r, c) => MapCouncil(r, c, refs)),
            Map(SourcesFile, sources, s => s.Id, MapSource),
            Map(GrievancesFile, grievances, g => g.Id, MapGrievance),
            Map(CouncillorsFile, councillors, c => c.Id, (r, c) => MapCouncillor(r, c, refs)),
            Map(CompositionsFile, compositions, c => c.Id, (r, c) => MapComposition(r, c, refs, councils)),
            Map(DefectionsFile, defections, d => d.Id, (r, d) => MapDefection(r, d, refs)),
            Map(QuotesFile, quotes, q => q.Id, (r, q) => MapQuote(r, q, refs)),
            Map(AdministrationsFile, administrations, a => a.Id, (r, a) => MapAdministration(r, a, refs, defections)),
            Convert.ToHexString(hash.GetHashAndReset()))
        {
            Stories = Map(StoriesFile, stories, s => s.Id, (r, s) => MapStory(r, s, refs)),
            Register = Map(RegisterFile, register, c => c.Id, (r, c) => MapRegistered(r, c, registerIds)),
        };
        CheckRegisterCodesAreUnique(dataset.Register);
        CheckAdministrationsCanBeOrdered(dataset.Administrations);
        CheckEachAddressNamesOneSource(sources);
        ThrowIfErrors();
        var published = dataset.Sources.ToDictionary(s => s.Id, s => s.Published, StringComparer.Ordinal);
        foreach (var d in dataset.Defections)
        {
            d.OrderDate = DefectionDates.Of(d, published).OrderDate;
        }

        CheckOrdering(dataset);
        ThrowIfErrors();
        var sequence = DefectionOrder.Sequence(dataset.Defections.Select(d => (d.OrderDate, d.Id, d.After)));
        var position = sequence.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        foreach (var d in dataset.Defections)
        {
            d.Sequence = position[d.Id];
        }

        foreach (var (story, i) in dataset.Stories.Select((x, i) => (x, i)))
        {
            if (!dataset.Defections.Any(d => d.StoryId == story.Id))
            {
                new RecordContext(this, StoriesFile, story.Id, i + 1).Error("id", "no event names this story in its 'story' field");
            }
        }

        CheckSeatsMovedWereHeld(dataset);
        CheckAffiliationsAgreeWithEvents(dataset);
        ThrowIfErrors();
        return dataset;
    }

    /// <summary>
    /// What the order of events and snapshots needs from the editor: "after" links that point at an event that can come
    /// first, without loops; and a snapshot whose date holds an event at its council (a month snapshot, an event in that
    /// month) must say with "after" that its figures include the event, or the replay would count the event twice or not
    /// at all without a word.
    /// </summary>
    private void CheckOrdering(SeedDataset dataset)
    {
        var byId = dataset.Defections.ToDictionary(d => d.Id, StringComparer.Ordinal);
        for (var i = 0; i < dataset.Defections.Count; i++)
        {
            var d = dataset.Defections[i];
            if (d.After is not { } after || !byId.TryGetValue(after, out var earlier))
            {
                continue;
            }

            var r = new RecordContext(this, DefectionsFile, d.Id, i + 1);
            var chain = new List<string> { d.Id };
            for (var next = earlier; next is not null; next = next.After is { } a ? byId.GetValueOrDefault(a) : null)
            {
                chain.Add(next.Id);
                if (next.Id == d.Id || chain.Count > byId.Count + 1)
                {
                    r.Error("after", $"the 'after' links form a loop: {string.Join(" → ", chain)}");
                    break;
                }
            }

            if (d.OrderDate.End is { } end && earlier.OrderDate.Start is { } start && end < start)
            {
                r.Error("after", $"the event is dated {d.OrderDate.ToDisplay()}, so it cannot follow '{after}' of {earlier.OrderDate.ToDisplay()}");
            }
        }

        var byCouncil = dataset.Defections.SelectMany(d => d.Councils.Select(c => (c.CouncilSlug, Defection: d)))
            .ToLookup(x => x.CouncilSlug, x => x.Defection, StringComparer.Ordinal);
        for (var i = 0; i < dataset.Compositions.Count; i++)
        {
            var c = dataset.Compositions[i];
            var r = new RecordContext(this, CompositionsFile, c.Id, i + 1);
            if (c.After is { } after)
            {
                if (!byCouncil[c.CouncilSlug].Any(d => d.Id == after))
                {
                    r.Error("after", $"the event '{after}' touches no seat at '{c.CouncilSlug}'");
                }
                else if (byId[after].Date.Start is { } start && c.AsOf.End is { } end && end < start)
                {
                    r.Error("after", $"the figures are dated {c.AsOf.ToDisplay()}, before the event '{after}' of {byId[after].Date.ToDisplay()}");
                }

                continue;
            }

            foreach (var d in byCouncil[c.CouncilSlug].Where(d => DefectionOrder.OrderOpen(c.AsOf, d.OrderDate)))
            {
                r.Error("asOf", $"{c.AsOf.ToDisplay()} holds the event '{d.Id}' ({d.OrderDate.ToDisplay()}) at this council, so whether "
                    + $"these figures include it is not known: add \"after\": \"{d.Id}\" if they do, or give the figures' exact date");
            }
        }
    }

    /// <summary>
    /// Seats moved at a council cannot be more than the party held there just before the event, as the replay of the
    /// council's compositions and earlier events gives it (<see cref="CouncilHistory"/>; skipped where that is unknown).
    /// </summary>
    private void CheckSeatsMovedWereHeld(SeedDataset dataset)
    {
        var index = dataset.Defections.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var byId = dataset.Defections.ToDictionary(d => d.Id, StringComparer.Ordinal);
        // Each council's events and snapshots in record order, grouped once (not a pass over every event per council).
        var changesAt = dataset.Defections.SelectMany(d => d.Councils.Select(c => (c.CouncilSlug,
                Change: new SeatChange(d.Id, d.OrderDate, d.FromPartySlug, d.ToPartySlug, c.SeatsChanged, d.Sequence, d.After))))
            .ToLookup(x => x.CouncilSlug, x => x.Change, StringComparer.Ordinal);
        var snapshotsAt = dataset.Compositions.ToLookup(c => c.CouncilSlug, c => new CompositionSnapshot(
            c.Id, c.AsOf, c.Kind, c.SourceId, c.Seats.ToDictionary(x => x.PartySlug, x => x.Seats, StringComparer.Ordinal), c.After), StringComparer.Ordinal);
        foreach (var council in dataset.Councils)
        {
            var history = CouncilHistory.Build(council.TotalSeats, snapshotsAt[council.Slug], changesAt[council.Slug]);
            foreach (var effect in history.Effects.Values.Where(e => e.Shortfall > 0 && e.Before.IsKnown).OrderBy(e => index[e.DefectionId]))
            {
                var d = byId[effect.DefectionId];
                var i = d.Councils.FindIndex(c => c.CouncilSlug == council.Slug);
                var held = effect.Before[d.FromPartySlug];
                new RecordContext(this, DefectionsFile, d.Id, index[d.Id] + 1).Error($"councils[{i}].seatsChanged",
                    $"{d.Councils[i].SeatsChanged} seats moved from '{d.FromPartySlug}' at '{council.Slug}', but the party held "
                    + $"{held} there just before the event (from the compositions and the earlier events): fix the count, or record the missing event or composition");
            }
        }
    }

    /// <summary>
    /// The councillors an event names agree with their affiliations: one listed as leaving party X has an affiliation to
    /// X that ends in the event's period, and, where a destination is stated, one to the destination that starts then.
    /// Dates not known on either side are not checked; unverified reports (whose councillors are only named in the
    /// report) and events that moved no seat (the councillor had already left the group) are skipped.
    /// </summary>
    private void CheckAffiliationsAgreeWithEvents(SeedDataset dataset)
    {
        var councillors = dataset.Councillors.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        for (var i = 0; i < dataset.Defections.Count; i++)
        {
            var d = dataset.Defections[i];
            if (d.Verification == Verification.Unverified || (d.Councils.Count > 0 && d.Councils.All(c => c.SeatsChanged == 0)))
            {
                continue;
            }

            var (lo, hi) = d.Date.IsKnown
                ? (d.Date.Start!.Value, d.Date.End!.Value)
                : (d.NotBefore.Start ?? DateOnly.MinValue, d.NotAfter.End ?? d.OrderDate.End ?? DateOnly.MaxValue);
            var r = new RecordContext(this, DefectionsFile, d.Id, i + 1);
            for (var j = 0; j < d.Councillors.Count; j++)
            {
                var row = d.Councillors[j];
                if (!councillors.TryGetValue(row.CouncillorSlug, out var councillor))
                {
                    continue;
                }

                var ended = councillor.Affiliations.Where(a => a.PartySlug == d.FromPartySlug && a.EndReason is not null).ToList();
                if (ended.Count == 0)
                {
                    r.Error($"councillors[{j}]", $"'{row.CouncillorSlug}' is listed as leaving '{d.FromPartySlug}', but has no affiliation to it that ends "
                        + $"(councillors.json): add one ending {d.Date.ToDisplay()}, or correct the event");
                }
                else if (!ended.Any(a => Overlaps(a.To, lo, hi)))
                {
                    r.Error($"councillors[{j}]", $"'{row.CouncillorSlug}' is listed as leaving '{d.FromPartySlug}' {Period(lo, hi)}, but their affiliation to it "
                        + $"ends {string.Join(" or ", ended.Select(a => a.To.ToDisplay()))} (councillors.json)");
                }

                var to = row.OwnDestination ? row.ToPartySlug : d.ToPartySlug;
                if (to is null)
                {
                    continue;
                }

                var joined = councillor.Affiliations.Where(a => a.PartySlug == to).ToList();
                if (joined.Count == 0)
                {
                    r.Error($"councillors[{j}]", $"'{row.CouncillorSlug}' is recorded as going to '{to}', but has no affiliation to it (councillors.json)");
                }
                else if (!joined.Any(a => Overlaps(a.From, lo, hi)))
                {
                    r.Error($"councillors[{j}]", $"'{row.CouncillorSlug}' is recorded as going to '{to}' {Period(lo, hi)}, but their affiliation to it "
                        + $"starts {string.Join(" or ", joined.Select(a => a.From.ToDisplay()))} (councillors.json)");
                }
            }
        }

        static bool Overlaps(PartialDate date, DateOnly lo, DateOnly hi) =>
            date.Start is not { } start || date.End is not { } end || (start <= hi && end >= lo);

        static string Period(DateOnly lo, DateOnly hi) =>
            lo == hi ? $"on {lo:yyyy-MM-dd}"
            : lo == DateOnly.MinValue ? $"on or before {hi:yyyy-MM-dd}"
            : hi == DateOnly.MaxValue ? $"on or after {lo:yyyy-MM-dd}"
            : $"between {lo:yyyy-MM-dd} and {hi:yyyy-MM-dd}";
    }

    /// <summary>
    /// One page is one source: the same address (as an original or a mirror) under two records would cite one page
    /// twice as if it were two. Addresses are compared without the scheme, "www." and a trailing slash.
    /// </summary>
    private void CheckEachAddressNamesOneSource(List<SourceSeed> sources)
    {
        var seen = new Dictionary<string, (string Id, string Field)>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            var s = sources[i];
            var r = new RecordContext(this, SourcesFile, s.Id ?? "", i + 1);
            foreach (var (url, field) in new[] { (s.OriginalUrl, "originalUrl"), (s.MirrorUrl, "mirrorUrl") })
            {
                if (url is null || AddressKey(url) is not { } key)
                {
                    continue;
                }

                if (seen.TryGetValue(key, out var first))
                {
                    r.Error(field, first.Id == r.Id
                        ? $"'{url}' is also this source's {first.Field}: a mirror is a different address from the original"
                        : $"'{url}' is already the {first.Field} of source '{first.Id}': one page is one source");
                }
                else
                {
                    seen[key] = (r.Id, field);
                }
            }
        }
    }

    private static string? AddressKey(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        return host + uri.PathAndQuery.TrimEnd('/');
    }

    private void ThrowIfErrors()
    {
        if (_errors.Count > 0)
        {
            throw new SeedValidationException([.. _errors]);
        }
    }

    private List<T> Read<T>(string folder, string file, IncrementalHash hash)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            _errors.Add($"{file}: the file is missing from '{Path.GetFullPath(folder)}'");
            return [];
        }

        var bytes = File.ReadAllBytes(path);
        hash.AppendData(Encoding.UTF8.GetBytes(file));
        hash.AppendData(bytes);
        try
        {
            var records = JsonSerializer.Deserialize<List<T>>(bytes, JsonOptions);
            if (records is null)
            {
                _errors.Add($"{file}: expected a JSON array of records, found null");
                return [];
            }

            if (records.Any(r => r is null))
            {
                _errors.Add($"{file}: record #{records.FindIndex(r => r is null) + 1} is null");
                return [];
            }

            return records;
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            var field = string.IsNullOrEmpty(e.Path) ? "" : $" (field {e.Path})";
            _errors.Add($"{file}: invalid JSON{where}{field}: {FirstSentence(e.Message)}");
            return [];
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private HashSet<string> Ids<T>(string file, List<T> records, Func<T, string?> id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var value = id(records[i]);
            if (string.IsNullOrWhiteSpace(value))
            {
                _errors.Add($"{file}: record #{i + 1}: field 'id': is missing");
            }
            else if (!IsSlug(value))
            {
                _errors.Add($"{file}: record '{value}' (#{i + 1}): field 'id': must be lowercase letters, digits and hyphens");
            }
            else if (!seen.Add(value))
            {
                _errors.Add($"{file}: record '{value}' (#{i + 1}): field 'id': duplicate id '{value}'");
            }
        }

        return seen;
    }

    private static bool IsSlug(string value) =>
        value.Length <= 120 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private List<TEntity> Map<TSeed, TEntity>(string file, List<TSeed> records, Func<TSeed, string?> id,
        Func<RecordContext, TSeed, TEntity?> map)
        where TEntity : class
    {
        var result = new List<TEntity>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var context = new RecordContext(this, file, id(records[i]) ?? "", i + 1);
            if (map(context, records[i]) is { } entity)
            {
                result.Add(entity);
            }
        }

        return result;
    }

    private static Party MapParty(RecordContext r, PartySeed p)
    {
        var colour = r.Required(p.Colour, "colour");
        if (colour.Length != 7 || colour[0] != '#' || !colour[1..].All(char.IsAsciiHexDigit))
        {
            r.Error("colour", $"'{colour}' is not a #RRGGBB colour");
        }

        return new Party
        {
            Slug = r.Id,
            Name = r.Required(p.Name, "name"),
            ShortName = p.ShortName ?? p.Name ?? "",
            Kind = r.Enum<PartyKind>(p.Kind, "kind"),
            Colour = colour,
            ColourSource = p.ColourSource,
            ElectoralCommissionId = p.ElectoralCommissionId,
            Notes = p.Notes,
        };
    }

    private static Council MapCouncil(RecordContext r, CouncilSeed c, References refs)
    {
        if (c.TotalSeats is <= 0)
        {
            r.Error("totalSeats", $"{c.TotalSeats} is not a number of seats");
        }

        if (c.GssCode is { } gss && (gss.Length != 9 || !char.IsAsciiLetterUpper(gss[0]) || !gss[1..].All(char.IsAsciiDigit)))
        {
            r.Error("gssCode", $"'{gss}' is not a GSS code (a letter and eight digits, e.g. E07000172)");
        }

        return new Council
        {
            Slug = r.Id,
            Name = r.Required(c.Name, "name"),
            Kind = r.Enum<CouncilKind>(c.Kind, "kind"),
            GssCode = c.GssCode,
            TotalSeats = c.TotalSeats,
            Area = c.Area,
            Notes = c.Notes,
            Sources = (c.Sources ?? []).Distinct(StringComparer.Ordinal)
                .Select(s => r.Reference(s, refs.Sources, "sources", "source"))
                .Where(s => s is not null)
                .Select(s => new CouncilSource { CouncilSlug = r.Id, SourceId = s! })
                .ToList(),
        };
    }

    private static RegisteredCouncil MapRegistered(RecordContext r, RegisterSeed c, HashSet<string> registerIds)
    {
        CheckGss(r, c.GssCode, "gssCode");
        var former = c.FormerGssCodes ?? [];
        for (var i = 0; i < former.Count; i++)
        {
            CheckGss(r, former[i], $"formerGssCodes[{i}]");
        }

        var replacedBy = c.ReplacedBy ?? [];
        for (var i = 0; i < replacedBy.Count; i++)
        {
            r.Reference(replacedBy[i], registerIds, $"replacedBy[{i}]", "register council");
            if (replacedBy[i] == r.Id)
            {
                r.Error($"replacedBy[{i}]", "a council cannot succeed itself");
            }
        }

        var start = r.Day(c.StartDate, "startDate");
        var end = r.Day(c.EndDate, "endDate");
        if (start is { } s && end is { } e && e < s)
        {
            r.Error("endDate", $"{e:yyyy-MM-dd} is before the start date {s:yyyy-MM-dd}");
        }

        if (replacedBy.Count > 0 && end is null)
        {
            r.Error("endDate", "is missing: a council replaced by another has ended");
        }

        if (c.Latitude is < 49 or > 61)
        {
            r.Error("latitude", $"{c.Latitude} is not a UK latitude (49 to 61)");
        }

        if (c.Longitude is < -9 or > 2)
        {
            r.Error("longitude", $"{c.Longitude} is not a UK longitude (-9 to 2)");
        }

        if ((c.Latitude is null) != (c.Longitude is null))
        {
            r.Error(c.Latitude is null ? "latitude" : "longitude", "is missing while the other coordinate is given");
        }

        var alternatives = (c.AlternativeNames ?? []).Select(a => a.Trim()).ToList();
        if (alternatives.FindIndex(a => a.Length == 0 || a.Contains('|', StringComparison.Ordinal)) is var bad and >= 0)
        {
            r.Error($"alternativeNames[{bad}]", "is empty or holds a '|'");
        }

        return new RegisteredCouncil
        {
            Slug = r.Id,
            Code = r.Required(c.Code, "code"),
            Name = r.Required(c.Name, "name"),
            ShortName = r.Required(c.ShortName, "shortName"),
            AlternativeNames = string.Join('|', alternatives),
            GssCode = c.GssCode,
            FormerGssCodes = string.Join('|', former),
            Kind = r.Enum<CouncilKind>(c.Kind, "kind"),
            Type = r.Required(c.Type, "type"),
            Nation = c.Nation,
            Region = c.Region,
            County = c.County,
            StartDate = start,
            EndDate = end,
            ReplacedBy = string.Join('|', replacedBy),
            Latitude = c.Latitude,
            Longitude = c.Longitude,
        };
    }

    private static void CheckGss(RecordContext r, string? gss, string field)
    {
        if (gss is not null && (gss.Length != 9 || !char.IsAsciiLetterUpper(gss[0]) || !gss[1..].All(char.IsAsciiDigit)))
        {
            r.Error(field, $"'{gss}' is not a GSS code (a letter and eight digits, e.g. E07000172)");
        }
    }

    /// <summary>A GSS code, present or former, places one council: two holding it would make a look-up a guess.</summary>
    private void CheckRegisterCodesAreUnique(IReadOnlyList<RegisteredCouncil> register)
    {
        var holder = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < register.Count; i++)
        {
            var c = register[i];
            var codes = (c.GssCode is null ? Array.Empty<string>() : [c.GssCode]).Concat(RegisteredCouncil.Split(c.FormerGssCodes));
            foreach (var code in codes.Distinct(StringComparer.Ordinal))
            {
                if (!holder.TryAdd(code, c.Slug))
                {
                    new RecordContext(this, RegisterFile, c.Slug, i + 1).Error("gssCode", $"the code '{code}' is also held by '{holder[code]}'");
                }
            }

            if (!holder.TryAdd("code:" + c.Code, c.Slug))
            {
                new RecordContext(this, RegisterFile, c.Slug, i + 1).Error("code", $"'{c.Code}' is also the code of '{holder["code:" + c.Code]}'");
            }
        }
    }

    private static Source MapSource(RecordContext r, SourceSeed s)
    {
        var readVia = r.Enum<SourceReadVia>(s.ReadVia, "readVia");
        if (s.ReadVia is not null && readVia == SourceReadVia.Mirror && s.MirrorUrl is null)
        {
            r.Error("mirrorUrl", "is missing: a source read via a mirror gives the address of the copy that was read");
        }
        else if (readVia == SourceReadVia.Original && s.MirrorUrl is not null)
        {
            r.Error("mirrorUrl", "must be null for a source read at the original (readVia \"original\"); set readVia to \"mirror\"");
        }

        return new Source
        {
            Id = r.Id,
            Publisher = r.Required(s.Publisher, "publisher"),
            Title = s.Title,
            HeadlineInferred = s.HeadlineInferred,
            ReadVia = readVia,
            OriginalUrl = r.Url(s.OriginalUrl, "originalUrl"),
            MirrorUrl = r.Url(s.MirrorUrl, "mirrorUrl"),
            Published = r.Date(s.Published, "published"),
            SeedArticle = s.SeedArticle,
            Notes = s.Notes,
        };
    }

    private static Grievance MapGrievance(RecordContext r, GrievanceSeed g) => new()
    {
        Slug = r.Id,
        Name = r.Required(g.Name, "name"),
        Description = r.Required(g.Description, "description"),
        Synonyms = string.Join('|', (g.Synonyms ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim())),
    };

    private static Councillor MapCouncillor(RecordContext r, CouncillorSeed c, References refs)
    {
        var seats = (c.Seats ?? []).Select((s, i) =>
        {
            var field = $"seats[{i}]";
            return new Seat
            {
                CouncillorSlug = r.Id,
                CouncilSlug = r.Reference(s.Council, refs.Councils, field + ".council", "council") ?? "",
                Ward = s.Ward,
                From = r.Date(s.From, field + ".from"),
                To = r.Date(s.To, field + ".to"),
                SourceId = r.OptionalReference(s.Source, refs.Sources, field + ".source", "source"),
            };
        }).ToList();
        var affiliations = (c.Affiliations ?? []).Select((a, i) =>
        {
            var field = $"affiliations[{i}]";
            var affiliation = new Affiliation
            {
                CouncillorSlug = r.Id,
                PartySlug = r.Reference(a.Party, refs.Parties, field + ".party", "party") ?? "",
                From = r.Date(a.From, field + ".from"),
                To = r.Date(a.To, field + ".to"),
                EndReason = a.EndReason is null ? null : r.Enum<AffiliationEnd>(a.EndReason, field + ".endReason"),
                SourceId = r.OptionalReference(a.Source, refs.Sources, field + ".source", "source"),
            };
            r.CheckOrder(affiliation.From, affiliation.To, field);
            return affiliation;
        }).ToList();
        return new Councillor { Slug = r.Id, Name = r.Required(c.Name, "name"), Notes = c.Notes, Seats = seats, Affiliations = affiliations };
    }

    private static Composition MapComposition(RecordContext r, CompositionSeed c, References refs, List<CouncilSeed> councils)
    {
        var councilSlug = r.Reference(c.Council, refs.Councils, "council", "council") ?? "";
        var seats = (c.Seats ?? []).Select((s, i) =>
        {
            if (s.Seats < 0)
            {
                r.Error($"seats[{i}].seats", $"{s.Seats} is negative");
            }

            return new CompositionSeat
            {
                CompositionId = r.Id,
                PartySlug = r.Reference(s.Party, refs.Parties, $"seats[{i}].party", "party") ?? "",
                Seats = s.Seats,
            };
        }).ToList();
        if (seats.Count == 0)
        {
            r.Error("seats", "is empty: a composition lists seats per party");
        }

        foreach (var duplicate in seats.GroupBy(s => s.PartySlug).Where(g => g.Count() > 1))
        {
            r.Error("seats", $"party '{duplicate.Key}' is listed more than once");
        }

        var total = councils.FirstOrDefault(x => x.Id == councilSlug)?.TotalSeats;
        var sum = seats.Sum(s => s.Seats);
        if (total is { } t && sum > t)
        {
            r.Error("seats", $"the seats add up to {sum}, more than the council's {t}");
        }

        var asOf = r.Date(c.AsOf, "asOf");
        if (!asOf.IsKnown)
        {
            r.Error("asOf", "a composition needs a date");
        }

        return new Composition
        {
            Id = r.Id,
            CouncilSlug = councilSlug,
            AsOf = asOf,
            Kind = r.Enum<CompositionKind>(c.Kind, "kind"),
            SourceId = r.Reference(c.Source, refs.Sources, "source", "source") ?? "",
            Notes = c.Notes,
            Seats = seats,
            After = r.OptionalReference(c.After, refs.Defections, "after", "defection"),
        };
    }

    private static Defection MapDefection(RecordContext r, DefectionSeed d, References refs)
    {
        if (d.CouncillorCount is < 0)
        {
            r.Error("councillorCount", $"{d.CouncillorCount} is negative");
        }

        var councils = (d.Councils ?? []).Select((c, i) =>
        {
            if (c.SeatsChanged is < 0)
            {
                r.Error($"councils[{i}].seatsChanged", $"{c.SeatsChanged} is negative");
            }

            return new DefectionCouncil
            {
                DefectionId = r.Id,
                CouncilSlug = r.Reference(c.Council, refs.Councils, $"councils[{i}].council", "council") ?? "",
                SeatsChanged = c.SeatsChanged,
                SourceId = r.OptionalReference(c.Source, refs.Sources, $"councils[{i}].source", "source"),
            };
        }).ToList();
        r.NoDuplicates(councils.Select(c => c.CouncilSlug), "councils");
        var councillors = (d.Councillors ?? []).Select((c, i) => new DefectionCouncillor
        {
            DefectionId = r.Id,
            CouncillorSlug = r.Reference(c, refs.Councillors, $"councillors[{i}]", "councillor") ?? "",
        }).ToList();
        r.NoDuplicates(councillors.Select(c => c.CouncillorSlug), "councillors");
        var toParty = r.OptionalReference(d.ToParty, refs.Parties, "toParty", "party");
        if (d.ToGroupNotKnown && (toParty is null || !refs.Independents.Contains(toParty)))
        {
            r.Error("toGroupNotKnown", $"is true, but 'toParty' is {(toParty is null ? "null" : $"'{toParty}'")}: "
                + "\"group not known\" is said of councillors who sit as independents (a party of kind 'independent')");
        }

        var destinations = d.Destinations ?? [];
        for (var i = 0; i < destinations.Count; i++)
        {
            var x = destinations[i];
            var field = $"destinations[{i}]";
            var who = r.Reference(x.Councillor, refs.Councillors, field + ".councillor", "councillor");
            var to = r.OptionalReference(x.ToParty, refs.Parties, field + ".toParty", "party");
            var source = r.Reference(x.Source, refs.Sources, field + ".source", "source");
            if (x.ToGroupNotKnown && (to is null || !refs.Independents.Contains(to)))
            {
                r.Error(field + ".toGroupNotKnown", "is true, but 'toParty' is not a party of kind 'independent'");
            }

            if (who is null)
            {
                continue;
            }

            if (councillors.FirstOrDefault(c => c.CouncillorSlug == who) is not { } row)
            {
                r.Error(field + ".councillor", $"'{who}' is not one of this event's councillors");
            }
            else if (row.OwnDestination)
            {
                r.Error(field + ".councillor", $"'{who}' is given a destination more than once");
            }
            else
            {
                row.OwnDestination = true;
                row.ToPartySlug = to;
                row.ToGroupNotKnown = x.ToGroupNotKnown;
                row.DestinationSourceId = source;
            }
        }

        var counts = (d.ReportedCounts ?? []).Select((c, i) =>
        {
            if (c.Count < 0)
            {
                r.Error($"reportedCounts[{i}].count", $"{c.Count} is negative");
            }

            return new ReportedCount
            {
                DefectionId = r.Id,
                Count = c.Count,
                SourceId = r.Reference(c.Source, refs.Sources, $"reportedCounts[{i}].source", "source") ?? "",
                Note = c.Note,
            };
        }).ToList();
        var eventCouncillors = councillors.Select(c => c.CouncillorSlug).ToHashSet(StringComparer.Ordinal);
        var grievances = (d.Grievances ?? []).Select((g, i) =>
        {
            var citedBy = g.Councillors ?? [];
            for (var j = 0; j < citedBy.Count; j++)
            {
                if (!eventCouncillors.Contains(citedBy[j]))
                {
                    r.Error($"grievances[{i}].councillors[{j}]", $"'{citedBy[j]}' is not one of this event's councillors");
                }
            }

            r.NoDuplicates(citedBy, $"grievances[{i}].councillors");
            if (g.Source is not null && g.Sources is not null)
            {
                r.Error($"grievances[{i}].sources", "is given beside 'source': list every source in 'sources' and leave 'source' out");
            }

            var cited = (g.Sources ?? (g.Source is null ? [] : [g.Source]))
                .Select((s, j) => r.Reference(s, refs.Sources, g.Sources is null ? $"grievances[{i}].source" : $"grievances[{i}].sources[{j}]", "source"))
                .OfType<string>().ToList();
            if (g.Sources is { Count: 0 })
            {
                r.Error($"grievances[{i}].sources", "is empty: name at least one source, or leave the field out");
            }

            r.NoDuplicates(cited, $"grievances[{i}].sources");
            return new DefectionGrievance
            {
                DefectionId = r.Id,
                GrievanceSlug = r.Reference(g.Grievance, refs.Grievances, $"grievances[{i}].grievance", "grievance") ?? "",
                Attribution = r.Enum<GrievanceAttribution>(g.Attribution, $"grievances[{i}].attribution"),
                SourceId = cited.FirstOrDefault(),
                SourceIds = string.Join('|', cited),
                CouncillorSlugs = string.Join('|', citedBy),
            };
        }).ToList();
        r.NoDuplicates(grievances.Select(g => g.GrievanceSlug), "grievances");
        var sources = (d.Sources ?? []).Select((s, i) => new DefectionSource
        {
            DefectionId = r.Id,
            SourceId = r.Reference(s, refs.Sources, $"sources[{i}]", "source") ?? "",
        }).ToList();
        if (sources.Count == 0)
        {
            r.Error("sources", "is empty: every defection names at least one source");
        }

        r.NoDuplicates(sources.Select(s => s.SourceId), "sources");
        var date = r.Date(d.Date, "date");
        if (d.DateWithoutYear is not null)
        {
            if (!MonthDay.TryParse(d.DateWithoutYear, out _, out var problem))
            {
                r.Error("dateWithoutYear", problem!);
            }
            else if (date.IsKnown)
            {
                r.Error("dateWithoutYear", $"is given beside a date ({date.ToIso()}): it is for a day and month whose year the source does not state, with 'date' null");
            }
        }

        var notBefore = r.Date(d.NotBefore, "notBefore");
        var notAfter = r.Date(d.NotAfter, "notAfter");
        if (notBefore.Start is { } lower && notAfter.End is { } upper && upper < lower)
        {
            r.Error("notAfter", $"{notAfter.ToIso()} is before 'notBefore' ({notBefore.ToIso()})");
        }

        if (date.IsKnown && (notBefore.Start is { } nb && date.End < nb || notAfter.End is { } na && date.Start > na))
        {
            r.Error("date", $"{date.ToIso()} lies outside its own bounds (notBefore {notBefore.ToIso() ?? "none"}, notAfter {notAfter.ToIso() ?? "none"})");
        }

        if (d.DateDerived && string.IsNullOrWhiteSpace(d.DateBasis))
        {
            r.Error("dateBasis", "is missing: a derived date says how it was worked out (\"'on Monday' in the Nelson Leader of 10 April 2024\")");
        }
        else if (!d.DateDerived && d.DateBasis is not null)
        {
            r.Error("dateBasis", "is given but 'dateDerived' is false: a basis is for a date worked out from the text");
        }

        if (d.DateDerived && !date.IsKnown && d.DateWithoutYear is null)
        {
            r.Error("dateDerived", "is true but the event has no date: a derived date is a date worked out from the text");
        }

        return new Defection
        {
            Id = r.Id,
            Date = date,
            DateWithoutYear = d.DateWithoutYear,
            NotBefore = notBefore,
            NotAfter = notAfter,
            DateDerived = d.DateDerived,
            DateBasis = d.DateBasis,
            StoryId = r.OptionalReference(d.Story, refs.Stories, "story", "story"),
            ToGroupNotKnown = d.ToGroupNotKnown,
            Kind = r.Enum<DefectionKind>(d.Kind, "kind"),
            FromPartySlug = r.Reference(d.FromParty, refs.Parties, "fromParty", "party") ?? "",
            ToPartySlug = toParty,
            CouncillorCount = d.CouncillorCount,
            Summary = r.Required(d.Summary, "summary"),
            Verification = r.Enum<Verification>(d.Verification, "verification"),
            Notes = d.Notes,
            After = r.OptionalReference(d.After, refs.Defections, "after", "defection"),
            Councils = councils,
            Councillors = councillors,
            ReportedCounts = counts,
            Grievances = grievances,
            Sources = sources,
        };
    }

    private static Story MapStory(RecordContext r, StorySeed s, References refs)
    {
        var sources = (s.Sources ?? []).Select((id, i) => new StorySource
        {
            StoryId = r.Id,
            SourceId = r.Reference(id, refs.Sources, $"sources[{i}]", "source") ?? "",
        }).ToList();
        if (sources.Count == 0)
        {
            r.Error("sources", "is empty: every story names at least one source");
        }

        r.NoDuplicates(sources.Select(x => x.SourceId), "sources");
        return new Story { Id = r.Id, Title = r.Required(s.Title, "title"), Summary = r.Required(s.Summary, "summary"), Sources = sources };
    }

    private static Quote MapQuote(RecordContext r, QuoteSeed q, References refs)
    {
        var text = r.Required(q.Text, "text");
        if (text.Length > 600)
        {
            r.Error("text", $"is {text.Length} characters: quotes are short (600 at most), never whole articles");
        }

        return new Quote
        {
            Id = r.Id,
            DefectionId = r.Reference(q.Defection, refs.Defections, "defection", "defection") ?? "",
            Text = text,
            SpeakerCouncillorSlug = r.OptionalReference(q.SpeakerCouncillor, refs.Councillors, "speakerCouncillor", "councillor"),
            SpeakerName = r.Required(q.SpeakerName, "speakerName"),
            SpeakerRole = q.SpeakerRole,
            SourceId = r.Reference(q.Source, refs.Sources, "source", "source") ?? "",
        };
    }

    private static Administration MapAdministration(RecordContext r, AdministrationSeed a, References refs, List<DefectionSeed> defections)
    {
        var councilSlug = r.Reference(a.Council, refs.Councils, "council", "council") ?? "";
        var kind = r.Enum<AdministrationKind>(a.Kind, "kind");
        var parties = (a.Parties ?? []).Select((p, i) => new AdministrationParty
        {
            AdministrationId = r.Id,
            PartySlug = r.Reference(p, refs.Parties, $"parties[{i}]", "party") ?? "",
            Position = i,
        }).ToList();
        r.NoDuplicates(parties.Select(p => p.PartySlug), "parties");
        var count = parties.Count;
        if (kind is AdministrationKind.Majority or AdministrationKind.Minority && count != 1)
        {
            r.Error("parties", $"lists {count} parties: a {kind.ToString().ToLowerInvariant()} administration is one party's (a coalition has two or more)");
        }
        else if (kind == AdministrationKind.Coalition && count < 2)
        {
            r.Error("parties", $"lists {count} {(count == 1 ? "party" : "parties")}: a coalition has two or more (one party alone is a majority or a minority)");
        }

        var leader = r.OptionalReference(a.LeaderParty, refs.Parties, "leaderParty", "party");
        if (leader is not null && count > 0 && parties[0].PartySlug != leader)
        {
            r.Error("leaderParty", $"'{leader}' is not the first of 'parties' ({string.Join(", ", parties.Select(p => p.PartySlug))}): list the leader's party first");
        }

        var sources = (a.Sources ?? []).Select((s, i) => new AdministrationSource
        {
            AdministrationId = r.Id,
            SourceId = r.Reference(s, refs.Sources, $"sources[{i}]", "source") ?? "",
        }).ToList();
        if (sources.Count == 0)
        {
            r.Error("sources", "is empty: every administration names at least one source");
        }

        r.NoDuplicates(sources.Select(s => s.SourceId), "sources");
        var from = r.Date(a.From, "from");
        var after = r.OptionalReference(a.AfterEvent, refs.Defections, "afterEvent", "defection");
        if (after is not null && defections.FirstOrDefault(d => d.Id == after) is { } followed)
        {
            if (councilSlug.Length > 0 && !(followed.Councils ?? []).Any(c => c.Council == councilSlug))
            {
                r.Error("afterEvent", $"defection '{after}' did not touch council '{councilSlug}'");
            }

            if (followed.Date is { } d && PartialDate.TryParse(d.Date, ParsePrecision(d.Precision), out var eventDate, out _)
                && eventDate.IsKnown && from.IsKnown && from.End < eventDate.Start)
            {
                r.Error("afterEvent", $"the administration starts ({from.ToIso()}) before defection '{after}' ({eventDate.ToIso()}) that it is said to follow");
            }
        }

        if (!from.IsKnown && after is null && a.AfterEvent is null)
        {
            r.Error("from", "an administration needs a date, or an 'afterEvent' that places it");
        }

        return new Administration
        {
            Id = r.Id,
            CouncilSlug = councilSlug,
            Name = string.IsNullOrWhiteSpace(a.Name) ? null : a.Name.Trim(),
            From = from,
            AfterDefectionId = after,
            Kind = kind,
            LeaderPartySlug = leader,
            Notes = a.Notes,
            Parties = parties,
            Sources = sources,
        };
    }

    private static DatePrecision ParsePrecision(string? precision) =>
        Enum.TryParse<DatePrecision>(precision, ignoreCase: true, out var p) ? p : DatePrecision.Unknown;

    /// <summary>Two administrations at one council with the same start and nothing else to order them cannot be told apart.</summary>
    private void CheckAdministrationsCanBeOrdered(IReadOnlyList<Administration> administrations)
    {
        foreach (var clash in administrations
            .GroupBy(a => (a.CouncilSlug, a.From, a.AfterDefectionId))
            .Where(g => g.Count() > 1))
        {
            var ids = clash.Select(a => a.Id).ToList();
            _errors.Add($"{AdministrationsFile}: record '{ids[1]}': field 'from': starts at the same time as '{ids[0]}' at council '{clash.Key.CouncilSlug}' "
                + $"({clash.Key.From.ToIso() ?? "date not known"}), so the two cannot be ordered; give a more precise date or an 'afterEvent'");
        }
    }

    private sealed record References(
        HashSet<string> Sources,
        HashSet<string> Parties,
        HashSet<string> Councils,
        HashSet<string> Grievances,
        HashSet<string> Councillors,
        HashSet<string> Defections,
        HashSet<string> Stories,
        HashSet<string> Independents);

    /// <summary>Where in the dataset a record is, so that every error can say so.</summary>
    private sealed record RecordContext(SeedLoader Loader, string File, string Id, int Number)
    {
        public void Error(string field, string problem) =>
            Loader._errors.Add($"{File}: record '{Id}' (#{Number}): field '{field}': {problem}");

        public string Required(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Error(field, "is missing");
                return "";
            }

            return value;
        }

        public TEnum Enum<TEnum>(string? value, string field)
            where TEnum : struct, System.Enum
        {
            if (value is not null && System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed)
                && System.Enum.IsDefined(parsed) && !value.Any(char.IsDigit))
            {
                return parsed;
            }

            var allowed = string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
            Error(field, value is null ? $"is missing (one of: {allowed})" : $"'{value}' is not one of: {allowed}");
            return default;
        }

        public string? Reference(string? id, HashSet<string> known, string field, string kind)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                Error(field, $"is missing (a {kind} id)");
                return null;
            }

            if (!known.Contains(id))
            {
                Error(field, NearestId.Find(id, known) is { } nearest
                    ? $"unknown {kind} '{id}': did you mean '{nearest}'?"
                    : $"unknown {kind} '{id}'");
                return null;
            }

            return id;
        }

        public string? OptionalReference(string? id, HashSet<string> known, string field, string kind) =>
            id is null ? null : Reference(id, known, field, kind);

        public PartialDate Date(SeedDate? date, string field)
        {
            if (date is null)
            {
                return PartialDate.Unknown;
            }

            var precision = Enum<DatePrecision>(date.Precision, field + ".precision");
            if (!PartialDate.TryParse(date.Date, precision, out var parsed, out var problem))
            {
                Error(field, problem!);
            }
            else if (parsed.Start is { } start && start > Loader._today)
            {
                Error(field, $"{parsed.ToIso()} is in the future (today is {Loader._today:yyyy-MM-dd}): record what has happened");
            }

            return parsed;
        }

        public DateOnly? Day(string? value, string field)
        {
            if (value is null)
            {
                return null;
            }

            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var day))
            {
                Error(field, $"'{value}' is not a date (YYYY-MM-DD)");
                return null;
            }

            return day;
        }

        public string? Url(string? url, string field)
        {
            if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http")))
            {
                Error(field, $"'{url}' is not an http(s) address");
            }

            return url;
        }

        public void CheckOrder(PartialDate from, PartialDate to, string field)
        {
            if (from.Start is { } f && to.End is { } t && t < f)
            {
                Error(field + ".to", $"ends ({to.ToIso()}) before it starts ({from.ToIso()})");
            }
        }

        public void NoDuplicates(IEnumerable<string> ids, string field)
        {
            foreach (var duplicate in ids.Where(i => i.Length > 0).GroupBy(i => i).Where(g => g.Count() > 1))
            {
                Error(field, $"'{duplicate.Key}' is listed more than once");
            }
        }
    }
}

/// <summary>The existing id nearest to a mistyped one ("labor" to "labour"), for an unknown reference's error.</summary>
internal static class NearestId
{
    private static readonly Damerau Distance = new();

    /// <summary>
    /// The nearest id by Damerau-Levenshtein distance (a swapped pair of letters is one slip), when it is close enough
    /// to be a slip: at most two edits, or a third of the letters for longer ids. Null when nothing is that close.
    /// </summary>
    public static string? Find(string id, IEnumerable<string> known)
    {
        var limit = Math.Max(2, id.Length / 3);
        return known
            .Select(k => (Id: k, Distance: Distance.Distance(id, k)))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => x.Id)
            .FirstOrDefault();
    }
}
