namespace DefectionTracker.Web.Features.Shared;

/// <summary>How a hemicycle seat is drawn: a party's filled seat, one that changed hands (outlined), or a hollow vacancy.</summary>
public enum HemicycleSeatLook
{
    Filled,
    Changed,
    Hollow,
}

public sealed record HemicycleSeatViewModel(double Cx, double Cy, double Radius, string Fill, HemicycleSeatLook Look);

/// <summary>One party's wedge of seats, for the drawing's groups.</summary>
public sealed record HemicycleGroupViewModel(SeatRowViewModel Row, string Fill, int Changed, IReadOnlyList<HemicycleSeatViewModel> Seats);

/// <summary>
/// A council's seats as a parliament diagram (<see cref="Hemicycle"/>), the parties in the order of the bar beside it,
/// from left to right. Compared with the other moment (before against after), the seats a party lost are outlined
/// on the before diagram and the seats it gained on the after one; seats the source does not account for (vacancies
/// or an unexplained seat) are hollow.
/// </summary>
public sealed class HemicycleViewModel
{
    public const double Width = 480;
    public const double Height = (Width / 2) + 6;
    public const string ChangedStroke = "#111111";

    private const double Scale = Width / (2 * Hemicycle.Extent);

    public HemicycleViewModel(string id, CompositionViewModel composition, CompositionViewModel? compared, bool isAfter)
    {
        Id = id;
        Composition = composition;
        IsAfter = isAfter;
        if (!composition.IsKnown || composition.TotalSeats is not > 0 || composition.TotalSeats > Hemicycle.MaxSeats)
        {
            return;
        }

        var drawn = composition.Rows.Where(r => r.Seats > 0).ToList();
        var seats = drawn.Sum(r => r.Seats);
        var spots = Hemicycle.Layout(seats);
        SeatRadius = Hemicycle.SeatRadius(Hemicycle.Rows(seats)) * Scale;
        var others = compared is { IsKnown: true } ? compared.Rows.ToDictionary(Key, r => r.Seats, StringComparer.Ordinal) : null;
        var next = 0;
        var groups = new List<HemicycleGroupViewModel>();
        foreach (var row in drawn)
        {
            var fill = row.Kind switch
            {
                SeatRowKind.Party => row.Party!.Colour,
                SeatRowKind.UnknownAffiliation => SeatChartViewModel.UnknownAffiliationFill,
                _ => SeatChartViewModel.UnaccountedFill,
            };

            // Before: the seats this party has that it will not have after; after: the seats it did not have before.
            var changed = others is null || row.Kind == SeatRowKind.Unaccounted
                ? 0
                : Math.Clamp(row.Seats - others.GetValueOrDefault(Key(row)), 0, row.Seats);
            var look = row.Kind == SeatRowKind.Unaccounted ? HemicycleSeatLook.Hollow : HemicycleSeatLook.Filled;
            var mine = spots.Skip(next).Take(row.Seats).Select((s, i) => new HemicycleSeatViewModel(
                (Width / 2) + (s.X * Scale),
                Height - 3 - (s.Y * Scale),
                SeatRadius,
                fill,
                i >= row.Seats - changed ? HemicycleSeatLook.Changed : look)).ToList();
            groups.Add(new HemicycleGroupViewModel(row, fill, changed, mine));
            next += row.Seats;
        }

        Groups = groups;
    }

    public string Id { get; }

    public CompositionViewModel Composition { get; }

    public bool IsAfter { get; }

    public bool CanDraw => Groups.Count > 0;

    public double SeatRadius { get; }

    public IReadOnlyList<HemicycleGroupViewModel> Groups { get; } = [];

    public IEnumerable<HemicycleSeatViewModel> Seats => Groups.SelectMany(g => g.Seats);

    public int ChangedSeats => Groups.Sum(g => g.Changed);

    public string Title => $"Seats as a parliament diagram, {Composition.Heading} ({Composition.Control.Text})";

    /// <summary>The diagram in words: parties from left to right, and which seats are outlined.</summary>
    public string Description
    {
        get
        {
            var parts = Groups.Select(g => $"{g.Row.Label} {g.Row.Seats}");
            var changed = Groups.Where(g => g.Changed > 0).Select(g => $"{g.Row.Label} {g.Changed}").ToList();
            var outlined = changed.Count == 0
                ? "No seat is outlined."
                : $"Outlined, the seats {(IsAfter ? "gained since before" : "lost by now")}: {string.Join(", ", changed)}.";
            var hollow = Composition.UnaccountedSeats > 0 ? $" {Composition.UnaccountedSeats} hollow {Wording.Noun(Composition.UnaccountedSeats, "seat is", "seats are")} not accounted for by the source." : "";
            return $"{Composition.TotalSeats} seats on a half circle, from left to right: {string.Join(", ", parts)}. {outlined}{hollow}";
        }
    }

    private static string Key(SeatRowViewModel row) => row.Kind == SeatRowKind.Party ? "party:" + row.Party!.Slug : row.Kind.ToString();
}
