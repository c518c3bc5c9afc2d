using Microsoft.EntityFrameworkCore;
using Vivier.Testing;

namespace Vivier.Tests;

/// <summary>
/// The figures the demo must show. Each module's issue adds its own here, so that a later seed can
/// never silently break an earlier figure.
/// </summary>
public sealed class DemoDataContractTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reference_data_counts()
    {
        await using var db = App.NewDb();

        Assert.Equal(250, await db.Countries.CountAsync(Cancel));
        Assert.Equal(12, await db.Countries.CountAsync(c => c.IsFrenchOverseas, Cancel));
        Assert.Equal(184, await db.Languages.CountAsync(Cancel));
        Assert.Equal(44, await db.SectorCategories.CountAsync(Cancel));
        Assert.Equal(325, await db.Sectors.CountAsync(Cancel));
        Assert.Equal(295, await db.Sectors.CountAsync(s => s.IsActive, Cancel));
        Assert.Equal(22, await db.Themes.CountAsync(Cancel));
    }
}
