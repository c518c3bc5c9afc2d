using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Missions;
using Vivier.Testing;
using Vivier.Web.Features.Missions;

namespace Vivier.Tests.Missions;

/// <summary>
/// A search's total, whichever way the database counts it (SQLite in its full-text index, with the
/// status and filters as tokens; PostgreSQL as a window over the page query), counts exactly the open
/// missions the filters keep: no draft, closed, cancelled or filled one, and none whose deadline
/// passed before the closing job ran.
/// </summary>
public abstract class SearchCountTestsBase(VivierApp app) : VivierTest(app)
{
    protected async Task<BoardPage> SearchAsync(BoardQuery query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MissionBoard>().SearchAsync(query, withFacets: false, TestContext.Current.CancellationToken);
    }

    protected async Task<string> SeedAsync()
    {
        var word = $"compte{Guid.NewGuid():N}"[..16];
        var today = ParisTime.Today(App.Clock.GetUtcNow().UtcDateTime);
        await App.CreateMissionAsync($"Poste {word}", "SN", ExpertKind.ETI, themes: ["climate"], sponsors: ["MEAE"]);
        await App.CreateMissionAsync($"Poste {word}", "BE", ExpertKind.END, themes: ["health"], sponsors: ["DG Trésor"]);
        await App.CreateMissionAsync($"Brouillon {word}", "SN", publish: false);
        await App.CreateMissionAsync($"Échue {word}", "SN", deadline: today.AddDays(-1), daysAgoPublished: 5);
        await using var db = App.NewDb();
        foreach (var (title, change) in new (string, Action<Mission>)[]
                 {
                     ("Close", m => m.Close(App.Clock.GetUtcNow().UtcDateTime)),
                     ("Annulee", m => m.Cancel("Poste supprimé", App.Clock.GetUtcNow().UtcDateTime)),
                     ("Pourvue", m => m.MarkFilled(App.Clock.GetUtcNow().UtcDateTime)),
                 })
        {
            var mission = await App.CreateMissionAsync($"{title} {word}", "SN", ExpertKind.ETI, themes: ["climate"], sponsors: ["MEAE"]);
            var tracked = await db.Missions.FindAsync([mission.Id], TestContext.Current.CancellationToken);
            change(tracked!);
        }
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return word;
    }

    protected async Task AssertTotalsAsync(string word)
    {
        // The page holds what the total counts, whichever way each was read.
        async Task Expect(int total, BoardQuery query)
        {
            var page = await SearchAsync(query);
            Assert.Equal(total, page.Total);
            Assert.Equal(total, page.Missions.Count);
            Assert.All(page.Missions, m => Assert.StartsWith("Poste ", m.Title, StringComparison.Ordinal));
        }
        await Expect(2, new BoardQuery(Q: word));
        await Expect(1, new BoardQuery(Q: word, Kind: ExpertKind.ETI));
        await Expect(1, new BoardQuery(Q: word, Continent: Vivier.Core.ReferenceData.Continent.Africa));
        await Expect(1, new BoardQuery(Q: word, Country: "BE"));
        await Expect(1, new BoardQuery(Q: word, Theme: "climate"));
        await Expect(1, new BoardQuery(Q: word, Sponsor: "DG Trésor"));
        await Expect(0, new BoardQuery(Q: word, Sponsor: "Inconnu"));
        await Expect(2, new BoardQuery(Q: word, ClosingWithin: 90));
        await Expect(0, new BoardQuery(Q: word, Kind: ExpertKind.AT));
        await Expect(2, new BoardQuery(Q: word, Sort: BoardSort.Recent));
        await Expect(1, new BoardQuery(Q: word, Theme: "climate", Sort: BoardSort.Closing));
    }
}

public sealed class SearchCountTests(VivierApp app) : SearchCountTestsBase(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task The_total_counts_open_matching_missions_only() => await AssertTotalsAsync(await SeedAsync());

    [Fact]
    public async Task An_edited_mission_is_counted_under_its_new_filters_and_status()
    {
        var word = $"edite{Guid.NewGuid():N}"[..16];
        var mission = await App.CreateMissionAsync($"Poste {word}", "SN", ExpertKind.ETI, themes: ["climate"]);
        await using (var db = App.NewDb())
        {
            var tracked = await db.Missions.FindAsync([mission.Id], TestContext.Current.CancellationToken);
            tracked!.Kind = ExpertKind.AT;
            tracked.RefreshSearchText(await db.Countries.FindAsync(["RE"], TestContext.Current.CancellationToken) is { } re ? re : throw new InvalidOperationException(), [], []);
            tracked.CountryCode = "RE";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(0, (await SearchAsync(new BoardQuery(Q: word, Kind: ExpertKind.ETI))).Total);
        Assert.Equal(1, (await SearchAsync(new BoardQuery(Q: word, Kind: ExpertKind.AT, Country: "RE"))).Total);
        Assert.Equal(0, (await SearchAsync(new BoardQuery(Q: word, Theme: "climate"))).Total);

        await using (var db = App.NewDb())
        {
            (await db.Missions.FindAsync([mission.Id], TestContext.Current.CancellationToken))!.Close(App.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        Assert.Equal(0, (await SearchAsync(new BoardQuery(Q: word))).Total);
    }
}

/// <summary>With a long backlog of missions past their deadline (the closing job stopped), SQLite counts in SQL instead.</summary>
public sealed class SearchCountWithBacklogTests(VivierApp app) : SearchCountTestsBase(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task The_total_stays_right_when_the_closing_job_is_far_behind()
    {
        var today = ParisTime.Today(App.Clock.GetUtcNow().UtcDateTime);
        for (var i = 0; i < 101; i++)
        {
            await App.CreateMissionAsync("Échue en attente", "SN", deadline: today.AddDays(-1), daysAgoPublished: 5);
        }

        await AssertTotalsAsync(await SeedAsync());
    }
}
