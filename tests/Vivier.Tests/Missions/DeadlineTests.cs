using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Missions;
using Vivier.Testing;
using Vivier.Web.Features.Missions;

namespace Vivier.Tests.Missions;

public sealed class DeadlineTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task A_mission_closes_once_its_deadline_day_has_ended_in_Paris()
    {
        var deadline = ParisTime.Today(App.Clock.GetUtcNow().UtcDateTime).AddDays(2);
        var mission = await App.CreateMissionAsync($"Échéance {Guid.NewGuid():N}", deadline: deadline);
        var closer = App.Services.GetRequiredService<DeadlineCloser>();

        App.Clock.SetUtcNow(ParisTime.EndOfDay(deadline));
        await closer.RunAsync(TestContext.Current.CancellationToken);
        Assert.Equal(MissionStatus.Published, await StatusAsync(mission.Reference));

        App.Clock.Advance(TimeSpan.FromSeconds(1));
        await closer.RunAsync(TestContext.Current.CancellationToken);
        Assert.Equal(MissionStatus.Closed, await StatusAsync(mission.Reference));
        await using var db = App.NewDb();
        Assert.True(await db.MissionChanges.AnyAsync(c => c.MissionId == mission.Id && c.Action == "closed" && c.Detail == "deadline"));
    }

    private async Task<MissionStatus> StatusAsync(string reference)
    {
        await using var db = App.NewDb();
        return await db.Missions.Where(m => m.Reference == reference).Select(m => m.Status).SingleAsync();
    }
}
