using System.Net;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Features.Account;

namespace Vivier.Tests.Accounts;

/// <summary>The mission one wanted survives sign-up, the confirmation mail and sign-in; a lost mail can be sent again.</summary>
public sealed class ReturnPathTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static Dictionary<string, string> Form(string email) => new()
    {
        ["Input.GivenName"] = "Maëlle",
        ["Input.FamilyName"] = "Retour",
        ["Input.Email"] = email,
        ["Input.Password"] = People.Password,
        ["Input.AcceptPrivacyNotice"] = "true",
    };

    [Fact]
    public async Task Signing_up_from_a_mission_leads_through_the_mail_and_sign_in_back_to_its_form()
    {
        var mission = await App.CreateMissionAsync("Mission visée", "SN");
        var apply = $"/missions/{mission.Reference}/postuler";
        using var client = App.NewClient();
        var email = $"retour-{Guid.NewGuid():N}@exemple.fr";

        var posting = await client.GetDocumentAsync($"/missions/{mission.Reference}");
        var signUpLink = posting.QuerySelector("main .mission-apply a.btn")!.GetAttribute("href")!;
        Assert.Equal("/inscription" + ReturnPath.Query(apply), signUpLink);
        Assert.NotNull(posting.QuerySelector($"main .mission-apply a[href='/connexion{ReturnPath.Query(apply)}']"));
        var signUp = await client.GetDocumentAsync(signUpLink);
        using var sent = await client.SubmitAsync(signUp, "main form", Form(email));
        Assert.Equal("/inscription/envoyee" + ReturnPath.Query(apply), sent.Headers.Location!.OriginalString);

        var confirmation = await client.GetDocumentAsync(People.LinkIn(Assert.Single(await App.MailsToAsync(email))));
        var signInLink = confirmation.QuerySelector("main a.btn-primary")!.GetAttribute("href")!;
        Assert.Equal("/connexion" + ReturnPath.Query(apply), signInLink);
        var signIn = await client.GetDocumentAsync(signInLink);
        using var signedIn = await client.SubmitAsync(signIn, "main form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = People.Password });

        Assert.Equal(apply, signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_confirmation_without_a_mission_leads_to_the_profile_a_new_candidate_s_first_step()
    {
        using var client = App.NewClient();
        var email = $"profil-{Guid.NewGuid():N}@exemple.fr";
        using (await client.SubmitAsync(await client.GetDocumentAsync("/inscription"), "main form", Form(email)))
        {
        }

        var confirmation = await client.GetDocumentAsync(People.LinkIn(Assert.Single(await App.MailsToAsync(email))));

        Assert.Equal("/connexion?ReturnUrl=%2Fprofil", confirmation.QuerySelector("main a.btn-primary")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("missions")]
    public async Task A_return_address_off_the_site_is_dropped_everywhere(string returnUrl)
    {
        using var client = App.NewClient();
        var email = $"ailleurs-{Guid.NewGuid():N}@exemple.fr";
        var signUp = await client.GetDocumentAsync("/inscription?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        using var sent = await client.SubmitAsync(signUp, "main form", Form(email));

        Assert.Equal("/inscription/envoyee", sent.Headers.Location!.OriginalString);
        var mail = Assert.Single(await App.MailsToAsync(email));
        Assert.DoesNotContain("ReturnUrl", mail.TextBody, StringComparison.Ordinal);
        var confirmation = await client.GetDocumentAsync(People.LinkIn(mail) + "&ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal("/connexion?ReturnUrl=%2Fprofil", confirmation.QuerySelector("main a.btn-primary")!.GetAttribute("href"));
        var signIn = await client.GetDocumentAsync("/connexion?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        using var signedIn = await client.SubmitAsync(signIn, "main form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = People.Password });
        Assert.Equal("/compte", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_confirmation_mail_can_be_sent_again_to_an_unconfirmed_account_and_only_there_with_the_same_answer()
    {
        var waiting = await App.CreatePersonAsync(Roles.Expert, confirmed: false);
        var confirmed = await App.CreatePersonAsync(Roles.Expert);
        var unknown = $"inconnu-{Guid.NewGuid():N}@exemple.fr";
        using var client = App.NewClient();
        var sentPage = await client.GetDocumentAsync("/inscription/envoyee?ReturnUrl=%2Fmissions");
        var resendLink = sentPage.QuerySelector("main a[href^='/inscription/renvoyer']")!.GetAttribute("href")!;
        Assert.Equal("/inscription/renvoyer?ReturnUrl=%2Fmissions", resendLink);

        var answers = new List<string>();
        foreach (var email in new[] { waiting.Email, confirmed.Email, unknown })
        {
            var page = await client.GetDocumentAsync(resendLink);
            using var answer = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.Email"] = email });
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            answers.Add(answer.Headers.Location!.OriginalString);
        }

        Assert.All(answers, a => Assert.Equal("/inscription/envoyee?ReturnUrl=%2Fmissions", a));
        var mail = Assert.Single(await App.MailsToAsync(waiting.Email));
        Assert.Contains("ReturnUrl=%2Fmissions", mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(await App.MailsToAsync(confirmed.Email));
        Assert.Empty(await App.MailsToAsync(unknown));
        var confirmation = await client.GetDocumentAsync(People.LinkIn(mail));
        Assert.Equal("Adresse confirmée", confirmation.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_resend_without_an_address_says_what_to_fix_and_sends_nothing()
    {
        using var client = App.NewClient();
        var page = await client.GetDocumentAsync("/inscription/renvoyer");

        using var answer = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.Email"] = "pas-une-adresse" });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var back = await Html.ParseAsync(answer);
        Assert.NotNull(back.QuerySelector(".error-summary"));
    }
}
