using System.Globalization;
using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Shared;

/// <summary>A defection as the control story needs it: when, what kind, from and to, and the seats it moved here.</summary>
public sealed record StoryEvent(
    string Id,
    PartialDate Date,
    DefectionKind Kind,
    string FromParty,
    string? ToParty,
    int? Seats,
    bool OnlyThisCouncil,
    IReadOnlyList<(int Count, string SourceId)> ReportedCounts);

/// <summary>
/// The plain statement of what happened to control of a council, generated from the data: "Labour lost its majority
/// on 2 January 2025 when 20 councillors left (18 according to the council's list)." It names the event whose effect
/// flipped control; where none did, or where the composition is not known, it says so.
/// </summary>
public static class ControlStory
{
    public static string Describe(
        CouncilHistory history,
        IReadOnlyDictionary<string, StoryEvent> events,
        PartyLabels parties,
        Func<string, string> sourceName)
    {
        var before = history.Before;
        var now = history.Now;
        var flips = history.Effects.Values
            .Where(e => e.FlippedControl == true && events.ContainsKey(e.DefectionId))
            .Select(e => (Effect: e, Event: events[e.DefectionId]))
            .OrderBy(x => x.Event.Date)
            .ToList();
        var sentences = new List<string>();

        if (history.ControlChanged is null)
        {
            sentences.Add(UnknownSentence(history));
            return string.Join(" ", sentences);
        }

        sentences.AddRange(flips.Select(f => FlipSentence(f.Effect, f.Event, parties, sourceName)));
        if (history.ControlChanged == true && flips.Count == 0)
        {
            sentences.Add($"Control changed from {Lower(ControlText(before.Control, parties))} ({BeforeWhen(history)}) to "
                + $"{Lower(ControlText(now.Control, parties))} ({NowWhen(history)}), but no single recorded defection changed it: "
                + "the later figures differ from what the recorded events give.");
            return string.Join(" ", sentences);
        }

        if (flips.Count > 0)
        {
            var last = flips[^1].Effect.After.Control;
            sentences.Add(now.Control == last
                ? last.Kind == ControlKind.NoOverallControl
                    ? "No party has had a majority since."
                    : $"{parties.For(last.PartySlug!).ShortName} has held a majority since."
                : $"Now ({NowWhen(history)}): {Lower(ControlText(now.Control, parties))}.");
            return string.Join(" ", sentences);
        }

        // Control did not change and no event flipped it.
        if (before.Control.Kind == ControlKind.Majority)
        {
            var party = before.Control.PartySlug!;
            sentences.Add($"{parties.For(party).ShortName} has kept its majority: {before[party]} of {before.TotalSeats} seats "
                + $"({BeforeWhen(history)}) and {now[party]} now ({NowWhen(history)}); {before.MajorityThreshold} are needed.");
        }
        else
        {
            sentences.Add($"No party has had a majority: no overall control ({BeforeWhen(history)}) and still now ({NowWhen(history)}).");
        }

        return string.Join(" ", sentences);
    }

    public static string ControlText(Control control, PartyLabels parties) => ControlViewModel.From(control, parties).Text;

    /// <summary>"on 2 January 2025", "in April 2024", "in 2024", "on a date not known".</summary>
    public static string When(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => "on " + date.ToDisplay(),
        DatePrecision.Month or DatePrecision.Year => "in " + date.ToDisplay(),
        _ => "on a date not known",
    };

