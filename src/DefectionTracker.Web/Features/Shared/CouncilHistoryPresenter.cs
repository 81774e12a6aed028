using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>One party's seats by two accounts: what the recorded events give and what a later snapshot states.</summary>
public sealed record DiscrepancyRowViewModel(SeatRowKind Kind, PartyLabelViewModel? Party, int Derived, int Stated)
{
    public string Label => new SeatRowViewModel(Kind, Party, 0, null).Label;

    public bool Differs => Derived != Stated;
}

/// <summary>A later snapshot that disagrees with the events before it; both accounts are shown, neither is dropped.</summary>
public sealed record DiscrepancyViewModel
{
    public required string SnapshotKindText { get; init; }

    public PartialDate SnapshotAsOf { get; init; }

    public SourceRefViewModel? SnapshotSource { get; init; }

    public string? SnapshotNotes { get; init; }

    public string? SinceKindText { get; init; }

    public PartialDate SinceAsOf { get; init; }

    public SourceRefViewModel? SinceSource { get; init; }

    /// <summary>The events between the two snapshots, whose reported figures the derived account follows.</summary>
    public IReadOnlyList<string> DefectionIds { get; init; } = [];

    public IReadOnlyList<DiscrepancyRowViewModel> Rows { get; init; } = [];

    public IReadOnlyList<DiscrepancyRowViewModel> Differences => [.. Rows.Where(r => r.Differs)];
}

/// <summary>What one defection did to one council: the composition just before and just after.</summary>
public sealed record CouncilEffectViewModel
{
    public required RefViewModel Council { get; init; }

    public int? SeatsChanged { get; init; }

    public string? SeatsSourceId { get; init; }

    /// <summary>False when the event's date is unknown, so it cannot be placed among the council's events.</summary>
    public bool Placed { get; init; } = true;

    public required CompositionViewModel Before { get; init; }

    public required CompositionViewModel After { get; init; }

    public bool? FlippedControl { get; init; }

    /// <summary>Events at the council whose order relative to this one the sources leave open.</summary>
    public IReadOnlyList<(string DefectionId, PartialDate Date)> OrderUnknownWith { get; init; } = [];

    /// <summary>Seats the event moves beyond what the party held on the record (not counted).</summary>
    public int Shortfall { get; init; }

    /// <summary>A later snapshot that disagrees with the figures this event was recorded with, if any.</summary>
    public DiscrepancyViewModel? LaterDiscrepancy { get; init; }

    /// <summary>Who ran the council just before and just after this event (the second layer of control).</summary>
    public AdministrationChangeViewModel Administration { get; init; } = new() { Unknown = AdministrationUnknown.NoRecord };

    /// <summary>Both layers of control around this event: the seat arithmetic and the administration.</summary>
    public ControlLayersViewModel Layers => new(Before.Control, After.Control, Administration);

    /// <summary>Rows whose seats changed in this event: party, before, after.</summary>
    public IReadOnlyList<(string Label, PartyLabelViewModel? Party, int Before, int After)> Changes
    {
        get
        {
            if (!Before.IsKnown || !After.IsKnown)
            {
                return [];
            }

            var before = Before.Rows.ToDictionary(Key, r => r);
            var after = After.Rows.ToDictionary(Key, r => r);
            return
            [
                .. before.Keys.Union(after.Keys)
                    .Select(k => (Row: after.GetValueOrDefault(k) ?? before[k], Before: before.GetValueOrDefault(k)?.Seats ?? 0,
                        After: after.GetValueOrDefault(k)?.Seats ?? 0))
                    .Where(x => x.Before != x.After)
                    .OrderByDescending(x => x.Before)
                    .Select(x => (x.Row.Label, x.Row.Party, x.Before, x.After)),
            ];
        }
    }

    private static string Key(SeatRowViewModel r) => r.Party?.Slug ?? r.Kind.ToString();
}

/// <summary>The dataset's facts about one composition snapshot that the history does not carry.</summary>
public sealed record SnapshotFacts(string Id, string? Notes);

