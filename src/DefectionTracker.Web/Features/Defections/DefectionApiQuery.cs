using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Defections;

public sealed record DefectionApiItem(
    string Id,
    string? Date,
    string DatePrecision,
    DefectionKind Kind,
    IReadOnlyList<RefViewModel> Councils,
    RefViewModel FromParty,
    RefViewModel? ToParty,
    [property: System.Text.Json.Serialization.JsonPropertyName("councillorsLost")] int? CouncillorCount,
    IReadOnlyList<ReportedCountItem> ReportedCounts,
    IReadOnlyList<RefViewModel> Councillors,
    IReadOnlyList<GrievanceRefItem> Grievances,
    Verification Verification,
    string Summary,
    IReadOnlyList<SourceRefViewModel> Sources,
    int CouncillorsAddedToPartyTotal)
{
    /// <summary>When, in words: "8 April (year not stated; reported 10 April 2024)", "on or before 8 April 2024", ...</summary>
    public string DateText { get; init; } = "date not known";

    /// <summary>The day and month as stated when the year is not ("--04-08"); null otherwise.</summary>
    public string? DateWithoutYear { get; init; }

    public DateApiItem? NotBefore { get; init; }

    public DateApiItem? NotAfter { get; init; }

    /// <summary>The date was worked out from the text; <see cref="DateBasis"/> says how.</summary>
    public bool DateDerived { get; init; }

    public string? DateBasis { get; init; }

    /// <summary>"derived: 'on Monday' in …", or null for a stated date.</summary>
    public string? DateDerivedText { get; init; }

    /// <summary>The story the event is part of (<c>/api/stories/{slug}</c>), or null.</summary>
    public RefViewModel? Story { get; init; }

    /// <summary>True: the councillors sit as independents and whether in a named group is not known.</summary>
    public bool ToGroupNotKnown { get; init; }

    /// <summary>The destination in words: a party's name, "Independent, group not known", or "not known".</summary>
    public string DestinationText { get; init; } = "not known";

    /// <summary>Named councillors whose own destination a source gives, replacing the event's for them.</summary>
    public IReadOnlyList<CouncillorDestinationItem> CouncillorDestinations { get; init; } = [];
}

/// <summary>A date at its precision: ISO ("2024-04-08", "2024-04", "2024").</summary>
public sealed record DateApiItem(string? Date, string Precision)
{
    public static DateApiItem? From(PartialDate date) =>
        date.IsKnown ? new DateApiItem(date.ToIso(), date.Precision.ToString().ToLowerInvariant()) : null;
}

/// <summary>A councillor's own destination; <see cref="ToParty"/> null = not known for them.</summary>
/// <param name="Destination">Where the councillor went, in words: named "destinationText" as on the defection itself.</param>
public sealed record CouncillorDestinationItem(RefViewModel Councillor, RefViewModel? ToParty, bool ToGroupNotKnown,
    [property: System.Text.Json.Serialization.JsonPropertyName("destinationText")] string Destination, string? SourceId);

