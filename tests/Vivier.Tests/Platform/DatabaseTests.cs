using Microsoft.Extensions.DependencyInjection;
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
    public async Task A_search_finds_the_last_word_of_a_long_text_kept_out_of_the_rows_it_reads()
    {
        // PostgreSQL: mission rows keep only short values (migration SearchHeap), the text vector out
        // of line; SQLite: the words live in the FTS5 table, which refers to missions by id.
        var word = $"dernier{Guid.NewGuid():N}"[..16];
        var mission = await App.CreateMissionAsync("Poste", description: string.Concat(Enumerable.Repeat("Appui institutionnel au ministère. ", 200)) + word);
        await using var scope = App.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<Vivier.Web.Features.Missions.MissionBoard>()
            .SearchAsync(new Vivier.Web.Features.Missions.BoardQuery(Q: word), withFacets: false, TestContext.Current.CancellationToken);
        Assert.Equal([mission.Reference], found.Missions.Select(m => m.Reference));

        await using var db = App.NewDb();
        if (db.Database.IsNpgsql())
        {
            var options = await db.Database.SqlQueryRaw<string>(
                "SELECT array_to_string(reloptions, ',') AS \"Value\" FROM pg_class WHERE oid = 'missions'::regclass").SingleAsync(TestContext.Current.CancellationToken);
            var storage = await db.Database.SqlQueryRaw<string>(
                "SELECT attname::text || '=' || attstorage::text AS \"Value\" FROM pg_attribute WHERE attrelid = 'missions'::regclass AND attname LIKE 'search%vector' ORDER BY attname")
                .ToListAsync(TestContext.Current.CancellationToken);
            Assert.Contains("toast_tuple_target=128", options, StringComparison.Ordinal);
            Assert.Equal(["search_filters_vector=m", "search_title_vector=m", "search_vector=e"], storage);
        }
        else
        {
            var fts = await db.Database.SqlQueryRaw<string>("SELECT sql AS \"Value\" FROM sqlite_master WHERE name = 'missions_fts'")
                .SingleAsync(TestContext.Current.CancellationToken);
            Assert.Contains("content='missions', content_rowid='id'", fts, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Names_sort_the_French_way_with_accented_capitals_among_their_letter()
    {
        await using var db = App.NewDb();
        string[] codes = ["ZM", "EG", "ES", "DE", "AE", "EC", "IS"];

        var names = await db.Countries.Where(c => codes.Contains(c.Code)).OrderBy(c => c.NameFr)
            .Select(c => c.NameFr).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["Allemagne", "Égypte", "Émirats arabes unis", "Équateur", "Espagne", "Islande", "Zambie"], names);
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
