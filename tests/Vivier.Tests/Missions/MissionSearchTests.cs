using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Missions;
using Vivier.Testing;
using Vivier.Web.Features.Missions;

namespace Vivier.Tests.Missions;

public sealed class MissionSearchTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private async Task<BoardPage> SearchAsync(BoardQuery query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MissionBoard>().SearchAsync(query, withFacets: true, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Accents_case_and_plurals_do_not_matter_and_title_matches_come_first()
    {
        var inTitle = await App.CreateMissionAsync("Conseiller en cybersécurité", "TW", daysAgoPublished: 5);
        var inText = await App.CreateMissionAsync("Appui au numérique", "SN", description: "Renforcer les CYBERSECURITES nationales.", daysAgoPublished: 1);
        var plural = await App.CreateMissionAsync("Experte des cybersécurités bancaires", "MA", daysAgoPublished: 10);
        await App.CreateMissionAsync("Énergie solaire", "ZA");

        foreach (var q in new[] { "cybersécurité", "cybersecurite", "CYBERSECURITES", "Cybersécurités" })
        {
            var found = await SearchAsync(new BoardQuery(Q: q, Sort: BoardSort.Relevance));
            var references = found.Missions.Select(m => m.Reference).ToList();
            Assert.Equal(3, found.Total);
            Assert.Equal([inTitle.Reference, plural.Reference], references.Take(2));
            Assert.Equal(inText.Reference, references[2]);
        }
    }

    [Fact]
    public async Task Every_word_of_the_query_must_be_found_in_any_field()
    {
        var angola = await App.CreateMissionAsync("Marché carbone", "AO", themes: ["carbon-market"]);
        await App.CreateMissionAsync("Marché public", "TD");

        var byCountryName = await SearchAsync(new BoardQuery(Q: "marchés angola"));
        var byThemeInEnglish = await SearchAsync(new BoardQuery(Q: "carbon market"));
        var byReference = await SearchAsync(new BoardQuery(Q: angola.Reference));
        var nothing = await SearchAsync(new BoardQuery(Q: "marché hydrogène"));

        Assert.Equal([angola.Reference], byCountryName.Missions.Select(m => m.Reference));
        Assert.Contains(angola.Reference, byThemeInEnglish.Missions.Select(m => m.Reference));
        Assert.Equal([angola.Reference], byReference.Missions.Select(m => m.Reference));
        Assert.Equal(0, nothing.Total);
    }

    [Fact]
    public async Task Drafts_and_missions_past_their_deadline_are_not_on_the_board()
    {
        var title = $"Mission unique {Guid.NewGuid():N}";
        await App.CreateMissionAsync(title, publish: false);
        await App.CreateMissionAsync(title, deadline: ParisTime.Today(App.Clock.GetUtcNow().UtcDateTime).AddDays(-1), publish: false);

        Assert.Equal(0, (await SearchAsync(new BoardQuery(Q: title))).Total);
    }

    [Theory]
    [InlineData(BoardSort.Relevance)]
    [InlineData(BoardSort.Recent)]
    [InlineData(BoardSort.Closing)]
    public async Task The_total_counts_every_match_on_every_page_and_past_the_last(BoardSort sort)
    {
        // The total is read with the page (a window count): it must count the matches, not the page.
        var word = $"total{Guid.NewGuid():N}"[..16];
        for (var i = 0; i < 5; i++)
        {
            await App.CreateMissionAsync(i % 2 == 0 ? $"Poste {word}" : "Autre poste", "SN", description: $"Texte {word}", daysAgoPublished: i);
        }

        var pages = new List<BoardPage>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await SearchAsync(new BoardQuery(Q: word, Sort: sort, Page: page, PageSize: 2)));
        }

        Assert.All(pages, p => Assert.Equal(5, p.Total));
        Assert.Equal([2, 2, 1, 0], pages.Select(p => p.Missions.Count));
    }

    [Fact]
    public async Task Frequent_and_rare_words_page_in_the_order_read_back_in_memory_with_and_without_a_filter()
    {
        // Many matches and few: on SQLite the page walks the publication index for the first and
        // looks the matches up for the second; both must give the board's order, on every page.
        var frequent = $"frequent{Guid.NewGuid():N}"[..18];
        var rare = $"rare{Guid.NewGuid():N}"[..14];
        var created = new List<(Mission Mission, bool InTitle)>();
        for (var i = 0; i < 24; i++)
        {
            var inTitle = i % 3 == 0;
            var words = i % 8 == 0 ? $"{frequent} {rare}" : frequent;
            created.Add((await App.CreateMissionAsync(inTitle ? $"Poste {words}" : "Autre poste", "SN", i % 2 == 0 ? ExpertKind.ETI : ExpertKind.END,
                description: $"Texte {words}", daysAgoPublished: i / 4), inTitle));
        }

        foreach (var (word, kind) in new[] { (frequent, (ExpertKind?)null), (frequent, ExpertKind.ETI), (rare, null), (rare, ExpertKind.ETI) })
        {
            var matching = created.Where(c => (word == frequent || c.Mission.Title.Contains(rare, StringComparison.Ordinal) || c.Mission.Description.Contains(rare, StringComparison.Ordinal))
                && (kind is null || c.Mission.Kind == kind)).ToList();
            var newest = matching.OrderByDescending(c => c.Mission.PublishedAt).ThenByDescending(c => c.Mission.Id).ToList();
            var relevant = newest.OrderByDescending(c => c.InTitle).ToList();
            foreach (var (sort, expected) in new[] { (BoardSort.Recent, newest), (BoardSort.Relevance, relevant) })
            {
                var seen = new List<string>();
                for (var page = 1; page <= 6; page++)
                {
                    var found = await SearchAsync(new BoardQuery(Q: word, Kind: kind, Sort: sort, Page: page, PageSize: 5));
                    Assert.Equal(expected.Count, found.Total);
                    seen.AddRange(found.Missions.Select(m => m.Reference));
                }
                Assert.Equal(expected.Select(c => c.Mission.Reference), seen);
            }
        }
    }

    [Fact]
    public async Task Relevance_pages_run_through_title_matches_then_the_others_without_gap_or_repeat()
    {
        var word = $"pagination{Guid.NewGuid():N}"[..18];
        var titled = new List<string>();
        var others = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            titled.Add((await App.CreateMissionAsync($"Poste {word}", "SN", daysAgoPublished: i)).Reference);
            others.Add((await App.CreateMissionAsync("Autre poste", "SN", description: $"Texte {word}", daysAgoPublished: i)).Reference);
        }

        var seen = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            seen.AddRange((await SearchAsync(new BoardQuery(Q: word, Sort: BoardSort.Relevance, Page: page, PageSize: 2))).Missions.Select(m => m.Reference));
        }

        Assert.Equal([.. titled, .. others], seen);
    }
}
