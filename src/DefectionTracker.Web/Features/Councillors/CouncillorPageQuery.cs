using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Councillors;

public sealed record CouncillorSeatViewModel(RefViewModel Council, string? Ward, PartialDate From, PartialDate To, string? SourceId)
{
    public string PeriodText => (From.IsKnown, To.IsKnown) switch
    {
        (true, true) => $"from {From.ToDisplay()} until {To.ToDisplay()}",
        (true, false) => $"from {From.ToDisplay()}",
        (false, true) => $"until {To.ToDisplay()}",
        _ => "dates not recorded",
    };
}

public sealed record CouncillorDefectionViewModel(string Id, PartialDate Date, string KindText, PartyLabelViewModel From, PartyLabelViewModel? To, string Summary)
{
    /// <summary>When, as the sources say it (<see cref="EventDate"/>).</summary>
    public EventDate When { get; init; } = new(Date);
}

public sealed record CouncillorQuoteViewModel(string Id, string Text, string? SpeakerRole, string DefectionId, PartialDate DefectionDate, string SourceId);

public sealed record CouncillorPageViewModel
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public string? Notes { get; init; }

    public IReadOnlyList<CouncillorSeatViewModel> Seats { get; init; } = [];

    public IReadOnlyList<AffiliationViewModel> Affiliations { get; init; } = [];

    public IReadOnlyList<CouncillorDefectionViewModel> Defections { get; init; } = [];

    public IReadOnlyList<CouncillorQuoteViewModel> Quotes { get; init; } = [];

    public IReadOnlyDictionary<string, SourceRefViewModel> SourcesById { get; init; } = new Dictionary<string, SourceRefViewModel>();

    public IReadOnlyList<SourceRefViewModel> Sources { get; init; } = [];

    public SourceRefViewModel? Source(string? id) => id is not null && SourcesById.TryGetValue(id, out var s) ? s : null;
}

/// <summary>/councillors/{slug}: a councillor's seats and affiliations over time, the defections they are named in, their quotes.</summary>
public sealed class CouncillorPageQuery(DefectionsDbContext db, PartyLabelsQuery partyLabels)
{
    public async Task<CouncillorPageViewModel?> GetAsync(string slug, CancellationToken ct)
    {
        var councillor = await db.Councillors.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new
            {
                c.Slug,
                c.Name,
                c.Notes,
                Seats = c.Seats.OrderBy(s => s.Council!.Name)
                    .Select(s => new CouncillorSeatViewModel(new RefViewModel(s.CouncilSlug, s.Council!.Name), s.Ward, s.From, s.To, s.SourceId)).ToList(),
                Affiliations = c.Affiliations.Select(a => new { a.Id, a.PartySlug, a.From, a.To, a.EndReason, a.SourceId }).ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (councillor is null)
        {
            return null;
        }

        var parties = await partyLabels.LoadAsync(ct);
        var defections = await db.Defections.AsNoTracking()
            .Where(d => db.DefectionCouncillors.Where(x => x.CouncillorSlug == slug).Select(x => x.DefectionId).Contains(d.Id))
            .Select(d => new { d.Id, d.Date, d.Sequence, d.Kind, d.FromPartySlug, d.ToPartySlug, d.Summary })
            .ToListAsync(ct);
        var quotes = await db.Quotes.AsNoTracking()
            .Where(q => q.SpeakerCouncillorSlug == slug)
            .OrderBy(q => q.Id)
            .Select(q => new { q.Id, q.Text, q.SpeakerRole, q.DefectionId, q.Defection!.Date, q.SourceId })
            .ToListAsync(ct);
        var sourceIds = councillor.Seats.Select(s => s.SourceId)
            .Concat(councillor.Affiliations.Select(a => a.SourceId))
            .OfType<string>()
            .Concat(quotes.Select(q => q.SourceId))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var sources = await DefectionDetailsQuery.SourcesAsync(db, sourceIds, ct);
        var dates = await EventDates.LoadAsync(db, [.. defections.Select(d => d.Id)], ct);

        return new CouncillorPageViewModel
        {
            Slug = councillor.Slug,
            Name = councillor.Name,
            Notes = councillor.Notes,
            Seats = councillor.Seats,
            Affiliations = AffiliationViewModel.InOrder(councillor.Affiliations.Select(a =>
                (a.Id, new AffiliationViewModel(parties.For(a.PartySlug), a.From, a.To, a.EndReason, a.SourceId)))),
            Defections =
            [
                .. defections
                    .OrderChronologically(d => d.Sequence)
                    .Select(d => new CouncillorDefectionViewModel(d.Id, d.Date, Wording.Kind(d.Kind), parties.For(d.FromPartySlug),
                        parties.Find(d.ToPartySlug), d.Summary) { When = dates.For(d.Id) }),
            ],
            Quotes = [.. quotes.Select(q => new CouncillorQuoteViewModel(q.Id, q.Text, q.SpeakerRole, q.DefectionId, q.Date, q.SourceId))],
            SourcesById = sources,
            Sources = [.. sources.Values.OrderBy(s => s.Publisher, StringComparer.Ordinal).ThenBy(s => s.Title, StringComparer.Ordinal)],
        };
    }
}
