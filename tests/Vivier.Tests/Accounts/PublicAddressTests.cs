using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Accounts;

/// <summary>
/// A reset mail asked for with a forged Host header still links to Vivier: links come from
/// Mail:PublicUrl (Production) or the listening address (Development), never from the request.
/// </summary>
public sealed class PublicAddressTests(ProductionVivierApp app) : VivierTest(app), IClassFixture<ProductionVivierApp>
{
    [Fact]
    public async Task A_reset_mail_asked_with_a_forged_host_links_to_the_configured_address()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);

        await AskResetWithForgedHostAsync(App, person.Email);

        var mail = Assert.Single(await App.MailsToAsync(person.Email));
        Assert.Contains($"{ProductionVivierApp.PublicUrl}/mot-de-passe/nouveau?", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_and_the_sitemap_link_to_the_configured_address_whatever_the_host()
    {
        using var client = App.NewClient();
        client.DefaultRequestHeaders.Host = "attacker.example";

        var sitemap = await client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken);
        var feed = await client.GetStringAsync("/missions/feed.atom", TestContext.Current.CancellationToken);

        Assert.Contains($"<loc>{ProductionVivierApp.PublicUrl}/missions</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains($"{ProductionVivierApp.PublicUrl}/missions/feed.atom", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", sitemap + feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_cookies_travel_over_https_only_and_pages_ask_for_https()
    {
        using var client = App.NewClient();

        using var response = await client.GetAsync("/connexion", TestContext.Current.CancellationToken);

        Assert.All(response.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    internal static async Task AskResetWithForgedHostAsync(VivierApp app, string email)
    {
        using var client = app.NewClient();
        var page = await client.GetDocumentAsync("/mot-de-passe-oublie");
        client.DefaultRequestHeaders.Host = "attacker.example";
        using var _ = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.Email"] = email });
    }
}

/// <summary>In Development, without Mail:PublicUrl, links start with the address Vivier listens on.</summary>
public sealed class DevelopmentPublicAddressTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task A_reset_mail_asked_with_a_forged_host_links_to_the_listening_address()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);

        await PublicAddressTests.AskResetWithForgedHostAsync(App, person.Email);

        var mail = Assert.Single(await App.MailsToAsync(person.Email));
        Assert.Contains("http://localhost/mot-de-passe/nouveau?", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", mail.TextBody, StringComparison.Ordinal);
    }
}
