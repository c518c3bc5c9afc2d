using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Missions;

/// <summary>A posting reads like a real job: its conditions and pay, where one's application stands, its French-only text said as such.</summary>
public sealed class PostingTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Input(int? payMin, int? payMax) => new
    {
        title = "Conseil budgétaire",
        kind = "ETI",
        countryCode = "SN",
        city = "Dakar",
        hostInstitution = "Ministère des Finances et du Budget",
        sponsors = Array.Empty<string>(),
        themes = new[] { "public-finance" },
        description = "Appui à la préparation budgétaire.",
        profile = "Dix ans d'expérience.",
        languages = "fr:C1",
        startDate = "2027-06-01",
        durationMonths = 24,
        deadline = "2027-01-31",
        payMinMonthly = payMin,
        payMaxMonthly = payMax,
    };

    [Theory]
    [InlineData(6000, 5000)]
    [InlineData(5000, null)]
    [InlineData(100, 5000)]
    [InlineData(5000, 900000)]
    public async Task A_pay_range_upside_down_half_given_or_out_of_bounds_is_refused_and_nothing_is_made(int? payMin, int? payMax)
    {
        using var staff = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.Recruiter)));
        await using var db = App.NewDb();
        var before = await db.Missions.CountAsync(Cancel);

        using var response = await staff.PostAsJsonAsync("/api/v1/staff/missions", Input(payMin, payMax), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any(e => e.Name.StartsWith("Pay", StringComparison.OrdinalIgnoreCase)), problem.ToString());
        Assert.Equal(before, await db.Missions.CountAsync(Cancel));
    }

    [Fact]
    public async Task A_stated_pay_shows_on_the_posting_in_its_json_ld_and_api_and_otherwise_the_kind_s_scale()
    {
        using var staff = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.Recruiter)));
        using var created = await staff.PostAsJsonAsync("/api/v1/staff/missions", Input(4500, 6300), Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var reference = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("reference").GetString()!;
        await using (var db = App.NewDb())
        {
            var mission = await db.Missions.SingleAsync(m => m.Reference == reference, Cancel);
            mission.Publish(App.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(Cancel);
        }
        var unstated = await App.CreateMissionAsync("Sans fourchette", "SN", Vivier.Core.Missions.ExpertKind.AT);
        using var visitor = App.NewClient();

        var page = await visitor.GetDocumentAsync($"/missions/{reference}");
        var facts = page.QuerySelector("main .mission-facts")!.TextContent;
        Assert.Contains("De 4 500 à 6 300 euros bruts par mois", facts.Replace('\u202f', ' ').Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Contains("Publiée le", facts, StringComparison.Ordinal);
        Assert.Contains("Ce que le programme vous apporte", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith($"/missions/{reference}", page.QuerySelector("#share-link")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.StartsWith("mailto:?subject=", page.QuerySelector("main .mission-share a[href^='mailto:']")!.GetAttribute("href"), StringComparison.Ordinal);
        var salary = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("baseSalary");
        Assert.Equal(("EUR", 4500, 6300, "MONTH"), (salary.GetProperty("currency").GetString(), salary.GetProperty("value").GetProperty("minValue").GetInt32(),
            salary.GetProperty("value").GetProperty("maxValue").GetInt32(), salary.GetProperty("value").GetProperty("unitText").GetString()));
        var api = await visitor.GetFromJsonAsync<JsonElement>($"/api/v1/missions/{reference}", Cancel);
        Assert.Equal((4500, 6300), (api.GetProperty("payMinMonthly").GetInt32(), api.GetProperty("payMaxMonthly").GetInt32()));

        var other = await visitor.GetDocumentAsync($"/missions/{unstated.Reference}");
        Assert.Contains("Selon la grille du programme : de 3 800 à 6 200 euros", other.QuerySelector("main .mission-facts")!.TextContent, StringComparison.Ordinal);
        Assert.False(JsonDocument.Parse(other.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.TryGetProperty("baseSalary", out _));
    }

    [Fact]
    public async Task The_posting_tells_a_candidate_their_draft_then_their_sent_application_with_its_link()
    {
        var mission = await App.CreateMissionAsync("Mission suivie", "CM");
        var (person, api) = await App.CreateCandidateAsync();
        using var pages = await App.SignInAsync(person);
        var path = $"/missions/{mission.Reference}";

        var before = await pages.GetDocumentAsync(path);
        Assert.Equal($"{path}/postuler", before.QuerySelector("main .mission-apply a.btn")!.GetAttribute("href"));
        using (var draft = await api.PostAsJsonAsync($"/api/v1{path}/applications", new { coverLetter = "Brouillon.", submit = false }, Cancel))
        {
            Assert.True(draft.IsSuccessStatusCode);
        }
        var drafted = await pages.GetDocumentAsync(path);
        Assert.StartsWith("Brouillon enregistré le ", drafted.QuerySelector("main .mission-apply p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{path}/postuler", drafted.QuerySelector("main .mission-apply a")!.GetAttribute("href"));
        using (var sent = await api.PostAsJsonAsync($"/api/v1{path}/applications", new { coverLetter = "Ma lettre.", submit = true }, Cancel))
        {
            Assert.True(sent.IsSuccessStatusCode);
        }
        var after = await pages.GetDocumentAsync(path);

        Assert.StartsWith("Candidature envoyée le ", after.QuerySelector("main .mission-apply p")!.TextContent, StringComparison.Ordinal);
        await using var db = App.NewDb();
        var id = await db.Applications.Where(a => a.PersonId == person.Id).Select(a => a.Id).SingleAsync(Cancel);
        Assert.Equal($"/candidatures#application-{id}", after.QuerySelector("main .mission-apply a")!.GetAttribute("href"));
        Assert.DoesNotContain("Il faut un compte", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await pages.GetDocumentAsync("/candidatures")).GetElementById($"application-{id}"));
    }

    [Fact]
    public async Task On_the_English_site_a_mission_described_in_French_only_says_so_and_offers_the_French_page()
    {
        var french = await App.CreateMissionAsync("Mission en français", "SN", titleEn: "Mission in French");
        using var client = App.NewClient();

        var page = await client.GetDocumentAsync($"/missions/{french.Reference}?lang=en-GB");
        var board = await client.GetDocumentAsync($"/missions?lang=en-GB&q={Uri.EscapeDataString("Mission en français")}");

        var notice = page.QuerySelector("main .alert-info")!;
        Assert.Contains("described in French only", notice.TextContent, StringComparison.Ordinal);
        var link = notice.QuerySelector("a")!;
        Assert.Equal(($"/missions/{french.Reference}?lang=fr-FR", "fr", "fr"), (link.GetAttribute("href"), link.GetAttribute("hreflang"), link.GetAttribute("lang")));
        Assert.Equal("fr", page.QuerySelector("main .mission-text")!.GetAttribute("lang"));
        var untitled = await App.CreateMissionAsync("Titre seulement français", "SN");
        var card = (await client.GetDocumentAsync($"/missions?lang=en-GB&q={Uri.EscapeDataString("Titre seulement")}")).QuerySelector("main .board-result h3")!;
        Assert.Equal("fr", card.QuerySelector("a")!.GetAttribute("lang"));
        Assert.Contains("(in French)", card.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("(in French)", board.QuerySelector("main .board-result h3")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(untitled);
    }
}
