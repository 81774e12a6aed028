using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Search;

/// <summary>A value a search result can be narrowed by: a grievance, council or party slug, or a year.</summary>
public sealed record SearchFacetValue(string Facet, string Value, string Label);

/// <summary>
/// One row of the search index: what is searched (title and body), where it links, and its facet values.
/// <see cref="Tagged"/> rows are also found through their grievances' synonyms even when their text does not use the
/// words: defections, the councils and councillors in them, and quotes spoken by councillors who left. Sources,
/// parties, and quotes by others (a party spokesperson's reply) carry the grievance facet for narrowing only.
/// </summary>
public sealed record SearchDocument(
    string Kind,
    string Key,
    string Url,
    string Title,
    string Body,
    string Meta,
    string? SortDate,
    IReadOnlyCollection<SearchFacetValue> Facets,
    bool Tagged = false,
    double Weight = 1.0);

/// <summary>
/// Reads the database into search documents: one per quote, defection, councillor, council, party, grievance and
/// source. Facets follow the defections: a quote, council, councillor or source carries the grievances, councils,
/// parties and years of the defections it belongs to; a party or grievance carries only itself.
/// </summary>
public static class SearchDocuments
{
    /// <summary>
    /// The demotion factor of an unverified report and its quotes: its text relevance is scaled down, so for the same
    /// words it ranks below confirmed and single-source events (bm25 scores are negative, lower is better).
    /// </summary>
    public const double UnverifiedWeight = 0.2;

    public static class Kinds
    {
        public const string Defection = "defection";
        public const string Quote = "quote";
        public const string Councillor = "councillor";
        public const string Council = "council";
        public const string Party = "party";
        public const string Grievance = "grievance";
        public const string Source = "source";
    }

    public static class Facets
    {
        public const string Grievance = "grievance";
        public const string Council = "council";
        public const string Party = "party";
        public const string Year = "year";
    }