/// <summary>
/// The query of GET /api/defections: a page of at most <see cref="DefectionApiQuery.MaxPageSize"/> items, filtered by
/// council, party left (<c>party</c>), party joined (<c>toParty</c>), grievance cited, verification and a date range
/// (<c>from</c>, <c>to</c>: YYYY, YYYY-MM or YYYY-MM-DD, read by the timeline's rule, <see cref="DateInput.ParseRange"/>).
/// </summary>
public sealed record DefectionApiRequest(
    int Page = 1,
    int PageSize = 100,
    string? Council = null,
    string? Party = null,
    string? ToParty = null,
    string? From = null,
    string? To = null,
    string? Grievance = null,
    string? Verification = null) : IValidatedRequest
{
    /// <summary>The verification values as the API writes them.</summary>
    public static readonly IReadOnlyList<string> VerificationValues =
        [.. Enum.GetValues<Domain.Verification>().Select(v => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(v.ToString()))];

    public IReadOnlyList<FieldProblem> Validate() =>
    [
        .. Page < 1 ? [new FieldProblem("page", "page must be 1 or more")] : Array.Empty<FieldProblem>(),
        .. PageSize is < 1 or > DefectionApiQuery.MaxPageSize
            ? [new FieldProblem("pageSize", $"pageSize must be between 1 and {DefectionApiQuery.MaxPageSize}")]
            : Array.Empty<FieldProblem>(),
        .. DateInput.ParseRange(From, To, out _, out _).Select(p => new FieldProblem(p.Parameter, p.Message)),
        .. Verification is { } v && !string.IsNullOrWhiteSpace(v) && VerifiedAs is null
            ? [new FieldProblem("verification", $"'{v.Trim()}' is not a verification: use {string.Join(", ", VerificationValues)}")]
            : Array.Empty<FieldProblem>(),
    ];

    public Domain.Verification? VerifiedAs =>
        string.IsNullOrWhiteSpace(Verification) ? null
        : Enum.GetValues<Domain.Verification>().Select(v => (Domain.Verification?)v)
            .FirstOrDefault(v => string.Equals(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(v!.Value.ToString()), Verification.Trim(), StringComparison.OrdinalIgnoreCase));

    public bool IsFiltered => Council is not null || Party is not null || ToParty is not null || From is not null || To is not null
        || Grievance is not null || Verification is not null;

    /// <summary>The request with each slug trimmed and lower-cased, blanks as null.</summary>
    public DefectionApiRequest Cleaned() => this with
    {
        Council = Slug(Council),
        Party = Slug(Party),
        ToParty = Slug(ToParty),
        Grievance = Slug(Grievance),
        From = Blank(From),
        To = Blank(To),
        Verification = Blank(Verification),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Slug(string? value) => Blank(value)?.ToLowerInvariant();
}

public sealed record ReportedCountItem(int Count, string SourceId);

public sealed record GrievanceRefItem(string Slug, string Name, bool Stated)
{
    /// <summary>Every source citing the reason for this event.</summary>
    public IReadOnlyList<string> SourceIds { get; init; } = [];
}

/// <summary>GET /api/defections: every defection, newest first, a page at a time.</summary>
public sealed class DefectionApiQuery(
    DefectionsDbContext db,
    CouncilHistoryQuery histories,
    AdministrationsQuery administrations,
    PartyLabelsQuery partyLabels)
{
    public const int MaxPageSize = 500;

    public Task<PagedViewModel<DefectionApiItem>> GetPageAsync(int page, int pageSize, CancellationToken ct) =>
        GetPageAsync(new DefectionApiRequest(page, pageSize), ct);

    /// <summary>A page of the defections the request's filters keep, newest first; a page past the end is empty.</summary>
    public async Task<PagedViewModel<DefectionApiItem>> GetPageAsync(DefectionApiRequest request, CancellationToken ct)
    {
        var (page, pageSize) = (request.Page, request.PageSize);
        var verification = request.VerifiedAs;
        var matching = db.Defections.AsNoTracking()
            .Where(d => request.Council == null || d.Councils.Any(c => c.CouncilSlug == request.Council))
            .Where(d => request.Party == null || d.FromPartySlug == request.Party)
            .Where(d => request.ToParty == null || d.ToPartySlug == request.ToParty)
            .Where(d => request.Grievance == null || d.Grievances.Any(g => g.GrievanceSlug == request.Grievance))
            .Where(d => verification == null || d.Verification == verification);

        // In long: page 2147483647 of 100 would overflow an int and wrap round to an earlier page.
        var skip = ((long)page - 1) * pageSize;
        if (request.From is null && request.To is null)
        {
            var total = await matching.CountAsync(ct);
            if (skip >= total)
            {
                return new PagedViewModel<DefectionApiItem>([], page, pageSize, total);
            }

            var items = await ItemsAsync(matching.NewestFirst().Skip((int)skip).Take(pageSize), ct);
            return new PagedViewModel<DefectionApiItem>(items, page, pageSize, total);
        }

        // A date range is the timeline's rule (an event's known period overlaps the range), applied to the dates in memory.
        DateInput.ParseRange(request.From, request.To, out var from, out var to);
        var dated = await matching.NewestFirst().Select(d => new { d.Id, d.Date }).ToListAsync(ct);
        var ids = dated.Where(d => DateInput.Overlaps(d.Date, from, to)).Select(d => d.Id).ToList();
        if (skip >= ids.Count)
        {
            return new PagedViewModel<DefectionApiItem>([], page, pageSize, ids.Count);
        }

        var pageIds = ids.Skip((int)skip).Take(pageSize).ToList();
        var found = (await ItemsAsync(db.Defections.AsNoTracking().Where(d => pageIds.Contains(d.Id)), ct)).ToDictionary(i => i.Id, StringComparer.Ordinal);
        return new PagedViewModel<DefectionApiItem>([.. pageIds.Select(id => found[id])], page, pageSize, ids.Count);
    }

    /// <summary>The first filter naming nothing in the record (parameter and value), or null when every one names something.</summary>
    public async Task<FieldProblem?> UnknownFilterAsync(DefectionApiRequest request, CancellationToken ct)
    {
        if (request.Council is { } council && !await db.Councils.AnyAsync(c => c.Slug == council, ct))
        {
            return new FieldProblem("council", $"There is no council '{council}' (GET /api/councils lists them).");
        }

        foreach (var (field, slug) in new[] { ("party", request.Party), ("toParty", request.ToParty) })
        {
            if (slug is not null && !await db.Parties.AnyAsync(p => p.Slug == slug, ct))
            {
                return new FieldProblem(field, $"There is no party '{slug}'.");
            }
        }

        return request.Grievance is { } grievance && !await db.Grievances.AnyAsync(g => g.Slug == grievance, ct)
            ? new FieldProblem("grievance", $"There is no grievance '{grievance}' (GET /api/grievances lists them).")
            : null;
    }

    /// <summary>
    /// GET /api/defections/{id}: the item as in the list, plus what it did at each council: the seats moved there and
    /// the council just before and just after (seats, arithmetic control and who ran it). Null when there is no such event.
    /// </summary>
    public async Task<DefectionDetailApiItem?> GetAsync(string id, CancellationToken ct)
    {
        var item = (await ItemsAsync(db.Defections.AsNoTracking().Where(d => d.Id == id), ct)).SingleOrDefault();
        if (item is null)
        {
            return null;
        }

        var moved = await db.DefectionCouncils.AsNoTracking().Where(c => c.DefectionId == id)
            .Select(c => new { c.CouncilSlug, c.SeatsChanged }).ToListAsync(ct);
        var slugs = moved.Select(m => m.CouncilSlug).ToList();
        var parties = await partyLabels.LoadAsync(ct);
        var history = slugs.Count == 0 ? new Dictionary<string, CouncilHistory>() : await histories.LoadAsync(slugs, ct);
        var administered = slugs.Count == 0 ? new Dictionary<string, CouncilAdministrations>() : await administrations.LoadAsync(slugs, parties, ct);
        var effects = item.Councils.Select(council =>
        {
            var seats = moved.Single(m => m.CouncilSlug == council.Slug).SeatsChanged;
            var effect = history.GetValueOrDefault(council.Slug)?.Effects.GetValueOrDefault(id);
            var change = administered.GetValueOrDefault(council.Slug)?.Around(id);
            var before = CompositionApi.From(effect?.Before ?? Seats.Unknown(null), PartialDateOf(item), null, parties)
                with
            { Administration = AdministrationApiItem.From(change?.Before) };
            var after = CompositionApi.From(effect?.After ?? Seats.Unknown(null), PartialDateOf(item), null, parties)
                with
            { Administration = AdministrationApiItem.From(change?.After) };
            return new DefectionEffectApiItem(council, seats, before, after, effect?.FlippedControl, change?.Changed,
                [.. (effect?.OrderUnknownWith ?? []).Select(o => o.DefectionId)]);
        }).ToList();
        return new DefectionDetailApiItem(item, effects);
    }

    private static PartialDate PartialDateOf(DefectionApiItem item) =>
        item.Date is { } iso && Enum.TryParse<DatePrecision>(item.DatePrecision, ignoreCase: true, out var precision)
            && PartialDate.TryParse(iso, precision, out var date, out _)
            ? date
            : PartialDate.Unknown;

    private async Task<List<DefectionApiItem>> ItemsAsync(IQueryable<Defection> query, CancellationToken ct)
    {
        var rows = await query
            .Select(d => new
            {
                d.Id,
                d.Date,
                d.DateWithoutYear,
                d.NotBefore,
                d.NotAfter,
                d.DateDerived,
                d.DateBasis,
                d.ToGroupNotKnown,
                Story = d.StoryId == null ? null : db.Stories.Where(s => s.Id == d.StoryId).Select(s => new RefViewModel(s.Id, s.Title)).FirstOrDefault(),
                Destinations = d.Councillors.Where(c => c.OwnDestination).OrderBy(c => c.Councillor!.Name)
                    .Select(c => new
                    {
                        Councillor = new RefViewModel(c.CouncillorSlug, c.Councillor!.Name),
                        ToParty = db.Parties.Where(p => p.Slug == c.ToPartySlug).Select(p => new RefViewModel(p.Slug, p.Name)).FirstOrDefault(),
                        c.ToGroupNotKnown,
                        c.DestinationSourceId,
                    }).ToList(),
                d.Kind,
                Councils = d.Councils.OrderBy(c => c.Council!.Name).Select(c => new RefViewModel(c.CouncilSlug, c.Council!.Name)).ToList(),
                FromParty = new RefViewModel(d.FromPartySlug, d.FromParty!.Name),
                ToParty = d.ToParty == null ? null : new RefViewModel(d.ToParty.Slug, d.ToParty.Name),
                d.CouncillorCount,
                ReportedCounts = d.ReportedCounts.OrderBy(c => c.Id).Select(c => new ReportedCountItem(c.Count, c.SourceId)).ToList(),
                Councillors = d.Councillors.OrderBy(c => c.Councillor!.Name).Select(c => new RefViewModel(c.CouncillorSlug, c.Councillor!.Name)).ToList(),
                Grievances = d.Grievances.OrderBy(g => g.Grievance!.Name)
                    .Select(g => new { g.GrievanceSlug, g.Grievance!.Name, Stated = g.Attribution == GrievanceAttribution.Stated, g.SourceId, g.SourceIds }).ToList(),
                d.Verification,
                d.Summary,
                Sources = d.Sources.Select(s => s.Source!).OrderBy(s => s.Publisher).ToList(),
                Seats = d.Councils.Select(c => c.SeatsChanged).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var items = rows.Select(d => new DefectionApiItem(
            d.Id, d.Date.ToIso(), d.Date.Precision.ToString().ToLowerInvariant(), d.Kind, d.Councils, d.FromParty, d.ToParty,
            d.CouncillorCount, d.ReportedCounts, d.Councillors,
            [.. d.Grievances.Select(g => new GrievanceRefItem(g.GrievanceSlug, g.Name, g.Stated)
            {
                SourceIds = g.SourceIds.Length > 0 ? g.SourceIds.Split('|') : g.SourceId is null ? [] : [g.SourceId],
            })],
            d.Verification, d.Summary,
            d.Sources.Select(SourceRefViewModel.From).ToList(),
            CouncillorsLost.Adds(CouncillorsLost.Event(d.Id, d.Date, d.CouncillorCount, d.Seats, [.. d.Councillors.Select(c => c.Slug)], d.Verification)))
        {
            DateText = When(d.Date, d.DateWithoutYear, d.NotBefore, d.NotAfter, d.DateDerived, d.DateBasis, d.Sources).ToDisplay(),
            DateWithoutYear = d.DateWithoutYear,
            NotBefore = DateApiItem.From(d.NotBefore),
            NotAfter = DateApiItem.From(d.NotAfter),
            DateDerived = d.DateDerived,
            DateBasis = d.DateBasis,
            DateDerivedText = When(d.Date, d.DateWithoutYear, d.NotBefore, d.NotAfter, d.DateDerived, d.DateBasis, d.Sources).DerivedText,
            Story = d.Story,
            ToGroupNotKnown = d.ToGroupNotKnown,
            DestinationText = Wording.Destination(d.ToParty?.Name, d.ToGroupNotKnown),
            CouncillorDestinations = [.. d.Destinations.Select(x => new CouncillorDestinationItem(x.Councillor, x.ToParty, x.ToGroupNotKnown,
                    Wording.Destination(x.ToParty?.Name, x.ToGroupNotKnown), x.DestinationSourceId))],
        })
            .ToList();
        return items;
    }

    private static EventDate When(PartialDate date, string? withoutYear, PartialDate notBefore, PartialDate notAfter, bool derived,
        string? basis, IEnumerable<Source> sources) =>
        DefectionDates.Of(date, withoutYear, notBefore, notAfter, derived, basis, DefectionDates.FirstReported(sources.Select(s => s.Published)));
}

/// <summary>One defection with its effect at each council it touched.</summary>
public sealed record DefectionDetailApiItem(
    [property: System.Text.Json.Serialization.JsonIgnore] DefectionApiItem Item,
    IReadOnlyList<DefectionEffectApiItem> Effects)
{
    public string Id => Item.Id;
    public string? Date => Item.Date;
    public string DatePrecision => Item.DatePrecision;
    public DefectionKind Kind => Item.Kind;
    public IReadOnlyList<RefViewModel> Councils => Item.Councils;
    public RefViewModel FromParty => Item.FromParty;
    public RefViewModel? ToParty => Item.ToParty;
    [System.Text.Json.Serialization.JsonPropertyName("councillorsLost")]
    public int? CouncillorCount => Item.CouncillorCount;
    public IReadOnlyList<ReportedCountItem> ReportedCounts => Item.ReportedCounts;
    public IReadOnlyList<RefViewModel> Councillors => Item.Councillors;
    public IReadOnlyList<GrievanceRefItem> Grievances => Item.Grievances;
    public Verification Verification => Item.Verification;
    public string Summary => Item.Summary;
    public IReadOnlyList<SourceRefViewModel> Sources => Item.Sources;
    public int CouncillorsAddedToPartyTotal => Item.CouncillorsAddedToPartyTotal;
    public string DateText => Item.DateText;
    public string? DateWithoutYear => Item.DateWithoutYear;
    public DateApiItem? NotBefore => Item.NotBefore;
    public DateApiItem? NotAfter => Item.NotAfter;
    public bool DateDerived => Item.DateDerived;
    public string? DateBasis => Item.DateBasis;
    public string? DateDerivedText => Item.DateDerivedText;
    public RefViewModel? Story => Item.Story;
    public bool ToGroupNotKnown => Item.ToGroupNotKnown;
    public string DestinationText => Item.DestinationText;
    public IReadOnlyList<CouncillorDestinationItem> CouncillorDestinations => Item.CouncillorDestinations;
}

/// <summary>
/// What the event did at one council: <c>seatsMoved</c> (null when the split is not known), the council just before and
/// just after, whether arithmetic control flipped and whether the administration changed (null when not known), and
/// the other events whose order relative to this one the sources leave open.
/// </summary>
public sealed record DefectionEffectApiItem(
    RefViewModel Council,
    int? SeatsMoved,
    CompositionApiItem Before,
    CompositionApiItem After,
    bool? ControlFlipped,
    bool? AdministrationChanged,
    IReadOnlyList<string> OrderUnknownWith);