/// <summary>Builds what people see from a <see cref="CouncilHistory"/>: before, now, each event's effect, the disagreements.</summary>
public sealed class CouncilHistoryPresenter(
    CouncilHistory history,
    PartyLabels parties,
    IReadOnlyDictionary<string, SourceRefViewModel> sources,
    IReadOnlyDictionary<string, SnapshotFacts> snapshots,
    CouncilAdministrations? administrations = null)
{
    public CouncilHistory History => history;

    public CompositionViewModel Before()
    {
        var heading = history.BeforeSnapshot is { Kind: CompositionKind.ElectionResult } b
            ? $"Before: after the election of {b.AsOf.ToDisplay()}"
            : history.BeforeSnapshot is { } s ? $"Before: {s.AsOf.ToDisplay()}" : "Before";
        var vm = CompositionViews.From(history.Before, parties, heading);
        return history.BeforeSnapshot is { } snapshot
            ? vm with
            {
                AsOf = snapshot.AsOf,
                Basis = CompositionViews.KindText(snapshot.Kind),
                Source = Source(snapshot.SourceId),
                Notes = snapshots.GetValueOrDefault(snapshot.Id)?.Notes,
            }
            : vm with
            {
                UnknownStatement = history.Effects.Count == 0 && history.UnplacedDefectionIds.Count == 0
                    ? "No source gives this council's seats per party, so its composition is not known."
                    : "No source gives this council's seats per party before the first recorded defection, so its composition before is not known.",
            };
    }

    public CompositionViewModel Now()
    {
        var snapshot = history.NowSnapshot;
        var exact = snapshot is not null && history.SinceNowSnapshot.Count == 0;
        var heading = !history.Now.IsKnown
            ? "Now"
            : exact && snapshot!.Kind == CompositionKind.ElectionResult
                ? $"Now: after the election of {snapshot.AsOf.ToDisplay()}"
                : $"Now: {history.NowAsOf.ToDisplay()}";
        var vm = CompositionViews.From(history.Now, parties, heading);
        if (!history.Now.IsKnown)
        {
            return vm with
            {
                UnknownStatement = snapshot is null
                    ? "No source gives this council's seats per party, and the number of its seats that moved in the recorded defections is not known, so its composition now is not known."
                    : $"After {snapshot.AsOf.ToDisplay()} a recorded defection moved a number of this council's seats that no source gives, so its composition since is not known.",
            };
        }

        return vm with
        {
            AsOf = history.NowAsOf,
            Basis = exact
                ? CompositionViews.KindText(snapshot!.Kind)
                : $"derived: the {CompositionViews.KindText(snapshot!.Kind)} of {snapshot.AsOf.ToDisplay()} and the {history.SinceNowSnapshot.Count} recorded defection(s) since",
            Source = Source(snapshot.SourceId),
            Notes = exact ? snapshots.GetValueOrDefault(snapshot.Id)?.Notes : null,
        };
    }

    public IReadOnlyList<DiscrepancyViewModel> Discrepancies() => [.. history.Discrepancies.Select(ToViewModel)];

    public CouncilEffectViewModel Effect(string defectionId, RefViewModel council, int? seatsChanged, string? seatsSourceId)
    {
        if (!history.Effects.TryGetValue(defectionId, out var effect))
        {
            var unknown = CompositionViews.From(Seats.Unknown(history.TotalSeats), parties, "Just before");
            const string why = "This defection's date is not known, so it cannot be placed among the council's other events.";
            return new CouncilEffectViewModel
            {
                Council = council,
                SeatsChanged = seatsChanged,
                SeatsSourceId = seatsSourceId,
                Placed = false,
                Administration = AdministrationAround(defectionId),
                Before = unknown with { UnknownStatement = why },
                After = unknown with { Heading = "Just after", UnknownStatement = why },
            };
        }

        var before = CompositionViews.From(effect.Before, parties, "Just before");
        var after = CompositionViews.From(effect.After, parties, "Just after");
        var discrepancy = history.Discrepancies.FirstOrDefault(d => d.DefectionIds.Contains(defectionId));
        return new CouncilEffectViewModel
        {
            Council = council,
            SeatsChanged = seatsChanged,
            SeatsSourceId = seatsSourceId,
            OrderUnknownWith = effect.OrderUnknownWith,
            Before = effect.Before.IsKnown ? before : before with
            {
                UnknownStatement = "The council's composition just before this defection is not known.",
            },
            After = effect.After.IsKnown ? after : after with
            {
                UnknownStatement = effect.Before.IsKnown && seatsChanged is null
                    ? "How many of this council's seats moved is not known, so its composition just after is not known."
                    : "The council's composition just after this defection is not known, because it was not known just before.",
            },
            FlippedControl = effect.FlippedControl,
            Administration = AdministrationAround(defectionId),
            Shortfall = effect.Shortfall,
            LaterDiscrepancy = discrepancy is null ? null : ToViewModel(discrepancy),
        };
    }

    private AdministrationChangeViewModel AdministrationAround(string defectionId) =>
        administrations?.Around(defectionId) ?? new AdministrationChangeViewModel { Unknown = AdministrationUnknown.NoRecord };

    private SourceRefViewModel? Source(string? id) => id is not null && sources.TryGetValue(id, out var s) ? s : null;

    private DiscrepancyViewModel ToViewModel(Discrepancy d)
    {
        var keys = d.Derived.ByParty.Select(p => p.Key).Union(d.Stated.ByParty.Select(p => p.Key)).Distinct(StringComparer.Ordinal);
        var rows = keys
            .Select(k => k == Seats.UnknownAffiliation
                ? new DiscrepancyRowViewModel(SeatRowKind.UnknownAffiliation, null, d.Derived[k], d.Stated[k])
                : new DiscrepancyRowViewModel(SeatRowKind.Party, parties.For(k), d.Derived[k], d.Stated[k]))
            .OrderByDescending(r => Math.Max(r.Derived, r.Stated))
            .ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
        if ((d.Derived.Unassigned ?? 0) > 0 || (d.Stated.Unassigned ?? 0) > 0)
        {
            rows.Add(new DiscrepancyRowViewModel(SeatRowKind.Unaccounted, null, d.Derived.Unassigned ?? 0, d.Stated.Unassigned ?? 0));
        }

        return new DiscrepancyViewModel
        {
            SnapshotKindText = CompositionViews.KindText(d.Snapshot.Kind),
            SnapshotAsOf = d.Snapshot.AsOf,
            SnapshotSource = Source(d.Snapshot.SourceId),
            SnapshotNotes = snapshots.GetValueOrDefault(d.Snapshot.Id)?.Notes,
            SinceKindText = d.Since is { } s ? CompositionViews.KindText(s.Kind) : null,
            SinceAsOf = d.Since?.AsOf ?? PartialDate.Unknown,
            SinceSource = d.Since is { } since ? Source(since.SourceId) : null,
            DefectionIds = d.DefectionIds,
            Rows = rows,
        };
    }
}

/// <summary>A disagreement as one page shows it: the council, and a label for each event it involves.</summary>
public sealed record DiscrepancyBlockViewModel(
    string CouncilName,
    DiscrepancyViewModel Discrepancy,
    IReadOnlyDictionary<string, string> EventLabels,
    string HeadingTag = "h3");
