using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Shared;

public sealed record DefectionCouncilViewModel(RefViewModel Council, int? SeatsChanged, string? SourceId);

public sealed record ReportedCountViewModel(int Count, string? Note, string SourceId);

public sealed record GrievanceViewModel(string Slug, string Name, GrievanceAttribution Attribution, string? SourceId)
{
    /// <summary>Every source citing the reason, <see cref="SourceId"/> first.</summary>
    public IReadOnlyList<string> SourceIds { get; init; } = SourceId is null ? [] : [SourceId];

    public string AttributionText => Attribution == GrievanceAttribution.Stated
        ? "stated by the councillors"
        : "attributed by the press";
}

/// <summary>
/// A named councillor of an event, with their own destination where a source gives one (<see cref="OwnDestination"/>;
/// <see cref="ToParty"/> null then means not known for them).
/// </summary>
public sealed record EventCouncillorViewModel(string Slug, string Name, bool OwnDestination, PartyLabelViewModel? ToParty, bool ToGroupNotKnown, string? DestinationSourceId)
{
    public string DestinationText => Wording.Destination(ToParty?.Name, ToGroupNotKnown);
}

public sealed record QuoteViewModel(string Id, string Text, string SpeakerName, string? SpeakerRole, string? SpeakerCouncillorSlug, string SourceId);

/// <summary>Everything recorded about one defection, with its sources by id (see <see cref="Sources"/>).</summary>
public sealed record DefectionDetailViewModel
{
    public required string Id { get; init; }

    public PartialDate Date { get; init; }

    /// <summary>When, as the sources say it: a date, a day and month with no year, or bounds; derived or stated.</summary>
    public EventDate When { get; init; } = new(PartialDate.Unknown);

    /// <summary>The story this event is part of, or null.</summary>
    public RefViewModel? Story { get; init; }

    /// <summary>"Independent, group not known" rather than a known group.</summary>
    public bool ToGroupNotKnown { get; init; }

    /// <summary>The named councillors whose own destination a source gives, where it differs from the event's.</summary>
    public IReadOnlyList<EventCouncillorViewModel> OwnDestinations { get; init; } = [];

    /// <summary>The event's destination in words (<see cref="Wording.Destination"/>).</summary>
    public string DestinationText => Wording.Destination(ToParty?.Name, ToGroupNotKnown);

    /// <summary>The event's place in the one chronological order (<see cref="Defection.Sequence"/>).</summary>
    public int Sequence { get; init; }

    public DefectionKind Kind { get; init; }

    public required PartyLabelViewModel FromParty { get; init; }

    /// <summary>Null when no source says where the councillors went.</summary>
    public PartyLabelViewModel? ToParty { get; init; }

    public int? CouncillorCount { get; init; }

    public required string Summary { get; init; }

    public Verification Verification { get; init; }

    public string? Notes { get; init; }

    public IReadOnlyList<DefectionCouncilViewModel> Councils { get; init; } = [];

    public IReadOnlyList<RefViewModel> Councillors { get; init; } = [];

    public IReadOnlyList<ReportedCountViewModel> ReportedCounts { get; init; } = [];

    public IReadOnlyList<GrievanceViewModel> Grievances { get; init; } = [];

    public IReadOnlyList<QuoteViewModel> Quotes { get; init; } = [];

    /// <summary>The defection's own sources.</summary>
    public IReadOnlyList<string> SourceIds { get; init; } = [];

    /// <summary>Every source the defection's facts cite (its own, counts, seats, grievances, quotes), by id.</summary>
    public IReadOnlyDictionary<string, SourceRefViewModel> Sources { get; init; } = new Dictionary<string, SourceRefViewModel>();

    public string KindText => Wording.Kind(Kind);

    public string VerificationText => Wording.Verification(Verification);

    public string CountText => CouncillorCount is { } n ? Wording.Councillors(n) : "number not known";

    public SourceRefViewModel? Source(string? id) => id is not null && Sources.TryGetValue(id, out var s) ? s : null;
}

/// <summary>Loads defections in full (councils, councillors, counts, grievances, quotes, sources) in a fixed number of queries.</summary>
public sealed class DefectionDetailsQuery(DefectionsDbContext db, PartyLabelsQuery partyLabels)
{
    public async Task<IReadOnlyDictionary<string, DefectionDetailViewModel>> LoadAsync(
        IReadOnlyCollection<string> ids, PartyLabels? parties, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, DefectionDetailViewModel>();
        }

