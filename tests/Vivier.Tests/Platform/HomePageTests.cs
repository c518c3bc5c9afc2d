using Vivier.Testing;

namespace Vivier.Tests.Platform;

/// <summary>The home page leads to missions: a search, the latest open ones, the next event.</summary>
public sealed class HomePageTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task The_home_page_leads_with_a_search_the_latest_open_missions_and_the_next_event()
    {
        var today = Vivier.Core.Missions.ParisTime.Today(App.Clock.GetUtcNow().UtcDateTime);
        for (var i = 0; i < 8; i++)
        {
            await App.CreateMissionAsync($"Mission d'accueil {i}", "SN", daysAgoPublished: 10 - i);
        }
        // Its deadline passed: no longer open, so not among the latest.
        await App.CreateMissionAsync("Mission échue", "SN", deadline: today.AddDays(-1), daysAgoPublished: 40);
        await App.CreateEventAsync("Événement passé", start: today.AddDays(-20));
        var next = await App.CreateEventAsync("Événement prochain", start: today.AddDays(10));
        await App.CreateEventAsync("Événement lointain", start: today.AddDays(90));
        using var client = App.NewClient();

        var home = await client.GetDocumentAsync("/");

        var search = home.QuerySelector("main form[role=search]")!;
        Assert.Equal(("get", "/missions", "q"), (search.GetAttribute("method"), search.GetAttribute("action"), search.QuerySelector("input[type=search]")!.GetAttribute("name")));
        Assert.NotNull(home.QuerySelector($"label[for='{search.QuerySelector("input")!.Id}']"));
        var titles = home.QuerySelectorAll("main .board-result h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal(Enumerable.Range(2, 6).Reverse().Select(i => $"Mission d'accueil {i}"), titles);
        Assert.Equal("/missions?sort=recent", home.QuerySelector("main a[href^='/missions?sort=recent']")!.GetAttribute("href"));
        Assert.Contains("8", home.QuerySelector("main a[href^='/missions?sort=recent']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/evenements/{next.Id}", home.QuerySelector("#next-event-title + .card a")!.GetAttribute("href"));
        Assert.Null(home.QuerySelector("main .vivier-figures"));
    }

    [Fact]
    public async Task The_board_shows_its_feed_and_e_mail_alerts_beside_the_results_with_the_search_kept()
    {
        using var client = App.NewClient();

        var board = await client.GetDocumentAsync("/missions?q=sant%C3%A9&kind=ETI");

        Assert.Equal("/missions/feed.atom?q=sant%C3%A9&kind=ETI", board.QuerySelector("main .board-follow a[type='application/atom+xml']")!.GetAttribute("href"));
        Assert.Equal("/connexion?ReturnUrl=" + Uri.EscapeDataString("/missions?q=sant%C3%A9&kind=ETI"), board.QuerySelector("main .board-follow li:first-child a")!.GetAttribute("href"));
        Assert.NotNull(board.QuerySelector("#board-filters.offcanvas-lg"));
        Assert.NotNull(board.QuerySelector("main button.board-drawer-open[data-bs-target='#board-filters']"));
    }
}
