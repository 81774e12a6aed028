using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Tests.Domain;

public class SeatsTests
{
    private const int Seed = 20261123;

    private static Seats Of(int? total, params (string Party, int Seats)[] seats) =>
        Seats.Of(total, seats.Select(s => KeyValuePair.Create(s.Party, s.Seats)));

    [Theory]
    [InlineData(44, 23)]
    [InlineData(45, 23)]
    [InlineData(55, 28)]
    [InlineData(33, 17)]
    [InlineData(37, 19)]
    [InlineData(24, 13)]
    [InlineData(13, 7)]
    [InlineData(2, 2)]
    [InlineData(1, 1)]
    public void MajorityThreshold_IsHalfTheTotalRoundedDownPlusOne(int total, int threshold)
    {
        Assert.Equal(threshold, Seats.MajorityThresholdFor(total));
        Assert.Equal(threshold, Of(total).MajorityThreshold);
    }

    [Fact]
    public void MajorityThreshold_KeepsVacanciesInTheDenominator()
    {
        // 44 seats with 4 vacant: the threshold is still 23 of 44, not 21 of 40.
        var seats = Of(44, ("labour", 22), ("conservative", 18));

        Assert.Equal(4, seats.Unassigned);
        Assert.Equal(23, seats.MajorityThreshold);
        Assert.Equal(1, seats.SeatsToMajority("labour"));
    }

    [Fact]
    public void Control_PartyAtTheThreshold_HasAMajority()
    {
        var seats = Of(44, ("labour", 26), ("conservative", 10), ("liberal-democrats", 5), ("independent", 3));

        Assert.Equal(Control.MajorityFor("labour"), seats.Control);
        Assert.Equal(0, seats.SeatsToMajority("labour"));
        Assert.Equal(13, seats.SeatsToMajority("conservative"));
        Assert.Equal(23, seats.SeatsToMajority("green"));
    }

    [Fact]
    public void Control_NoPartyAtTheThreshold_IsNoOverallControl()
    {
        var seats = Of(44, ("broxtowe-independents", 18), ("conservative", 10), ("labour", 8), ("broxtowe-independent-group", 5), ("liberal-democrats", 3));

        Assert.Equal(Control.NoOverallControl, seats.Control);
    }

    [Fact]
    public void Control_UnknownCounts_IsUnknown_AndSeatsToMajorityIsUnknown()
    {
        var seats = Seats.Unknown(24);

        Assert.Equal(Control.Unknown, seats.Control);
        Assert.Null(seats.SeatsToMajority("labour"));
        Assert.Null(seats.Unassigned);
        Assert.Equal(13, seats.MajorityThreshold);
    }

    [Fact]
    public void Control_UnknownTotal_IsUnknown()
    {
        var seats = Of(null, ("labour", 20));

        Assert.Equal(Control.Unknown, seats.Control);
        Assert.Null(seats.MajorityThreshold);
    }

    [Fact]
    public void Control_UnaccountedSeatsThatCouldDecideIt_IsUnknown()
    {
        // 16 of 33 with one seat the source does not explain: that seat could make 17.
        Assert.Equal(Control.Unknown, Of(33, ("conservative", 16), ("labour", 16)).Control);

        // Pendle, April 2024: 32 of 33, largest 13; the unexplained seat cannot make anyone 17.
        Assert.Equal(Control.NoOverallControl,
            Of(33, ("conservative", 13), ("pendle-independent-group", 10), ("liberal-democrats", 7), ("independent", 2)).Control);
    }

    [Fact]
    public void Control_UnknownAffiliationIsNeverAParty_ButCanLeaveControlUnknown()
    {
        var (after, _) = Of(45, ("labour", 23), ("green", 22)).Move("labour", null, 1);

        Assert.Equal(1, after[Seats.UnknownAffiliation]);
        Assert.Equal(22, after["labour"]);
        Assert.Equal(Control.Unknown, after.Control);
    }

    [Fact]
    public void Move_UnknownCount_MakesTheCompositionUnknown()
    {
        var (after, shortfall) = Of(24, ("labour", 20)).Move("labour", "independent", null);

        Assert.False(after.IsKnown);
        Assert.Equal(24, after.TotalSeats);
        Assert.Equal(0, shortfall);
    }

