using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Shared;

public enum SeatRowKind
{
    Party,

    /// <summary>Councillors whose new affiliation no source states (<see cref="Seats.UnknownAffiliation"/>).</summary>
    UnknownAffiliation,

    /// <summary>Seats in the council's total that the source does not account for (vacancies or an unexplained seat).</summary>
    Unaccounted,
}

public sealed record SeatRowViewModel(SeatRowKind Kind, PartyLabelViewModel? Party, int Seats, int? SeatsToMajority)
{
    public const string UnknownAffiliationLabel = "Affiliation not known";
    public const string UnaccountedLabel = "Not accounted for by the source";

    public string Label => Kind switch
    {
        SeatRowKind.Party => Party!.Name,
        SeatRowKind.UnknownAffiliation => UnknownAffiliationLabel,
        _ => UnaccountedLabel,
    };

    public string ShortLabel => Kind switch
    {
        SeatRowKind.Party => Party!.ShortName,
        SeatRowKind.UnknownAffiliation => "Not known",
        _ => "Unaccounted",
    };
}

public sealed record ControlViewModel(ControlKind Kind, PartyLabelViewModel? Party)
{
    public static readonly ControlViewModel Unknown = new(ControlKind.Unknown, null);

    /// <summary>"Labour majority", "No overall control" or "Control not known".</summary>
    public string Text => Kind switch
    {
        ControlKind.Majority => $"{Party!.ShortName} majority",
        ControlKind.NoOverallControl => "No overall control",
        _ => "Control not known",
    };

    /// <summary>The same within a sentence: "Labour majority", "no overall control", "control not known".</summary>
    public string TextInSentence => Kind == ControlKind.Majority ? Text : char.ToLowerInvariant(Text[0]) + Text[1..];

    public static ControlViewModel From(Control control, PartyLabels parties) =>
        control.Kind == ControlKind.Majority ? new(ControlKind.Majority, parties.For(control.PartySlug!)) : new(control.Kind, null);
}

/// <summary>A council's seats at one moment, ready to show as a chart and a table, with where the figures come from.</summary>
public sealed record CompositionViewModel
{
    public required string Heading { get; init; }

    public bool IsKnown { get; init; }

    public int? TotalSeats { get; init; }

    public int? MajorityThreshold { get; init; }

    public required ControlViewModel Control { get; init; }

    public IReadOnlyList<SeatRowViewModel> Rows { get; init; } = [];

    public PartialDate AsOf { get; init; } = PartialDate.Unknown;

    /// <summary>How the figures were obtained: "election result", "the council's official list", "derived from the events".</summary>
    public string? Basis { get; init; }

    public SourceRefViewModel? Source { get; init; }

    /// <summary>Why the composition is not known, said plainly; set when <see cref="IsKnown"/> is false.</summary>
    public string? UnknownStatement { get; init; }

    /// <summary>The dataset's notes on the snapshot (conflicts, what the source leaves out).</summary>
    public string? Notes { get; init; }

    public int UnaccountedSeats => Rows.Where(r => r.Kind == SeatRowKind.Unaccounted).Sum(r => r.Seats);

    public int UnknownAffiliationSeats => Rows.Where(r => r.Kind == SeatRowKind.UnknownAffiliation).Sum(r => r.Seats);
}

/// <summary>Turns domain <see cref="Seats"/> into rows and control for people.</summary>
public static class CompositionViews
{
    public static string KindText(CompositionKind kind) => kind switch
    {
        CompositionKind.ElectionResult => "election result",
        CompositionKind.OfficialList => "the council's official list",
        CompositionKind.PressReport => "press report",
        _ => "derived from sourced figures",
    };

    public static IReadOnlyList<SeatRowViewModel> Rows(Seats seats, PartyLabels parties)
    {
        if (!seats.IsKnown)
        {
            return [];
        }

        var rows = seats.ByParty
            .Select(p => p.Key == Seats.UnknownAffiliation
                ? new SeatRowViewModel(SeatRowKind.UnknownAffiliation, null, p.Value, null)
                : new SeatRowViewModel(SeatRowKind.Party, parties.For(p.Key), p.Value, seats.SeatsToMajority(p.Key)))
            .ToList();
        if (seats.Unassigned is int unaccounted and > 0)
        {
            rows.Add(new SeatRowViewModel(SeatRowKind.Unaccounted, null, unaccounted, null));
        }

        return rows;
    }

    public static CompositionViewModel From(Seats seats, PartyLabels parties, string heading) => new()
    {
        Heading = heading,
        IsKnown = seats.IsKnown,
        TotalSeats = seats.TotalSeats,
        MajorityThreshold = seats.MajorityThreshold,
        Control = ControlViewModel.From(seats.Control, parties),
        Rows = Rows(seats, parties),
    };
}
