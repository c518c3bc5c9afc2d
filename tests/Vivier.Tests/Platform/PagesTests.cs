using System.Net;
using Microsoft.EntityFrameworkCore;
using Vivier.Testing;

namespace Vivier.Tests.Platform;

public sealed class PagesTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task A_visitor_s_browser_finds_the_favicon_the_pages_name()
    {
        using var client = App.NewClient();
        var cancel = TestContext.Current.CancellationToken;

        var home = await client.GetDocumentAsync("/");
        using var ico = await client.GetAsync("/favicon.ico", cancel);
        using var svg = await client.GetAsync(home.QuerySelector("link[rel=icon][type='image/svg+xml']")!.GetAttribute("href"), cancel);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (ico.StatusCode, svg.StatusCode));
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        var bytes = await ico.Content.ReadAsByteArrayAsync(cancel);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);
        Assert.Equal("/favicon.ico", home.QuerySelector("link[rel=icon][sizes]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_home_page_speaks_French_by_default()
    {
        using var client = App.NewClient();

        var home = await client.GetDocumentAsync("/");

        Assert.Equal("fr", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Vivier, la plateforme de l'expertise technique internationale", home.QuerySelector("h1")!.TextContent);
        Assert.Contains("les expertes et les experts", home.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reference_data_figures_are_counted_row_by_row()
    {
        // One statement counts all four: each must match a plain count, the sectors' inactive ones left out.
        using var client = App.NewClient();
        await using var db = App.NewDb();
        var cancel = TestContext.Current.CancellationToken;
        int[] expected =
        [
            await db.Countries.CountAsync(cancel), await db.Sectors.CountAsync(s => s.IsActive, cancel),
            await db.Themes.CountAsync(cancel), await db.Languages.CountAsync(cancel),
        ];

        var page = await client.GetDocumentAsync("/referentiels");

        Assert.True(await db.Sectors.AnyAsync(s => !s.IsActive, cancel), "the reference data has no withdrawn sector to leave out");
        Assert.Equal("250", page.QuerySelectorAll(".vivier-figures dd")[0].TextContent);
        Assert.Equal(expected.Select(n => n.ToString("N0", new System.Globalization.CultureInfo("fr-FR"))), page.QuerySelectorAll(".vivier-figures dd").Select(dd => dd.TextContent));
    }

    [Fact]
    public async Task English_is_one_click_away_and_the_choice_is_kept()
    {
        using var client = App.NewClient();
        var page = await client.GetDocumentAsync("/referentiels");

        using var switched = await client.SubmitAsync(page, "form.vivier-language");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/referentiels", switched.Headers.Location!.OriginalString);
        var english = await client.GetDocumentAsync("/referentiels");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Reference data", english.QuerySelector("h1")!.TextContent);
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("Vivier, the platform for international technical expertise", home.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_language_switch_refuses_a_post_without_its_antiforgery_token()
    {
        using var client = App.NewClient();
        using var form = new FormUrlEncodedContent([new("culture", "en-GB"), new("returnUrl", "/")]);

        using var response = await client.PostAsync("/langue", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.Contains("Culture", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_language_switch_never_redirects_off_site()
    {
        using var client = App.NewClient();
        var page = await client.GetDocumentAsync("/");

        using var response = await client.SubmitAsync(page, "form.vivier-language",
            new Dictionary<string, string> { ["returnUrl"] = "//evil.example/phish" });

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Every_page_links_to_the_accessibility_statement_from_its_footer()
    {
        using var client = App.NewClient();

        var home = await client.GetDocumentAsync("/");
        var link = home.QuerySelector("footer a[href='/accessibilite']");
        var statement = await client.GetDocumentAsync("/accessibilite");

        Assert.StartsWith("Accessibilité : ", link!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Déclaration d'accessibilité", statement.QuerySelector("h1")!.TextContent);
        Assert.Contains("Défenseur des droits", statement.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skip_links_lead_to_the_content_and_the_menu()
    {
        using var client = App.NewClient();

        var home = await client.GetDocumentAsync("/");

        var first = home.QuerySelector("body a")!;
        Assert.Equal("#contenu", first.GetAttribute("href"));
        Assert.NotNull(home.QuerySelector("main#contenu"));
        Assert.NotNull(home.QuerySelector("nav#navigation"));
        Assert.Equal("page", home.QuerySelector("nav#navigation a[href='/']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task An_unknown_page_shows_the_styled_not_found_page()
    {
        using var client = App.NewClient();

        using var response = await client.GetAsync("/pas-de-page-ici", TestContext.Current.CancellationToken);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page introuvable", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("footer a[href='/accessibilite']"));
    }

    [Fact]
    public async Task Countries_are_listed_by_continent_in_French_order()
    {
        using var client = App.NewClient();

        var page = await client.GetDocumentAsync("/referentiels/pays");

        var africa = page.QuerySelectorAll("table[aria-labelledby='continent-Africa'] tbody th")
            .Select(th => th.ChildNodes[0].TextContent.Trim()).ToList();
        string[] expected = ["Djibouti", "Égypte", "Érythrée", "Éthiopie", "Gabon", "Zambie"];
        Assert.Equal(expected, africa.Where(expected.Contains));
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        using var client = App.NewClient();

        using var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