    private static string FlipSentence(EventEffect effect, StoryEvent e, PartyLabels parties, Func<string, string> sourceName)
    {
        var b = effect.Before.Control;
        var a = effect.After.Control;
        var n = e.Seats ?? 0;
        var who = n == 1 ? "one councillor" : $"{n.ToString(CultureInfo.InvariantCulture)} councillors";
        var from = parties.For(e.FromParty).ShortName;
        var to = e.ToParty is null ? "an affiliation no source states" : parties.For(e.ToParty).ShortName;
        var moved = $"{who} moved from {from} to {to}";
        var alternatives = Alternatives(e, sourceName);

        if (b.Kind == ControlKind.Majority && a.Kind == ControlKind.NoOverallControl)
        {
            var lost = parties.For(b.PartySlug!).ShortName;
            var verb = e.Kind switch
            {
                DefectionKind.Suspended => n == 1 ? "was suspended" : "were suspended",
                DefectionKind.Expelled => n == 1 ? "was expelled" : "were expelled",
                _ => "left",
            };
            var what = e.FromParty == b.PartySlug ? $"{who} {verb}" : moved;
            return $"{lost} lost its majority {When(e.Date)} when {what}{alternatives}.";
        }

        if (b.Kind == ControlKind.NoOverallControl && a.Kind == ControlKind.Majority)
        {
            var won = parties.For(a.PartySlug!).ShortName;
            var what = e.ToParty == a.PartySlug ? $"{who} joined it from {from}" : moved;
            return $"{won} gained a majority {When(e.Date)} when {what}{alternatives}.";
        }

        return $"Control changed from {Lower(ControlText(b, parties))} to {Lower(ControlText(a, parties))} {When(e.Date)} when {moved}{alternatives}.";
    }

    /// <summary>" (18 according to the council's list)": the counts other sources give for a single-council event.</summary>
    private static string Alternatives(StoryEvent e, Func<string, string> sourceName)
    {
        if (!e.OnlyThisCouncil || e.Seats is null)
        {
            return "";
        }

        var others = e.ReportedCounts.Where(c => c.Count != e.Seats)
            .GroupBy(c => c.Count)
            .Select(g => $"{g.Key.ToString(CultureInfo.InvariantCulture)} according to "
                + string.Join(" and ", g.Select(c => sourceName(c.SourceId)).Distinct(StringComparer.Ordinal)))
            .ToList();
        return others.Count == 0 ? "" : $" ({string.Join("; ", others)})";
    }

    private static string UnknownSentence(CouncilHistory history)
    {
        if (!history.Before.IsKnown && !history.Now.IsKnown)
        {
            return "This council's composition is not known, before or after the recorded defections: no source gives its seats per party, so whether control changed is not known.";
        }

        if (!history.Before.IsKnown)
        {
            return "This council's composition before the recorded defections is not known, so whether control changed is not known.";
        }

        if (!history.Now.IsKnown)
        {
            return "This council's composition now is not known: a recorded defection moved a number of its seats that no source gives, so whether control changed is not known.";
        }

        var unclear = history.Before.Control.Kind == ControlKind.Unknown ? history.Before : history.Now;
        return $"Control is not known because {unclear.Unassigned + unclear[Seats.UnknownAffiliation]} seat(s) that the sources do not assign to a party could decide it.";
    }

    private static string BeforeWhen(CouncilHistory history) => history.BeforeSnapshot is { } s
        ? s.Kind == CompositionKind.ElectionResult ? $"after the election of {s.AsOf.ToDisplay()}" : $"{s.AsOf.ToDisplay()}, {CompositionViews.KindText(s.Kind)}"
        : "date not known";

    private static string NowWhen(CouncilHistory history) => history.NowSnapshot is { } s && history.SinceNowSnapshot.Count == 0
        ? s.Kind == CompositionKind.ElectionResult ? $"after the election of {s.AsOf.ToDisplay()}" : $"{s.AsOf.ToDisplay()}, {CompositionViews.KindText(s.Kind)}"
        : $"{history.NowAsOf.ToDisplay()}, derived from the recorded events";

    private static string Lower(string text) => text.StartsWith("No overall", StringComparison.Ordinal) || text.StartsWith("Control not", StringComparison.Ordinal)
        ? char.ToLowerInvariant(text[0]) + text[1..]
        : text; // a party's name keeps its capital
}
