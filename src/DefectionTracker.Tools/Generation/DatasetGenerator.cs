using System.Globalization;
using System.Text.Json;
using DefectionTracker.Web.Data.Seeding;

namespace DefectionTracker.Tools.Generation;

/// <summary>How big a generated dataset is.</summary>
public sealed record GeneratorScale(string Name, int Councils, int Defections, int QuotesPerDefection)
{
    public static readonly GeneratorScale National = new("national", 400, 10_000, 3);
    public static readonly GeneratorScale TenTimes = new("10x", 400, 100_000, 3);
    public static readonly GeneratorScale Small = new("small", 40, 500, 3);

    public static GeneratorScale? Parse(string name) => name switch
    {
        "national" => National,
        "10x" => TenTimes,
        "small" => Small,
        _ => null,
    };
}

/// <summary>
/// Writes a synthetic dataset in the same format as seeds/, for measuring the app at national scale: councils with
/// realistic kinds, seat counts and baselines, councillors filling every seat, defections over five years that move
/// real seats (so every composition stays consistent), grievances, quotes and sources. Deterministic for a given seed.
/// The data is fictional and says so in every record's notes.
/// </summary>
public sealed class DatasetGenerator(GeneratorScale scale, int seed)
{
    private static readonly string[] FirstNames =
    [
        "Alex", "Sam", "Jo", "Chris", "Pat", "Jamie", "Robin", "Morgan", "Taylor", "Jordan", "Casey", "Riley", "Ali",
        "Priya", "Mohammed", "Fatima", "Sarah", "David", "Helen", "James", "Aisha", "Tom", "Ruth", "Imran", "Grace",
        "Owen", "Megan", "Kwame", "Niamh", "Ewan", "Zara", "Hamza", "Eleanor", "Raj", "Bethan", "Callum", "Amira",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Khan", "Ahmed",
        "Evans", "Thomas", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards",
        "Green", "Hall", "Wood", "Harris", "Lewis", "Martin", "Jackson", "Clarke", "Clark", "Turner", "Hill", "Scott",
        "Cooper", "Morris", "Ward", "Hussain", "Begum", "Okafor", "Murphy", "Kelly", "Campbell", "Stewart", "Shah",
    ];

    private static readonly string[] Areas =
    [
        "Lancashire", "Yorkshire", "Nottinghamshire", "Derbyshire", "Kent", "Essex", "Devon", "Cumbria", "Norfolk",
        "Suffolk", "Surrey", "Hampshire", "Greater Manchester", "West Midlands", "Merseyside", "Tyne and Wear",
        "Greater London", "Leicestershire", "Staffordshire", "Cheshire", "Lincolnshire", "Somerset", "Durham",
    ];

    private static readonly string[] PlaceStems =
    [
        "Ash", "Brook", "Castle", "Dale", "Elm", "Fern", "Glen", "Heath", "Ivy", "Kings", "Lark", "Mill", "North",
        "Oak", "Park", "Queens", "River", "Stone", "Thorn", "Upper", "Vale", "West", "Wood", "Bridge", "Church",
    ];

    private static readonly string[] PlaceEnds = ["ford", "ton", "by", "ham", "field", "well", "bury", "ley", "wick", "stead", "mouth", "borough"];

    private static readonly (string Kind, int Weight, int MinSeats, int MaxSeats)[] CouncilKinds =
    [
        ("district", 40, 30, 50), ("borough", 20, 30, 60), ("unitary", 15, 40, 80), ("metropolitan", 9, 48, 99),
        ("county", 5, 60, 100), ("city", 6, 40, 70), ("town", 5, 10, 24),
    ];

    private static readonly (string Slug, string Name, string Short, string Kind, string Colour)[] NationalParties =
    [
        ("labour", "Labour Party", "Labour", "nationalParty", "#B3002D"),
        ("conservative", "Conservative and Unionist Party", "Conservative", "nationalParty", "#0A3B7C"),
        ("liberal-democrats", "Liberal Democrats", "Lib Dem", "nationalParty", "#A34A00"),
        ("green", "Green Party", "Green", "nationalParty", "#1E6B2E"),
        ("reform-uk", "Reform UK", "Reform", "nationalParty", "#0B6E80"),
        ("independent", "Independent", "Independent", "independent", "#555555"),
    ];

