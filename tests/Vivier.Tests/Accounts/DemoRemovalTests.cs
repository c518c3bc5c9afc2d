using Microsoft.EntityFrameworkCore;
using Vivier.Core.Demo;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Accounts;

/// <summary>remove-demo takes the demo's people and what is theirs, and leaves everyone and everything else.</summary>
public sealed class DemoRemovalTests(DemoVivierApp app) : VivierTest(app), IClassFixture<DemoVivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Removing_the_demo_takes_its_people_and_their_data_and_nothing_else()
    {
        var mission = await App.CreateMissionAsync($"Mission réelle {Guid.NewGuid():N}");
        var application = Assert.Single(await App.SeedApplicationsAsync(mission, 1));
        int organisations, missions;
        Guid realPerson;
        await using (var db = App.NewDb())
        {
            var person = await db.Applications.Where(a => a.Id == application).Select(a => a.PersonId).SingleAsync(Cancel);
            var real = await db.Users.SingleAsync(p => p.Id == person, Cancel);
            real.Email = real.UserName = "claire.martin@exemple.fr";
            real.NormalizedEmail = real.NormalizedUserName = "CLAIRE.MARTIN@EXEMPLE.FR";
            await db.SaveChangesAsync(Cancel);
            realPerson = real.Id;
            organisations = await db.Organisations.CountAsync(Cancel);
            missions = await db.Missions.CountAsync(m => m.Id == mission.Id, Cancel);
            Assert.True(await db.Users.CountAsync(p => p.IsDemo, Cancel) > 0);
            Assert.True(await db.Deployments.CountAsync(Cancel) > 0);
        }

        await using (var db = App.NewDb())
        {
            Assert.True(await DemoRemoval.RemoveAsync(db, Cancel) > 500);
        }

        await using var after = App.NewDb();
        Assert.False(await after.Users.AnyAsync(p => p.IsDemo || p.NormalizedEmail!.EndsWith("VIVIER.TEST"), Cancel));
        Assert.Equal(0, await after.Deployments.CountAsync(Cancel));
        Assert.Equal(0, await after.Registrations.CountAsync(Cancel));
        Assert.True(await after.Users.AnyAsync(p => p.Id == realPerson, Cancel));
        Assert.True(await after.Applications.AnyAsync(a => a.Id == application, Cancel));
        Assert.Equal(missions, await after.Missions.CountAsync(m => m.Id == mission.Id, Cancel));
        Assert.Equal(organisations, await after.Organisations.CountAsync(Cancel));
    }
}
