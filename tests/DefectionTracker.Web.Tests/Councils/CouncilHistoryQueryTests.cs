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
    public async Task Broxtowe_LabourMajorityBefore_NoOverallControlNow_FromTheOfficialList()
    {
        var broxtowe = (await LoadAllAsync())["broxtowe"];

        Assert.Equal(Control.MajorityFor("labour"), broxtowe.Before.Control);
        Assert.Equal(26, broxtowe.Before["labour"]);
        Assert.Equal(44, broxtowe.Before.TotalSeats);
        Assert.Equal(23, broxtowe.Before.MajorityThreshold);
        Assert.Equal(ControlKind.NoOverallControl, broxtowe.Now.Control.Kind);
        Assert.Equal(8, broxtowe.Now["labour"]);
        Assert.True(broxtowe.ControlChanged);
        var discrepancy = Assert.Single(broxtowe.Discrepancies);
        Assert.Contains(("labour", 6, 8), discrepancy.Differences);
    }

    [Fact]
    public async Task Nottingham_LabourMajorityBeforeAndAfter_51Then43()
    {
        var nottingham = (await LoadAllAsync())["nottingham"];

        Assert.Equal(51, nottingham.Before["labour"]);
        Assert.Equal(43, nottingham.Now["labour"]);
        Assert.Equal(Control.MajorityFor("labour"), nottingham.Before.Control);
        Assert.Equal(Control.MajorityFor("labour"), nottingham.Now.Control);
        Assert.False(nottingham.ControlChanged);
    }

    [Fact]
    public async Task Burnley_NoOverallControlBeforeAndAfter()
    {
        var burnley = (await LoadAllAsync())["burnley"];

        Assert.Equal(ControlKind.NoOverallControl, burnley.Before.Control.Kind);
        Assert.Equal(ControlKind.NoOverallControl, burnley.Now.Control.Kind);
        Assert.False(burnley.ControlChanged);
    }

    [Fact]
    public async Task NelsonAndBrierfield_HaveNoBaseline_SoTheirCompositionIsUnknown()
    {
        var all = await LoadAllAsync();

        foreach (var slug in new[] { "nelson-town", "brierfield-town" })
        {
            Assert.False(all[slug].Before.IsKnown);
            Assert.False(all[slug].Now.IsKnown);
            Assert.Equal(ControlKind.Unknown, all[slug].Now.Control.Kind);
            Assert.Null(all[slug].ControlChanged);
        }
    }
}
