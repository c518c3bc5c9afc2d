using System.Net;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Audit;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Accounts;

public sealed class SignInTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_successful_sign_in_is_written_to_the_audit_log()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);

        using var client = await App.SignInAsync(person);

        await using var db = App.NewDb();
        var entry = await db.AuditEntries.SingleAsync(e => e.ActorEmail == person.Email && e.Action == AuditActions.SignedIn, Cancel);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, entry.At);
    }

    [Fact]
    public async Task An_unconfirmed_account_may_not_sign_in_on_the_page_either()
    {
        var person = await App.CreatePersonAsync(Roles.Expert, confirmed: false);
        using var client = App.NewClient();
        var page = await client.GetDocumentAsync("/connexion");

        using var response = await client.SubmitAsync(page, "main form",
            new Dictionary<string, string> { ["Input.Email"] = person.Email, ["Input.Password"] = person.Password });

        Assert.Contains("Confirmez d'abord votre adresse", (await Html.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_from_the_mailed_link_and_the_old_one_stops_working()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var client = App.NewClient();
        var page = await client.GetDocumentAsync("/mot-de-passe-oublie");
        using (await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.Email"] = person.Email }))
        {
        }
        var mail = Assert.Single(await App.MailsToAsync(person.Email));
        var reset = await client.GetDocumentAsync(People.LinkIn(mail));

        using var done = await client.SubmitAsync(reset, "main form", new Dictionary<string, string> { ["Input.Password"] = "Brand-New-Secret-7" });

        Assert.Equal("/connexion", done.Headers.Location!.OriginalString);
        using var old = await App.PostLoginAsync(person.Email, person.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        using var fresh = await App.PostLoginAsync(person.Email, "Brand-New-Secret-7");
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task Asking_a_reset_for_an_unknown_address_answers_the_same_and_sends_nothing()
    {
        using var client = App.NewClient();
        var page = await client.GetDocumentAsync("/mot-de-passe-oublie");
        var nobody = $"nobody-{Guid.NewGuid():N}@exemple.fr";

        using var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.Email"] = nobody });

        Assert.Equal("/mot-de-passe-oublie?Sent=True", response.Headers.Location!.OriginalString);
        Assert.Empty(await App.MailsToAsync(nobody));
    }
}
