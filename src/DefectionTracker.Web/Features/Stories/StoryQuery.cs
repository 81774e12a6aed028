using DefectionTracker.Web.Data;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Features.Stories;

/// <summary>One event of a story, as the story page and its JSON list it.</summary>
public sealed record StoryEventViewModel(DefectionDetailViewModel Detail, string Headline, int CouncillorsAdded, LossContribution Contribution);

/// <summary>/stories/{id}: related events reported together, in the one event order, with the councillors lost over them.</summary>
public sealed record StoryViewModel(string Id, string Title, string Summary, IReadOnlyList<StoryEventViewModel> Events,
    IReadOnlyList<SourceRefViewModel> Sources, LossTally Tally)
{
    /// <summary>"3", "at least 3" or "not known", by the one rule (<see cref="CouncillorsLost"/>).</summary>
    public string CouncillorsLostText => Wording.AtLeast(Tally.Councillors, Tally.IsLowerBound);
}

public sealed class StoryQuery(DefectionsDbContext db, DefectionDetailsQuery details, PartyLabelsQuery partyLabels)
{
    public async Task<StoryViewModel?> GetAsync(string id, CancellationToken ct)
    {
        var story = await db.Stories.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.Id, s.Title, s.Summary, SourceIds = s.Sources.Select(x => x.SourceId).ToList() })
            .FirstOrDefaultAsync(ct);
        if (story is null)
        {
            return null;
        }

        var events = await db.Defections.AsNoTracking().Where(d => d.StoryId == id)
            .Select(d => new { d.Id, Seats = d.Councils.Select(c => c.SeatsChanged).ToList(), ToKind = d.ToParty == null ? (PartyKind?)null : d.ToParty.Kind })
            .ToListAsync(ct);
        var parties = await partyLabels.LoadAsync(ct);
        var loaded = await details.LoadAsync([.. events.Select(e => e.Id)], parties, ct);
        var rows = events
            .Select(e =>
            {
                var d = loaded[e.Id];
                var loss = CouncillorsLost.Event(d.Id, d.Date, d.CouncillorCount, e.Seats, [.. d.Councillors.Select(c => c.Slug)], d.Verification, d.Sequence);
                var headline = Wording.Headline(d.Kind, d.CouncillorCount, d.FromParty.Name, d.ToGroupNotKnown ? d.DestinationText : d.ToParty?.Name,
                    e.ToKind == PartyKind.Independent && !d.ToGroupNotKnown);
                return (Event: new StoryEventViewModel(d, headline, CouncillorsLost.Adds(loss), CouncillorsLost.Contribution(loss)), Loss: loss);
            })
            .OrderChronologically(x => x.Event.Detail.Sequence)
            .ToList();
        var sources = await DefectionDetailsQuery.SourcesAsync(db, story.SourceIds, ct);
        return new StoryViewModel(story.Id, story.Title, story.Summary, [.. rows.Select(r => r.Event)],
            [.. sources.Values.OrderBy(s => s.Publisher, StringComparer.Ordinal).ThenBy(s => s.Title, StringComparer.Ordinal)],
            CouncillorsLost.Tally(rows.Select(r => r.Loss)));
    }
}
