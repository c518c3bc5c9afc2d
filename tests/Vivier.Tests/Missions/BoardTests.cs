using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Vivier.Core.Missions;
using Vivier.Testing;
using Vivier.Web.Features.Missions;

namespace Vivier.Tests.Missions;

public sealed class BoardTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Facet_counts_ignore_their_own_filter_and_apply_the_others()
    {
        var marker = $"facette{Guid.NewGuid():N}"[..16];
        await App.CreateMissionAsync($"Santé {marker}", "SN", ExpertKind.ETI, themes: ["health"], sponsors: ["MEAE"]);
        await App.CreateMissionAsync($"Santé {marker}", "CI", ExpertKind.ETI, themes: ["health"], sponsors: ["MEAE"]);
        await App.CreateMissionAsync($"Climat {marker}", "VN", ExpertKind.ETI, themes: ["climate"], sponsors: ["DG Trésor"]);
        await App.CreateMissionAsync($"Climat {marker}", "RE", ExpertKind.AT, themes: ["climate"], sponsors: ["MEAE"]);
        using var client = App.NewClient();

        var page = await client.GetDocumentAsync($"/missions?q={marker}&continent=Africa&theme=health");

        Assert.Equal("2 missions ouvertes", page.QuerySelector("[aria-live]")!.TextContent);
        string Option(string facet, string value) => page.QuerySelector($"#filter-{facet} option[value='{value}']")?.TextContent ?? "";
        // Continent counts ignore the continent filter but keep the theme: health is in Africa only.
        Assert.EndsWith("(2)", Option("continent", "Africa"), StringComparison.Ordinal);
        Assert.Equal("", Option("continent", "Asia"));
        // Theme counts ignore the theme filter but keep the continent: Africa has health ×2 and climate ×1 (Réunion).
        Assert.EndsWith("(2)", Option("theme", "health"), StringComparison.Ordinal);
        Assert.EndsWith("(1)", Option("theme", "climate"), StringComparison.Ordinal);
        Assert.EndsWith("(2)", Option("kind", "ETI"), StringComparison.Ordinal);
        Assert.Equal("Afrique (2)", Option("continent", "Africa"));
    }

    [Fact]
    public async Task Every_filter_narrows_the_list()
    {
        var marker = $"filtre{Guid.NewGuid():N}"[..14];
        var senegal = await App.CreateMissionAsync($"Éducation {marker}", "SN", themes: ["education"], sponsors: ["MEAE"], deadline: ParisTime.Today(App.Clock.GetUtcNow().UtcDateTime).AddDays(5));
        var reunion = await App.CreateMissionAsync($"Éducation {marker}", "RE", ExpertKind.AT, themes: ["education"], sponsors: ["DG Trésor"]);
        var brussels = await App.CreateMissionAsync($"Éducation {marker}", "BE", ExpertKind.END, themes: ["health"]);
        using var client = App.NewClient();

        async Task<List<string>> References(string filters) =>
            (await client.GetFromJsonAsync<MissionPage>($"/api/v1/missions?q={marker}&{filters}", Cancel))!.Items.Select(i => i.Reference).Order(StringComparer.Ordinal).ToList();

        Assert.Equal([senegal.Reference], await References("country=SN"));
        Assert.Equal([brussels.Reference], await References("continent=Europe"));
        Assert.Equal([reunion.Reference], await References("kind=AT"));
        Assert.Equal([brussels.Reference], await References("theme=health"));
        Assert.Equal([reunion.Reference], await References("sponsor=DG%20Tr%C3%A9sor"));
        Assert.Equal([senegal.Reference], await References("closingWithin=7"));
        Assert.Equal(3, (await References("")).Count);
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("kind=XYZ")]
    [InlineData("continent=Atlantis")]
    [InlineData("closingWithin=12")]
    [InlineData("pageSize=1000")]
    [InlineData("country=France")]
    public async Task Bad_input_gets_a_400_problem_on_the_API_and_a_message_on_the_page(string query)
    {
        using var client = App.NewClient();

        using var api = await client.GetAsync($"/api/v1/missions?{query}", Cancel);
        using var page = await client.GetAsync($"/missions?{query}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.NotNull((await Html.ParseAsync(page)).QuerySelector(".error-summary"));
    }

    [Fact]
    public async Task A_five_thousand_character_query_is_refused_politely()
    {
        using var client = App.NewClient();
        var q = new string('a', 5000);

        using var api = await client.GetAsync($"/api/v1/missions?q={q}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("200", await api.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_or_unknown_reference_is_a_400_or_a_404_and_drafts_stay_hidden()
    {
        var draft = await App.CreateMissionAsync("Brouillon confidentiel", publish: false);
        using var client = App.NewClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/missions/pas-une-reference", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/missions/ETI-2026-9999", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/missions/{draft.Reference}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/missions/{draft.Reference}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task The_detail_page_carries_a_complete_JobPosting()
    {
        var mission = await App.CreateMissionAsync("Coopération spatiale", "EG", themes: ["space"], sponsors: ["MEAE"],
            description: "Observation de la Terre. <script>alert('x')</script> [lien](javascript:alert(1))");
        using var client = App.NewClient();

        var page = await client.GetDocumentAsync($"/missions/{mission.Reference}");
        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var posting = jsonLd.RootElement;

        Assert.Equal("JobPosting", posting.GetProperty("@type").GetString());
        Assert.Equal("Coopération spatiale", posting.GetProperty("title").GetString());
        Assert.Equal(App.Clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), posting.GetProperty("datePosted").GetString());
        var validThrough = DateTimeOffset.Parse(posting.GetProperty("validThrough").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(ParisTime.EndOfDay(mission.Deadline), validThrough.UtcDateTime);
        Assert.Equal(TimeSpan.FromHours(1), validThrough.Offset);
        Assert.Equal("EG", posting.GetProperty("jobLocation").GetProperty("address").GetProperty("addressCountry").GetString());
        Assert.True(posting.GetProperty("directApply").GetBoolean());
        Assert.Equal("Organization", posting.GetProperty("hiringOrganization").GetProperty("@type").GetString());
        Assert.Contains("FULL_TIME", posting.GetProperty("employmentType").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("<script", posting.GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(page.QuerySelector(".mission-text script"));
        Assert.Null(page.QuerySelector(".mission-text a[href^='javascript']"));
        Assert.NotNull(page.QuerySelector("link[rel=alternate][hreflang=en]"));
        Assert.Equal("Coopération spatiale", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task The_Atom_feed_lists_open_missions_and_honours_the_filters()
    {
        var marker = $"flux{Guid.NewGuid():N}"[..12];
        var kept = await App.CreateMissionAsync($"Océans {marker}", "FJ", themes: ["oceans"]);
        await App.CreateMissionAsync($"Océans {marker}", "SN", themes: ["oceans"]);
        using var client = App.NewClient();

        using var response = await client.GetAsync($"/missions/feed.atom?q={marker}&continent=Oceania", Cancel);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.Equal($"http://localhost/missions/{kept.Reference}", entry.Element(atom + "id")!.Value);
        Assert.Equal($"Océans {marker}", entry.Element(atom + "title")!.Value);
        Assert.NotNull(entry.Element(atom + "updated"));
        Assert.NotNull(feed.Root.Element(atom + "updated"));
        Assert.Equal("self", feed.Root.Elements(atom + "link").First().Attribute("rel")!.Value);
    }

    [Fact]
    public async Task The_sitemap_lists_public_pages_and_published_missions()
    {
        var mission = await App.CreateMissionAsync("Plan du site");
        using var client = App.NewClient();

        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml", Cancel));

        var locations = sitemap.Root!.Elements().Select(e => e.Elements().First().Value).ToList();
        Assert.Contains("http://localhost/missions", locations);
        Assert.Contains($"http://localhost/missions/{mission.Reference}", locations);
    }
}
