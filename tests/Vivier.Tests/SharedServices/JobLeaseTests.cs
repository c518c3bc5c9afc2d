using Vivier.Core.Jobs;
using Vivier.Testing;

namespace Vivier.Tests.SharedServices;

public sealed class JobLeaseTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static readonly DateTime Now = new(2026, 11, 27, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Of_many_instances_racing_for_a_lease_exactly_one_gets_it()
    {
        var name = $"race-{Guid.NewGuid():N}";

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            await using var db = App.NewDb();
            return await db.TryTakeAsync(name, $"instance-{i}", Now, Now.AddMinutes(2));
        }));

        Assert.Equal(1, results.Count(taken => taken));
    }

    [Fact]
    public async Task A_held_lease_is_refused_to_others_until_released_or_expired()
    {
        var name = $"held-{Guid.NewGuid():N}";
        await using var db = App.NewDb();

        Assert.True(await db.TryTakeAsync(name, "a", Now, Now.AddMinutes(2)));
        Assert.False(await db.TryTakeAsync(name, "b", Now.AddMinutes(1), Now.AddMinutes(3)));
        Assert.True(await db.TryTakeAsync(name, "a", Now.AddMinutes(1), Now.AddMinutes(3)));
        Assert.True(await db.TryTakeAsync(name, "b", Now.AddMinutes(4), Now.AddMinutes(6)));
        await db.ReleaseAsync(name, "b", Now.AddMinutes(5));
        Assert.True(await db.TryTakeAsync(name, "c", Now.AddMinutes(5), Now.AddMinutes(7)));
    }
}