    private static readonly (string Slug, string Name, string Description, string[] Synonyms, string[] Phrases)[] Grievances =
    [
        ("gaza", "Gaza", "The party leadership's position on the war in Gaza.", ["ceasefire", "palestine", "israel"], ["the leadership's stance on Gaza", "the refusal to back a ceasefire"]),
        ("winter-fuel-payment", "Winter fuel payment cut", "Means-testing of the winter fuel payment.", ["winter fuel allowance", "winter fuel payment"], ["the winter fuel cut", "taking the winter fuel payment from pensioners"]),
        ("welfare-cuts", "Welfare and benefit cuts", "Cuts to welfare, including the two-child benefit cap.", ["two-child cap", "benefits"], ["welfare cuts", "keeping the two-child cap"]),
        ("waspi-pensions", "WASPI pensions", "No compensation for women affected by state pension age changes.", ["waspi", "pension"], ["the treatment of WASPI women"]),
        ("local-government-reorganisation", "Local government reorganisation", "Plans to abolish two-tier councils.", ["unitary", "super councils"], ["the plans for super councils", "scrapping district councils"]),
        ("internal-democracy", "Internal democracy and free speech", "Members and councillors unable to speak or decide freely.", ["gag", "dissent"], ["the lack of internal democracy", "being gagged by the party"]),
        ("candidate-selection", "Candidate selection", "Candidates imposed or blocked by the national party.", ["selection", "blocked from standing"], ["candidates being imposed from above", "being blocked from standing"]),
        ("leadership-direction", "Direction under the leadership", "The party abandoning its values.", ["values", "centrist"], ["a party that has abandoned its values", "the direction of the leadership"]),
        ("council-budget-cuts", "Council budget cuts", "Cuts to local services in the council budget.", ["budget", "libraries"], ["cuts to local services", "closing libraries"]),
        ("local-party-culture", "Local party culture and bullying", "Bullying and a toxic culture in the local party.", ["bullying", "culture"], ["bullying in the local party", "a toxic local culture"]),
    ];

    private readonly Random _random = new(seed);