        parties ??= await partyLabels.LoadAsync(ct);
        var rows = await db.Defections.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .Select(d => new
            {
                d.Id,
                d.Date,
                d.DateWithoutYear,
                d.NotBefore,
                d.NotAfter,
                d.DateDerived,
                d.DateBasis,
                d.StoryId,
                StoryTitle = db.Stories.Where(s => s.Id == d.StoryId).Select(s => s.Title).FirstOrDefault(),
                d.ToGroupNotKnown,
                d.Sequence,
                d.Kind,
                d.FromPartySlug,
                d.ToPartySlug,
                d.CouncillorCount,
                d.Summary,
                d.Verification,
                d.Notes,
                Councils = d.Councils.OrderBy(c => c.Council!.Name)
                    .Select(c => new DefectionCouncilViewModel(new RefViewModel(c.CouncilSlug, c.Council!.Name), c.SeatsChanged, c.SourceId)).ToList(),
                // One query gives the councillors and those with a destination of their own (one query fewer per load).
                Councillors = d.Councillors.OrderBy(c => c.Councillor!.Name)
                    .Select(c => new { c.CouncillorSlug, c.Councillor!.Name, c.OwnDestination, c.ToPartySlug, c.ToGroupNotKnown, c.DestinationSourceId }).ToList(),
                ReportedCounts = d.ReportedCounts.OrderBy(c => c.Id).Select(c => new ReportedCountViewModel(c.Count, c.Note, c.SourceId)).ToList(),
                Grievances = d.Grievances.OrderBy(g => g.Attribution).ThenBy(g => g.Grievance!.Name)
                    .Select(g => new { g.GrievanceSlug, g.Grievance!.Name, g.Attribution, g.SourceId, g.SourceIds }).ToList(),
                Quotes = d.Quotes.OrderBy(q => q.Id)
                    .Select(q => new QuoteViewModel(q.Id, q.Text, q.SpeakerName, q.SpeakerRole, q.SpeakerCouncillorSlug, q.SourceId)).ToList(),
                SourceIds = d.Sources.Select(s => s.SourceId).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        var sourceIds = rows.SelectMany(r => r.SourceIds
                .Concat(r.Councils.Select(c => c.SourceId).OfType<string>())
                .Concat(r.ReportedCounts.Select(c => c.SourceId))
                .Concat(r.Grievances.SelectMany(g => Split(g.SourceIds)))
                .Concat(r.Councillors.Where(x => x.OwnDestination).Select(x => x.DestinationSourceId).OfType<string>())
                .Concat(r.Quotes.Select(q => q.SourceId)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var sources = await SourcesAsync(db, sourceIds, ct);

        return rows.ToDictionary(r => r.Id, r =>
        {
            var cited = r.SourceIds
                .Concat(r.Councils.Select(c => c.SourceId).OfType<string>())
                .Concat(r.ReportedCounts.Select(c => c.SourceId))
                .Concat(r.Grievances.SelectMany(g => Split(g.SourceIds)))
                .Concat(r.Councillors.Where(x => x.OwnDestination).Select(x => x.DestinationSourceId).OfType<string>())
                .Concat(r.Quotes.Select(q => q.SourceId))
                .Distinct(StringComparer.Ordinal)
                .Where(sources.ContainsKey)
                .ToDictionary(id => id, id => sources[id], StringComparer.Ordinal);
            return new DefectionDetailViewModel
            {
                Id = r.Id,
                Date = r.Date,
                When = DefectionDates.Of(r.Date, r.DateWithoutYear, r.NotBefore, r.NotAfter, r.DateDerived, r.DateBasis,
                    DefectionDates.FirstReported(r.SourceIds.Where(sources.ContainsKey).Select(id => sources[id].PublishedDate))),
                Story = r.StoryId is null ? null : new RefViewModel(r.StoryId, r.StoryTitle ?? r.StoryId),
                ToGroupNotKnown = r.ToGroupNotKnown,
                OwnDestinations = [.. r.Councillors.Where(x => x.OwnDestination).Select(x => new EventCouncillorViewModel(x.CouncillorSlug, x.Name, true,
                    parties.Find(x.ToPartySlug), x.ToGroupNotKnown, x.DestinationSourceId))],
                Sequence = r.Sequence,
                Kind = r.Kind,
                FromParty = parties.For(r.FromPartySlug),
                ToParty = parties.Find(r.ToPartySlug),
                CouncillorCount = r.CouncillorCount,
                Summary = r.Summary,
                Verification = r.Verification,
                Notes = r.Notes,
                Councils = r.Councils,
                Councillors = [.. r.Councillors.Select(c => new RefViewModel(c.CouncillorSlug, c.Name))],
                ReportedCounts = r.ReportedCounts,
                Grievances = [.. r.Grievances.Select(g => new GrievanceViewModel(g.GrievanceSlug, g.Name, g.Attribution, g.SourceId)
                {
                    SourceIds = g.SourceIds.Length > 0 ? Split(g.SourceIds) : g.SourceId is null ? [] : [g.SourceId],
                })],
                Quotes = r.Quotes,
                SourceIds = [.. r.SourceIds.Where(sources.ContainsKey).OrderBy(id => sources[id].Publisher, StringComparer.Ordinal)],
                Sources = cited,
            };
        }, StringComparer.Ordinal);
    }

    private static string[] Split(string ids) => ids.Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Sources by id, as people see them.</summary>
    public static async Task<Dictionary<string, SourceRefViewModel>> SourcesAsync(DefectionsDbContext db, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new(StringComparer.Ordinal);
        }

        var sources = await db.Sources.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        return sources.ToDictionary(s => s.Id, SourceRefViewModel.From, StringComparer.Ordinal);
    }
}
