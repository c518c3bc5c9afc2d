using Microsoft.EntityFrameworkCore;
using Vivier.Testing;

namespace Vivier.Tests.Platform;

public sealed class DatabaseTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task The_model_has_no_change_that_a_migration_does_not_cover()
    {
        await using var db = App.NewDb();
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {App.Database.Provider} model has changes no migration covers: run eng/add-migration.sh NAME.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Names_sort_the_French_way_with_accented_capitals_among_their_letter()
    {
        await using var db = App.NewDb();
        string[] codes = ["ZM", "EG", "ES", "DE", "AE", "EC", "IS"];

        var names = await db.Countries.Where(c => codes.Contains(c.Code)).OrderBy(c => c.NameFr)
            .Select(c => c.NameFr).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["Allemagne", "Égypte", "Émirats Arabes Unis", "Équateur", "Espagne", "Islande", "Zambie"], names);
    }

    [Fact]
    public async Task Names_sort_the_same_way_in_English()
    {
        await using var db = App.NewDb();
        string[] codes = ["AX", "AL", "AZ", "CI", "CW", "CU"];

        var names = await db.Countries.Where(c => codes.Contains(c.Code)).OrderBy(c => c.NameEn)
            .Select(c => c.NameEn).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["Åland Islands", "Albania", "Azerbaijan", "Côte d'Ivoire", "Cuba", "Curaçao"], names);
    }

    [Fact]
    public async Task Dates_come_back_from_the_database_as_UTC()
    {
        await using var db = App.NewDb();
        var stored = new DateTime(2023, 12, 31, 23, 30, 0, DateTimeKind.Utc);

        var read = await db.Database.SqlQuery<DateTime>($"SELECT {stored} AS \"Value\"").SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal(stored, read);
        Assert.Equal(DateTimeKind.Utc, read.Kind);
    }
}