    public static async Task<IEnumerable<SearchDocument>> LoadAsync(DefectionsDbContext db, CancellationToken ct)
    {
        var parties = await db.Parties.AsNoTracking()
            .Select(p => new { p.Slug, p.Name, p.ShortName, p.Kind, p.Notes }).ToListAsync(ct);
        var councils = await db.Councils.AsNoTracking()
            .Select(c => new { c.Slug, c.Name, c.Kind, c.Area, c.GssCode, c.Notes }).ToListAsync(ct);
        var grievances = await db.Grievances.AsNoTracking()
            .Select(g => new { g.Slug, g.Name, g.Description, g.Synonyms }).ToListAsync(ct);
        var defections = await db.Defections.AsNoTracking()
            .Select(d => new
            {
                d.Id,
                d.Date,
                d.FromPartySlug,
                d.ToPartySlug,
                d.CouncillorCount,
                d.Summary,
                d.Notes,
                d.Verification,
                d.Kind,
                Councils = d.Councils.Select(c => c.CouncilSlug).ToList(),
                Councillors = d.Councillors.Select(c => c.Councillor!.Name).ToList(),
                CouncillorSlugs = d.Councillors.Select(c => c.CouncillorSlug).ToList(),
                Grievances = d.Grievances.Select(g => g.GrievanceSlug).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var quotes = await db.Quotes.AsNoTracking()
            .Select(q => new { q.Id, q.DefectionId, q.Text, q.SpeakerName, q.SpeakerRole, q.SpeakerCouncillorSlug }).ToListAsync(ct);
        var councillors = await db.Councillors.AsNoTracking()
            .Select(c => new
            {
                c.Slug,
                c.Name,
                c.Notes,
                Councils = c.Seats.Select(s => s.CouncilSlug).ToList(),
                Parties = c.Affiliations.Select(a => a.PartySlug).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var sources = await db.Sources.AsNoTracking()
            .Select(s => new { s.Id, s.Publisher, s.Title, s.Published, s.HeadlineInferred, s.ReadVia, s.MirrorUrl }).ToListAsync(ct);
        var defectionSources = await db.DefectionSources.AsNoTracking()
            .Select(s => new { s.SourceId, s.DefectionId }).ToListAsync(ct);
        var councilSources = await db.CouncilSources.AsNoTracking()
            .Select(s => new { s.SourceId, s.CouncilSlug }).ToListAsync(ct);

        var partyName = parties.ToDictionary(p => p.Slug, p => p.Name, StringComparer.Ordinal);
        var councilName = councils.ToDictionary(c => c.Slug, c => c.Name, StringComparer.Ordinal);
        var grievanceName = grievances.ToDictionary(g => g.Slug, g => g.Name, StringComparer.Ordinal);

        // The facet values a defection gives to everything that belongs to it.
        var defectionFacets = defections.ToDictionary(d => d.Id, d =>
        {
            var facets = new List<SearchFacetValue>();
            facets.AddRange(d.Grievances.Select(g => new SearchFacetValue(Facets.Grievance, g, grievanceName[g])));
            facets.AddRange(d.Councils.Select(c => new SearchFacetValue(Facets.Council, c, councilName[c])));
            facets.Add(new SearchFacetValue(Facets.Party, d.FromPartySlug, partyName[d.FromPartySlug]));
            if (d.ToPartySlug is { } to)
            {
                facets.Add(new SearchFacetValue(Facets.Party, to, partyName[to]));
            }

            if (d.Date.Start is { } start)
            {
                var year = start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                facets.Add(new SearchFacetValue(Facets.Year, year, year));
            }

            return Distinct(facets);
        }, StringComparer.Ordinal);
        var defectionById = defections.ToDictionary(d => d.Id, StringComparer.Ordinal);

        var independents = parties.Where(p => p.Kind == PartyKind.Independent).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);

        // "Nottingham City Council: Nadia Farhat left Labour Party to sit as an independent"
        string DefectionTitle(string id)
        {
            var d = defectionById[id];
            var to = d.ToPartySlug is { } t ? partyName[t] : null;
            var headline = Wording.Headline(d.Kind, d.CouncillorCount, partyName[d.FromPartySlug], to,
                d.ToPartySlug is { } slug && independents.Contains(slug));
            var where = d.Councils.Count == 0 ? "Council not identified" : string.Join(", ", d.Councils.Select(c => councilName[c]));
            return $"{where}: {headline}";
        }

        return Documents();

        // Made one at a time as the index's writer asks for them, not held all at once (at 10x, 520,000 documents).
        IEnumerable<SearchDocument> Documents()
        {
            foreach (var d in defections)
            {
                var people = Wording.Councillors(d.CouncillorCount);
                var verification = Wording.VerificationShort(d.Verification).ToLowerInvariant();
                var body = Join(d.Summary, d.Councillors.Count > 0 ? "Councillors named: " + string.Join(", ", d.Councillors) + "." : null, d.Notes);
                yield return new SearchDocument(Kinds.Defection, d.Id, $"/defections/{d.Id}", DefectionTitle(d.Id), body,
                    $"{d.Date.ToDisplay()} · {people} · {verification}", d.Date.ToIso(), defectionFacets[d.Id], Tagged: true,
                    Weight: d.Verification == Verification.Unverified ? UnverifiedWeight : 1.0);
            }

            foreach (var q in quotes)
            {
                var d = defectionById[q.DefectionId];
                var title = q.SpeakerRole is { Length: > 0 } role && role != q.SpeakerName ? $"{q.SpeakerName}, {role}" : q.SpeakerName;
                var byDefector = q.SpeakerCouncillorSlug is { } speaker && d.CouncillorSlugs.Contains(speaker);
                yield return new SearchDocument(Kinds.Quote, q.Id, $"/defections/{q.DefectionId}", title, q.Text,
                    $"{d.Date.ToDisplay()} · {DefectionTitle(q.DefectionId)}", d.Date.ToIso(), defectionFacets[q.DefectionId], byDefector,
                    d.Verification == Verification.Unverified ? UnverifiedWeight : 1.0);
            }

            var defectionsByCouncillor = defections
                .SelectMany(d => d.CouncillorSlugs.Select(c => (Councillor: c, d.Id)))
                .ToLookup(x => x.Councillor, x => x.Id, StringComparer.Ordinal);
            foreach (var c in councillors)
            {
                var facets = defectionsByCouncillor[c.Slug].SelectMany(id => defectionFacets[id])
                    .Where(f => f.Facet is Facets.Grievance or Facets.Year)
                    .Concat(c.Councils.Select(s => new SearchFacetValue(Facets.Council, s, councilName[s])))
                    .Concat(c.Parties.Select(p => new SearchFacetValue(Facets.Party, p, partyName[p])));
                var sits = c.Councils.Count == 0 ? "no seat on a council in this record" : string.Join(", ", c.Councils.Distinct().Select(s => councilName[s]));
                var body = Join(c.Notes, "Seats: " + sits + ".", "Parties and groups: " + string.Join(", ", c.Parties.Distinct().Select(p => partyName[p])) + ".");
                var latest = defectionsByCouncillor[c.Slug].Select(id => defectionById[id].Date)
                    .Where(date => date.IsKnown).DefaultIfEmpty(PartialDate.Unknown).Max();
                yield return new SearchDocument(Kinds.Councillor, c.Slug, $"/councillors/{c.Slug}", c.Name, body, sits, latest.ToIso(), Distinct(facets), Tagged: true);
            }

            var defectionsByCouncil = defections
                .SelectMany(d => d.Councils.Select(c => (Council: c, d.Id)))
                .ToLookup(x => x.Council, x => x.Id, StringComparer.Ordinal);
            foreach (var c in councils)
            {
                var facets = defectionsByCouncil[c.Slug].SelectMany(id => defectionFacets[id])
                    .Where(f => f.Facet != Facets.Council)
                    .Append(new SearchFacetValue(Facets.Council, c.Slug, c.Name));
                var kind = c.Kind.ToString().ToLowerInvariant();
                var body = Join($"A {kind} council in {c.Area ?? "an area not recorded"}.", c.GssCode is null ? null : "Official area code (GSS code) " + c.GssCode + ".", c.Notes);
                var count = defectionsByCouncil[c.Slug].Count();
                yield return new SearchDocument(Kinds.Council, c.Slug, $"/councils/{c.Slug}", c.Name, body,
                    $"{char.ToUpperInvariant(kind[0])}{kind[1..]} council · {c.Area ?? "area not recorded"} · {Wording.Count(count, "defection")}", null, Distinct(facets), Tagged: true);
            }

            foreach (var p in parties)
            {
                var title = p.ShortName != p.Name ? $"{p.Name} ({p.ShortName})" : p.Name;
                var kind = Wording.PartyKind(p.Kind);
                yield return new SearchDocument(Kinds.Party, p.Slug, $"/parties/{p.Slug}", title, p.Notes ?? "", kind, null,
                    [new SearchFacetValue(Facets.Party, p.Slug, p.Name)]);
            }

            var defectionCountByGrievance = defections.SelectMany(d => d.Grievances).CountBy(g => g).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
            foreach (var g in grievances)
            {
                var synonyms = g.Synonyms.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var body = Join(g.Description, synonyms.Length > 0 ? "Also: " + string.Join(", ", synonyms) + "." : null);
                yield return new SearchDocument(Kinds.Grievance, g.Slug, $"/grievances/{g.Slug}", g.Name, body,
                    Wording.Count(defectionCountByGrievance.GetValueOrDefault(g.Slug), "defection"), null,
                    [new SearchFacetValue(Facets.Grievance, g.Slug, g.Name)]);
            }

            var defectionsBySource = defectionSources.ToLookup(s => s.SourceId, s => s.DefectionId, StringComparer.Ordinal);
            var councilsBySource = councilSources.ToLookup(s => s.SourceId, s => s.CouncilSlug, StringComparer.Ordinal);
            foreach (var s in sources)
            {
                var facets = defectionsBySource[s.Id].SelectMany(id => defectionFacets[id])
                    .Concat(councilsBySource[s.Id].Select(c => new SearchFacetValue(Facets.Council, c, councilName[c])));
                // The result names the original publisher and says so when the page was read as a copy elsewhere.
                var caveats = (s.HeadlineInferred ? " · headline inferred from the address" : "")
                    + (s.ReadVia == SourceReadVia.Mirror ? $" · read via a mirror ({SourceRefViewModel.HostOf(s.MirrorUrl)})" : "");
                yield return new SearchDocument(Kinds.Source, s.Id, $"/sources#source-{s.Id}", s.Title ?? "Headline not known", s.Publisher,
                    $"{s.Publisher} · published {s.Published.ToDisplay()}{caveats}", s.Published.ToIso(), Distinct(facets));
            }
        }
    }

    private static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>Each facet value once per document (a council's defections share grievances and years); one row each in the index.</summary>
    private static List<SearchFacetValue> Distinct(IEnumerable<SearchFacetValue> facets) => [.. facets.DistinctBy(f => (f.Facet, f.Value))];

}