    public static int Run(string[] args, TextWriter output)
    {
        string? scaleName = null, outDir = null;
        var seed = 1;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--scale" when i + 1 < args.Length: scaleName = args[++i]; break;
                case "--out" when i + 1 < args.Length: outDir = args[++i]; break;
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s): seed = s; i++; break;
                default:
                    output.WriteLine($"generate: unknown or incomplete argument '{args[i]}'");
                    output.WriteLine("usage: generate --scale national|10x|small --out DIR [--seed N]");
                    return 2;
            }
        }

        if (scaleName is null || GeneratorScale.Parse(scaleName) is not { } scale || outDir is null)
        {
            output.WriteLine("usage: generate --scale national|10x|small --out DIR [--seed N]");
            return 2;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var counts = new DatasetGenerator(scale, seed).WriteTo(outDir);
        output.WriteLine($"Wrote a {scale.Name} dataset (seed {seed}) to {Path.GetFullPath(outDir)} in {started.Elapsed.TotalSeconds:F1} s: {counts}");
        return 0;
    }

    /// <summary>Generates and writes every file; returns a one-line summary of the record counts.</summary>
    public string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var data = Generate();
        Write(folder, SeedLoader.PartiesFile, data.Parties);
        Write(folder, SeedLoader.CouncilsFile, data.Councils);
        Write(folder, SeedLoader.SourcesFile, data.Sources);
        Write(folder, SeedLoader.GrievancesFile, data.Grievances);
        Write(folder, SeedLoader.CouncillorsFile, data.Councillors);
        Write(folder, SeedLoader.CompositionsFile, data.Compositions);
        Write(folder, SeedLoader.DefectionsFile, data.Defections);
        Write(folder, SeedLoader.QuotesFile, data.Quotes);

        // No administrations: who runs a council is sourced fact, and a synthetic one would be a made-up fact.
        Write(folder, SeedLoader.AdministrationsFile, new List<AdministrationSeed>());
        return $"{data.Councils.Count} councils, {data.Councillors.Count} councillors, {data.Defections.Count} defections, " +
            $"{data.Quotes.Count} quotes, {data.Sources.Count} sources";
    }

    private static void Write<T>(string folder, string file, List<T> records)
    {
        using var stream = File.Create(Path.Combine(folder, file));
        JsonSerializer.Serialize(stream, records, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    private sealed record GeneratedData(
        List<PartySeed> Parties,
        List<CouncilSeed> Councils,
        List<SourceSeed> Sources,
        List<GrievanceSeed> Grievances,
        List<CouncillorSeed> Councillors,
        List<CompositionSeed> Compositions,
        List<DefectionSeed> Defections,
        List<QuoteSeed> Quotes);

    private sealed class SeatHolder(string slug, string name, string council, string party)
    {
        public string Slug { get; } = slug;
        public string Name { get; } = name;
        public string Council { get; } = council;
        public string Party { get; set; } = party;
        public List<AffiliationSeed> Affiliations { get; } = [];

        /// <summary>The month (year * 12 + month) of this member's last move, or -1.</summary>
        public int LastMovedMonth { get; set; } = -1;
    }

    private const string Fictional = "Synthetic record generated for load testing; not a real event.";

    private GeneratedData Generate()
    {
        var parties = NationalParties.Select(p => new PartySeed(p.Slug, p.Name, p.Short, p.Kind, p.Colour, "generator palette", null, Fictional)).ToList();
        var grievances = Grievances.Select(g => new GrievanceSeed(g.Slug, g.Name, g.Description, [.. g.Synonyms])).ToList();
        var councils = new List<CouncilSeed>();
        var compositions = new List<CompositionSeed>();
        var sources = new List<SourceSeed>();
        var holders = new List<SeatHolder>();
        var byCouncil = new Dictionary<string, List<SeatHolder>>();
        var baselineDate = new SeedDate("2021-05-06", "day");

        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < scale.Councils; c++)
        {
            var kind = Weighted(CouncilKinds, k => k.Weight);
            var seats = _random.Next(kind.MinSeats, kind.MaxSeats + 1);
            string place;
            do
            {
                place = PlaceStems[_random.Next(PlaceStems.Length)] + PlaceEnds[_random.Next(PlaceEnds.Length)];
            }
            while (!usedNames.Add(place + kind.Kind) && usedNames.Count < 10_000);

            var slug = $"{Slugify(place)}-{kind.Kind}-{c + 1}";
            var area = Areas[_random.Next(Areas.Length)];
            var sourceId = $"gen-election-{slug}";
            sources.Add(new SourceSeed(sourceId, "Generated Gazette", $"{place} election results 2021", false, "original",
                $"https://example.org/elections/{slug}", null, baselineDate, null, Fictional));
            councils.Add(new CouncilSeed(slug, $"{place} {Capitalise(kind.Kind)} Council", kind.Kind,
                $"E{_random.Next(6, 10):D2}{c + 100000:D6}"[..9], seats, area, [sourceId], Fictional));

            // A baseline: one party often near or over the majority line, the rest spread; every seat held.
            var shares = NationalParties.Select(p => p.Slug == "independent" ? 0.3 : p.Slug == "reform-uk" ? 0.2 : 0.5 + _random.NextDouble() * 2).ToArray();
            shares[_random.Next(4)] += 2.5;
            var total = shares.Sum();
            var perParty = shares.Select(s => (int)Math.Floor(seats * s / total)).ToArray();
            perParty[Array.IndexOf(shares, shares.Max())] += seats - perParty.Sum();
            var members = new List<SeatHolder>();
            for (var p = 0; p < perParty.Length; p++)
            {
                for (var k = 0; k < perParty[p]; k++)
                {
                    var name = $"{FirstNames[_random.Next(FirstNames.Length)]} {LastNames[_random.Next(LastNames.Length)]}";
                    var holder = new SeatHolder($"{Slugify(name)}-{holders.Count + 1}", name, slug, NationalParties[p].Slug);
                    members.Add(holder);
                    holders.Add(holder);
                }
            }

            byCouncil[slug] = members;
            compositions.Add(new CompositionSeed($"{slug}-2021-election", slug, baselineDate, "electionResult", sourceId,
                [.. NationalParties.Select((p, i) => new CompositionSeatSeed(p.Slug, perParty[i])).Where(s => s.Seats > 0)], Fictional));
        }

        // Local groups that defectors form, a few per area.
        foreach (var area in Areas)
        {
            parties.Add(new PartySeed($"{Slugify(area)}-independent-group", $"{area} Independent Group", $"{area} Ind. Group",
                "localGroup", "#4B3B8F", "generator palette", null, Fictional));
        }

        var defections = new List<DefectionSeed>(scale.Defections);
        var quotes = new List<QuoteSeed>(scale.Defections * scale.QuotesPerDefection);
        var start = new DateOnly(2021, 6, 1);
        var days = new DateOnly(2026, 5, 31).DayNumber - start.DayNumber;
        var dates = Enumerable.Range(0, scale.Defections).Select(_ => start.AddDays(_random.Next(days))).Order().ToList();
        var councilSlugs = councils.Select(c => c.Id!).ToList();
        var areaOf = councils.ToDictionary(c => c.Id!, c => c.Area!);
        for (var d = 0; d < scale.Defections; d++)
        {
            var date = dates[d];
            var month = (date.Year * 12) + date.Month;
            var council = councilSlugs[_random.Next(councilSlugs.Count)];
            // Only members who have not moved this month may leave: an event dated to the month alone can be replayed
            // anywhere in it, so a member moved twice in one month could be counted out of a party they had not joined yet.
            var members = byCouncil[council].Where(m => m.LastMovedMonth < month).ToList();
            if (members.Count == 0)
            {
                council = councilSlugs.First(c => byCouncil[c].Any(m => m.LastMovedMonth < month));
                members = [.. byCouncil[council].Where(m => m.LastMovedMonth < month)];
            }

            var fromParty = members[_random.Next(members.Count)].Party;
            var leaving = members.Where(m => m.Party == fromParty).OrderBy(_ => _random.Next()).Take(_random.Next(100) < 80 ? 1 : _random.Next(2, 6)).ToList();
            var area = areaOf[council];
            var roll = _random.Next(100);
            var toParty = roll < 50 ? "independent"
                : roll < 70 ? $"{Slugify(area)}-independent-group"
                : NationalParties[_random.Next(5)].Slug;
            if (toParty == fromParty)
            {
                toParty = "independent";
            }

            var precision = _random.Next(100) < 85 ? "day" : "month";
            var seedDate = new SeedDate(precision == "day" ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM", CultureInfo.InvariantCulture), precision);
            var id = $"gen-{date:yyyy-MM-dd}-{council}-{d + 1}";
            var sourceId = $"gen-source-{d + 1}";
            sources.Add(new SourceSeed(sourceId, _random.Next(2) == 0 ? "Generated Gazette" : "Synthetic Standard",
                $"{leaving.Count} {council} councillor{(leaving.Count == 1 ? "" : "s")} leave the {fromParty}", false, "original",
                $"https://example.org/news/{id}", null, new SeedDate(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day"), null, Fictional));
            var chosen = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Grievances[_random.Next(Grievances.Length)]).DistinctBy(g => g.Slug).ToList();
            foreach (var member in leaving)
            {
                member.Affiliations.Add(new AffiliationSeed(member.Party, null, seedDate, "resigned", sourceId));
                member.Party = toParty;
                member.LastMovedMonth = month;
            }

            var unknownCount = _random.Next(100) < 3;
            defections.Add(new DefectionSeed(
                id, seedDate, toParty.EndsWith("-group", StringComparison.Ordinal) ? "formedNewGroup" : toParty == "independent" ? "leftParty" : "joinedAnotherParty",
                fromParty, toParty,
                [new DefectionCouncilSeed(council, unknownCount ? null : leaving.Count, sourceId)],
                [.. leaving.Select(m => m.Slug)],
                unknownCount ? null : leaving.Count,
                unknownCount ? [] : [new ReportedCountSeed(leaving.Count, sourceId, null)],
                $"{leaving.Count} councillor{(leaving.Count == 1 ? "" : "s")} on {council} left the {fromParty} group, citing {string.Join(" and ", chosen.Select(g => g.Phrases[0]))}.",
                [.. chosen.Select((g, i) => new DefectionGrievanceSeed(g.Slug, i == 0 ? "stated" : "attributed", sourceId))],
                _random.Next(100) < 70 ? "confirmed" : "singleSource",
                [sourceId],
                Fictional));
            for (var q = 0; q < scale.QuotesPerDefection; q++)
            {
                var speaker = leaving[_random.Next(leaving.Count)];
                var grievance = chosen[_random.Next(chosen.Count)];
                quotes.Add(new QuoteSeed($"{id}-q{q + 1}", id,
                    $"I could no longer stay because of {grievance.Phrases[_random.Next(grievance.Phrases.Length)]}; residents deserve better.",
                    speaker.Slug, speaker.Name, "Councillor", sourceId));
            }
        }

        var councillors = holders.Select(h => new CouncillorSeed(h.Slug, h.Name,
            [new SeatSeed(h.Council, null, baselineDate, null, $"gen-election-{h.Council}")],
            [.. h.Affiliations, new AffiliationSeed(h.Party, null, null, null, null)], Fictional)).ToList();
        return new GeneratedData(parties, councils, sources, grievances, councillors, compositions, defections, quotes);
    }

    private T Weighted<T>(IReadOnlyList<T> items, Func<T, int> weight)
    {
        var roll = _random.Next(items.Sum(weight));
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    private static string Slugify(string text) =>
        new string([.. text.ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-')]).Trim('-').Replace("--", "-", StringComparison.Ordinal);

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