    [Fact]
    public void Move_MoreThanThePartyHolds_MovesWhatItHolds_AndReportsTheShortfall()
    {
        var (after, shortfall) = Of(33, ("labour", 11), ("conservative", 14)).Move("labour", "pendle-independent-group", 12);

        Assert.Equal(0, after["labour"]);
        Assert.Equal(11, after["pendle-independent-group"]);
        Assert.Equal(1, shortfall);
    }

    [Fact]
    public void Of_MoreSeatsThanTheTotal_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => Of(10, ("labour", 8), ("green", 3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Of(10, ("labour", -1)));
    }

    [Fact]
    public void Property_RandomMoves_SeatsAreNeverNegativeNorAboveTheTotal()
    {
        var random = new Random(Seed);
        for (var run = 0; run < 400; run++)
        {
            var seats = RandomComposition(random, out var parties);
            var total = seats.TotalSeats!.Value;
            for (var step = 0; step < 20; step++)
            {
                var from = parties[random.Next(parties.Length)];
                var to = random.Next(8) == 0 ? null : parties[random.Next(parties.Length)];
                (seats, var shortfall) = seats.Move(from, to, random.Next(0, total + 5));

                Assert.True(shortfall >= 0);
                Assert.All(seats.ByParty, p => Assert.InRange(p.Value, 0, total));
                Assert.InRange(seats.Assigned, 0, total);
                Assert.InRange(seats.Unassigned!.Value, 0, total);
                Assert.Equal(total, seats.TotalSeats);
            }
        }
    }

    [Fact]
    public void Property_ControlFlipsExactlyAtTheThreshold()
    {
        var random = new Random(Seed);
        for (var run = 0; run < 400; run++)
        {
            var total = random.Next(3, 120);
            var threshold = Seats.MajorityThresholdFor(total);

            // One party a seat short; the rest split between two parties so that neither reaches the threshold.
            var rest = total - (threshold - 1);
            var b = rest / 2;
            var c = rest - b;
            var oneShort = Of(total, ("a", threshold - 1), ("b", b), ("c", c));

            Assert.Equal(ControlKind.NoOverallControl, oneShort.Control.Kind);
            Assert.Equal(1, oneShort.SeatsToMajority("a"));

            var donor = c > 0 ? "c" : "b";
            var (atThreshold, _) = oneShort.Move(donor, "a", 1);
            Assert.Equal(Control.MajorityFor("a"), atThreshold.Control);
            Assert.Equal(0, atThreshold.SeatsToMajority("a"));

            var (backBelow, _) = atThreshold.Move("a", donor, 1);
            Assert.Equal(ControlKind.NoOverallControl, backBelow.Control.Kind);
        }
    }

    [Fact]
    public void Property_ApplyingThenRevertingAChange_GivesTheSameComposition()
    {
        var random = new Random(Seed);
        for (var run = 0; run < 400; run++)
        {
            var before = RandomComposition(random, out var parties);
            var from = parties[random.Next(parties.Length)];
            var to = random.Next(6) == 0 ? null : parties.Where(p => p != from).ElementAt(random.Next(parties.Length - 1));
            var count = random.Next(0, before[from] + 3);

            var (after, shortfall) = before.Move(from, to, count);
            var (reverted, revertShortfall) = after.Move(to ?? Seats.UnknownAffiliation, from, count - shortfall);

            Assert.Equal(0, revertShortfall);
            Assert.True(before.SameAs(reverted), $"run {run}: moving {count} from {from} to {to ?? "unknown"} and back changed the composition");
            Assert.Equal(before.Control, reverted.Control);
        }
    }

    private static Seats RandomComposition(Random random, out string[] parties)
    {
        var total = random.Next(1, 80);
        parties = [.. Enumerable.Range(0, random.Next(2, 6)).Select(i => "party-" + i)];
        var left = total - random.Next(0, Math.Min(3, total) + 1); // sometimes a vacancy or two
        var seats = new List<KeyValuePair<string, int>>();
        foreach (var party in parties)
        {
            var n = random.Next(0, left + 1);
            seats.Add(KeyValuePair.Create(party, n));
            left -= n;
        }

        return Seats.Of(total, seats);
    }
}
