using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Core.ReferenceData;
using Vivier.Core.Search;
using Vivier.Testing;
using Vivier.Web.Features.Missions;

namespace Vivier.Tests.Missions;

/// <summary>
/// The board's facet counts come from an index held in memory (FacetIndex) and rebuilt when the
/// database's board version moves. They must equal, after every kind of change, what a plain
/// count over the open missions gives: each facet counting the missions that pass the search and
/// every other filter.
/// </summary>
public sealed class FacetCountTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly BoardQuery[] Queries =
    [
        new(), new(Continent: Continent.Africa), new(Kind: ExpertKind.ETI), new(Theme: "health"), new(Country: "SN"),
        new(Sponsor: "MEAE"), new(ClosingWithin: 30), new(Q: "santé"), new(Q: "santé", Continent: Continent.Africa, Kind: ExpertKind.ETI),
        new(Continent: Continent.Africa, Theme: "climate", Sponsor: "MEAE", ClosingWithin: 90), new(Country: "ZZ"), new(Theme: "nothing"),
    ];

    [Fact]
    public async Task Counts_equal_a_plain_count_after_publishing_closing_editing_and_raw_sql()
    {
        var marker = $"exacte{Guid.NewGuid():N}"[..14];
        var draft = await App.CreateMissionAsync($"Santé {marker}", "SN", ExpertKind.ETI, themes: ["health"], sponsors: ["MEAE"], publish: false);
        var open = await App.CreateMissionAsync($"Climat {marker}", "VN", ExpertKind.AT, themes: ["climate"], sponsors: ["DG Trésor"]);
        var soon = await App.CreateMissionAsync($"Santé {marker}", "CI", ExpertKind.ETI, themes: ["health", "climate"], sponsors: ["MEAE"],
            deadline: ParisTime.Today(App.Clock.GetUtcNow().UtcDateTime).AddDays(5));
        await AssertExactAsync("seeded");

        await ChangeAsync(draft.Id, m => m.Publish(App.Clock.GetUtcNow().UtcDateTime));
        await AssertExactAsync("after publishing");
        await ChangeAsync(open.Id, m => m.Close(App.Clock.GetUtcNow().UtcDateTime));
        await AssertExactAsync("after closing");
        await using (var db = App.NewDb())
        {
            // As the editor does: the search columns follow the mission.
            var mission = await db.Missions.Include(m => m.Themes).Include(m => m.Sponsors).SingleAsync(m => m.Id == soon.Id, Cancel);
            (mission.CountryCode, mission.Kind) = ("SN", ExpertKind.END);
            mission.RefreshSearchText(await db.Countries.SingleAsync(c => c.Code == "SN", Cancel), mission.Themes, mission.Sponsors);
            await db.SaveChangesAsync(Cancel);
        }
        await AssertExactAsync("after moving a mission to another country and kind");
        await using (var db = App.NewDb())
        {
            var mission = await db.Missions.Include(m => m.Themes).Include(m => m.Sponsors).SingleAsync(m => m.Id == soon.Id, Cancel);
            mission.Themes.RemoveAll(t => t.Code == "health");
            mission.Sponsors.Add(await db.Organisations.SingleAsync(o => o.ShortName == "DG Trésor", Cancel));
            mission.RefreshSearchText(await db.Countries.SingleAsync(c => c.Code == mission.CountryCode, Cancel), mission.Themes, mission.Sponsors);
            await db.SaveChangesAsync(Cancel);
        }
        await AssertExactAsync("after unlinking a theme and linking a sponsor");
        await using (var db = App.NewDb())
        {
            // Not through the entities: the database's triggers see it too.
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE missions SET deadline = {ParisTime.Today(App.Clock.GetUtcNow().UtcDateTime).AddDays(2)} WHERE id = {draft.Id}", Cancel);
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM missions WHERE id = {open.Id}", Cancel);
        }
        await AssertExactAsync("after raw SQL");
    }

    [Fact]
    public async Task The_page_shows_the_new_counts_on_the_first_view_after_staff_publish_edit_and_close()
    {
        var marker = $"vue{Guid.NewGuid():N}"[..12];
        var staff = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.Recruiter)));
        var board = App.NewClient();
        async Task<string> OptionAsync(string facet, string value) =>
            (await board.GetDocumentAsync($"/missions?q={marker}")).QuerySelector($"#filter-{facet} option[value='{value}']")?.TextContent ?? "";
        Assert.Equal("", await OptionAsync("country", "TW"));

        var draft = await CreateAsync(staff, marker, "TW");
        Assert.Equal("", await OptionAsync("country", "TW"));
        var published = await StatusAsync(staff, draft, "publish");
        Assert.EndsWith("(1)", await OptionAsync("country", "TW"), StringComparison.Ordinal);

        var other = await StatusAsync(staff, await CreateAsync(staff, marker, "SN"), "publish");
        Assert.EndsWith("(1)", await OptionAsync("country", "SN"), StringComparison.Ordinal);
        var edited = await EditAsync(staff, other, marker, "TW");
        Assert.Equal("", await OptionAsync("country", "SN"));
        Assert.EndsWith("(2)", await OptionAsync("country", "TW"), StringComparison.Ordinal);
        Assert.EndsWith("(2)", await OptionAsync("continent", "Asia"), StringComparison.Ordinal);

        await StatusAsync(staff, published, "close");
        Assert.EndsWith("(1)", await OptionAsync("country", "TW"), StringComparison.Ordinal);
        Assert.NotNull(edited.Reference);
    }

    [Fact]
    public async Task A_renamed_country_is_named_anew_on_the_next_view()
    {
        var marker = $"nom{Guid.NewGuid():N}"[..12];
        await App.CreateMissionAsync($"Poste {marker}", "SN");
        var board = App.NewClient();
        async Task<string> OptionAsync() =>
            (await board.GetDocumentAsync($"/missions?q={marker}")).QuerySelector("#filter-country option[value='SN']")?.TextContent ?? "";
        Assert.Equal("Sénégal (1)", await OptionAsync());

        await using (var db = App.NewDb())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE countries SET name_fr = 'République du Sénégal' WHERE code = 'SN'", Cancel);
        }

        Assert.Equal("République du Sénégal (1)", await OptionAsync());
    }

    [Fact]
    public async Task A_change_the_counts_do_not_read_leaves_the_board_version_alone()
    {
        var mission = await App.CreateMissionAsync("Version", "SN");
        var before = await VersionAsync();
        await using (var db = App.NewDb())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE missions SET sent_applications = sent_applications + 1, title = {"Autre titre"} WHERE id = {mission.Id}", Cancel);
        }
        Assert.Equal(before, await VersionAsync());
        await ChangeAsync(mission.Id, m => m.Close(App.Clock.GetUtcNow().UtcDateTime));
        Assert.True(await VersionAsync() > before);
    }

    [Fact]
    public async Task Two_writers_of_missions_queue_on_the_board_version_instead_of_deadlocking()
    {
        var first = await App.CreateMissionAsync("Premier", "SN");
        var second = await App.CreateMissionAsync("Second", "SN");
        var before = await VersionAsync();
        await using var a = App.NewDb();
        await using var transaction = await a.Database.BeginTransactionAsync(Cancel);
        await a.Database.ExecuteSqlInterpolatedAsync($"UPDATE missions SET deadline = deadline WHERE id = {first.Id}", Cancel);

        // The other writer changes the second mission and commits while the first is still open.
        // Were the version's row locked by the first writer's statement, the second would wait for
        // it holding its mission, and the first writer's next statement would wait for that mission.
        var other = Task.Run(async () =>
        {
            await using var b = App.NewDb();
            await using var its = await b.Database.BeginTransactionAsync(Cancel);
            await b.Database.ExecuteSqlInterpolatedAsync($"UPDATE missions SET deadline = deadline WHERE id = {second.Id}", Cancel);
            await its.CommitAsync(Cancel);
        }, Cancel);
        await Task.WhenAny(other, Task.Delay(TimeSpan.FromSeconds(1), Cancel));
        await a.Database.ExecuteSqlInterpolatedAsync($"UPDATE missions SET deadline = deadline WHERE id = {second.Id}", Cancel);
        await transaction.CommitAsync(Cancel);
        await other;

        var moved = await VersionAsync() - before;
        // PostgreSQL moves it once per transaction, at commit; SQLite (one writer at a time) once per row.
        Assert.Equal(a.Database.IsNpgsql() ? 2 : 3, moved);
    }

    private async Task<long> VersionAsync()
    {
        await using var db = App.NewDb();
        return await db.BoardVersions.Select(v => v.Value).SingleAsync(Cancel);
    }

    private async Task ChangeAsync(long id, Action<Mission> change)
    {
        await using var db = App.NewDb();
        var mission = await db.Missions.SingleAsync(m => m.Id == id, Cancel);
        change(mission);
        await db.SaveChangesAsync(Cancel);
    }

    private async Task AssertExactAsync(string when)
    {
        foreach (var query in Queries)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var board = scope.ServiceProvider.GetRequiredService<MissionBoard>();
            var page = await board.SearchAsync(query, withFacets: true, Cancel);
            var shown = page.Facets;
            var (expected, total) = await PlainCountsAsync(query);
            // The page counts its total with the facets, the API in SQL: the same number.
            Assert.True(total == page.Total, $"{when}, {query}: total {page.Total}, expected {total}");
            var counted = (await board.SearchAsync(query, withFacets: false, Cancel)).Total;
            Assert.True(total == counted, $"{when}, {query}: counted in SQL {counted}, expected {total}");
            foreach (var (facet, values) in expected)
            {
                Assert.True(values.SequenceEqual(shown[facet]),
                    $"{when}, {query}, {facet}: expected {string.Join(", ", values)}; shown {string.Join(", ", shown[facet])}");
            }
        }
    }

    /// <summary>The counts as plainly as they can be said: every open mission loaded, each facet's filters applied in C#.</summary>
    private async Task<(Dictionary<string, List<FacetValue>> Counts, int Total)> PlainCountsAsync(BoardQuery query)
    {
        await using var db = App.NewDb();
        var today = ParisTime.Today(App.Clock.GetUtcNow().UtcDateTime);
        var open = db.Missions.AsNoTracking().Where(m => m.Status == MissionStatus.Published && m.Deadline >= today);
        var tokens = FrenchText.QueryTokens(query.Q);
        if (tokens.Count > 0)
        {
            open = open.Where(MissionSearch.Matches(db, tokens));
        }
        var missions = await open.Include(m => m.Country).Include(m => m.Themes).Include(m => m.Sponsors).AsSplitQuery().ToListAsync(Cancel);
        bool Keeps(Mission m, string skip) =>
            (skip == "continent" || query.Continent is null || m.Country!.Continent == query.Continent)
            && (skip == "country" || query.Country is null || m.CountryCode == query.Country)
            && (skip == "kind" || query.Kind is null || m.Kind == query.Kind)
            && (skip == "theme" || query.Theme is null || m.Themes.Any(t => t.Code == query.Theme))
            && (skip == "sponsor" || query.Sponsor is null || m.Sponsors.Any(s => s.ShortName == query.Sponsor))
            && (skip == "closingWithin" || query.ClosingWithin is not { } days || m.Deadline <= today.AddDays(days));
        List<FacetValue> Group(string facet, Func<Mission, IEnumerable<string>> values) =>
        [
            .. missions.Where(m => Keeps(m, facet)).SelectMany(values).GroupBy(v => v, StringComparer.Ordinal)
                .Select(g => new FacetValue(g.Key, g.Count())).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal),
        ];
        return (new Dictionary<string, List<FacetValue>>
        {
            ["continent"] = Group("continent", m => [m.Country!.Continent.ToString()]),
            ["country"] = Group("country", m => [m.CountryCode]),
            ["kind"] = Group("kind", m => [m.Kind.ToString()]),
            ["theme"] = Group("theme", m => m.Themes.Select(t => t.Code)),
            ["sponsor"] = Group("sponsor", m => m.Sponsors.Select(s => s.ShortName)),
            ["closingWithin"] = [.. BoardQuery.ClosingWindows.Select(days => new FacetValue(
                days.ToString(System.Globalization.CultureInfo.InvariantCulture), missions.Count(m => Keeps(m, "closingWithin") && m.Deadline <= today.AddDays(days))))],
        }, missions.Count(m => Keeps(m, "")));
    }

    private static object Input(string marker, string country) => new
    {
        title = $"Conseil {marker}", kind = "ETI", countryCode = country, city = "Capitale", hostInstitution = "Ministère partenaire",
        sponsors = Array.Empty<string>(), themes = new[] { "cybersecurity" }, description = "Protection des infrastructures critiques.",
        profile = "Dix ans d'expérience.", languages = "fr:C1", startDate = "2027-06-01", durationMonths = 24, deadline = "2027-01-31",
    };

    private static async Task<MissionState> CreateAsync(HttpClient staff, string marker, string country)
    {
        using var response = await staff.PostAsJsonAsync("/api/v1/staff/missions", Input(marker, country), Cancel);
        response.EnsureSuccessStatusCode();
        return await StateAsync(response);
    }

    private static async Task<MissionState> StatusAsync(HttpClient staff, MissionState mission, string action)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/staff/missions/{mission.Reference}/status") { Content = JsonContent.Create(new { action }) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{mission.Version}\"");
        using var response = await staff.SendAsync(request, Cancel);
        response.EnsureSuccessStatusCode();
        return await StateAsync(response);
    }

    private static async Task<MissionState> EditAsync(HttpClient staff, MissionState mission, string marker, string country)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/staff/missions/{mission.Reference}") { Content = JsonContent.Create(Input(marker, country)) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{mission.Version}\"");
        using var response = await staff.SendAsync(request, Cancel);
        response.EnsureSuccessStatusCode();
        return await StateAsync(response);
    }

    private static async Task<MissionState> StateAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<MissionState>(Cancel))!;

    private sealed record MissionState(string Reference, string Version);
}
