using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Councils;
using DefectionTracker.Web.Features.Shared;
using DefectionTracker.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DefectionTracker.Web.Tests.Councils;

[Collection(SharedAppCollection.Name)]
public class CouncilHistoryQueryTests(SharedAppFixture app)
{
    private async Task<IReadOnlyDictionary<string, CouncilHistory>> LoadAllAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CouncilHistoryQuery>().LoadAsync(null, CancellationToken.None);
    }

    [Fact]
    public async Task Brackenholt_LabourMajorityBeforeAndNow_TheOfficialListDisagreesWithTheEvents()
    {
        var brackenholt = (await LoadAllAsync())["brackenholt"];

        // 40 of 63 in 2023 (32 needed); the council's list of 1 March 2025 says 37 where the events give 40 + 1 - 5 = 36.
        Assert.Equal(Control.MajorityFor("labour"), brackenholt.Before.Control);
        Assert.Equal(40, brackenholt.Before["labour"]);
        Assert.Equal(63, brackenholt.Before.TotalSeats);
        Assert.Equal(32, brackenholt.Before.MajorityThreshold);
        Assert.Equal(Control.MajorityFor("labour"), brackenholt.Now.Control);
        Assert.Equal(37, brackenholt.Now["labour"]);
        Assert.False(brackenholt.ControlChanged);
        var discrepancy = Assert.Single(brackenholt.Discrepancies);
        Assert.Contains(("labour", 36, 37), discrepancy.Differences);
        Assert.Contains(("independent", 9, 8), discrepancy.Differences);
    }

    [Fact]
    public async Task Fellside_LabourMajorityBefore_NoOverallControlNow()
    {
        var fellside = (await LoadAllAsync())["fellside"];

        Assert.Equal(16, fellside.Before["labour"]);
        Assert.Equal(13, fellside.Now["labour"]);
        Assert.Equal(Control.MajorityFor("labour"), fellside.Before.Control);
        Assert.Equal(ControlKind.NoOverallControl, fellside.Now.Control.Kind);
        Assert.True(fellside.ControlChanged);
        Assert.True(fellside.Effects["2023-07-14-fellside-three-quit-labour"].FlippedControl);
    }

    [Fact]
    public async Task Marchbury_NoOverallControlBeforeAndAfter_TheSameMonthPairAppliedDayFirst()
    {
        var marchbury = (await LoadAllAsync())["marchbury"];

        Assert.Equal(ControlKind.NoOverallControl, marchbury.Before.Control.Kind);
        Assert.Equal(ControlKind.NoOverallControl, marchbury.Now.Control.Kind);
        Assert.False(marchbury.ControlChanged);
        // 1 May 2024 (Holt, Lab 14 -> 13) comes before "May 2024" (the Lib Dem group, LD 10 -> 7).
        Assert.Equal(14, marchbury.Effects["2024-05-01-marchbury-holt-leaves-labour"].Before["labour"]);
        Assert.Equal(13, marchbury.Effects["2024-05-marchbury-lib-dems-form-group"].Before["labour"]);
    }

    [Fact]
    public async Task KirkholmeAfterAMoveOfUnknownSize_AndTheTownCouncilWithNoBaseline_AreUnknown()
    {
        var all = await LoadAllAsync();

        Assert.True(all["kirkholme"].Before.IsKnown);
        Assert.Equal(0, all["kirkholme"].Effects["2024-09-12-kirkholme-pennington-resigns"].Before["labour"] - all["kirkholme"].Effects["2024-09-12-kirkholme-pennington-resigns"].After["labour"]);
        Assert.False(all["kirkholme"].Now.IsKnown);
        Assert.Null(all["kirkholme"].ControlChanged);
        var town = all["castlebridge-town"];
        Assert.False(town.Before.IsKnown);
        Assert.False(town.Now.IsKnown);
        Assert.Equal(ControlKind.Unknown, town.Now.Control.Kind);
        Assert.Null(town.ControlChanged);
    }
}
