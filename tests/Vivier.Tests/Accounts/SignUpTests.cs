using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Accounts;

public sealed class SignUpTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Form(string email, string password = People.Password, bool consent = true) => new()
    {
        ["Input.GivenName"] = "Inès",
        ["Input.FamilyName"] = "Éluard",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.AcceptPrivacyNotice"] = consent ? "true" : "false",
    };

    [Fact]
    public async Task A_person_signs_up_confirms_from_the_mail_and_signs_in_in_French()
    {
        using var client = App.NewClient();
        var email = $"ines-{Guid.NewGuid():N}@exemple.fr";
        var page = await client.GetDocumentAsync("/inscription");
        Assert.Contains("3 mois après la fin du recrutement", page.QuerySelector(".privacy-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".privacy-summary a[href='/confidentialite']"));

        using var signedUp = await client.SubmitAsync(page, "main form", Form(email));
        Assert.Equal("/inscription/envoyee", signedUp.Headers.Location!.OriginalString);

        var mail = Assert.Single(await App.MailsToAsync(email));
        Assert.Equal("Confirmez votre adresse électronique", mail.Subject);
        Assert.Contains("Bonjour Inès", mail.TextBody, StringComparison.Ordinal);
        var confirmation = await client.GetDocumentAsync(People.LinkIn(mail));
        Assert.Equal("Adresse confirmée", confirmation.QuerySelector("h1")!.TextContent);

        using var signedIn = await App.SignInAsync(new TestPerson(Guid.Empty, email, People.Password, null, null));
        var account = await signedIn.GetDocumentAsync("/compte");
        Assert.True(account.Body!.TextContent.Contains("Inès Éluard", StringComparison.Ordinal), account.Body.TextContent);
        await using var db = App.NewDb();
        var person = await db.Users.SingleAsync(p => p.Email == email, Cancel);
        Assert.Equal(PrivacyNotice.Version, person.PrivacyConsentVersion);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, person.PrivacyConsentAt);
        Assert.Equal("fr", person.PreferredLanguage.Code);
        Assert.True(await db.UserRoles.AnyAsync(r => r.UserId == person.Id && db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.Expert), Cancel));
    }

    [Fact]
    public async Task A_person_who_chose_English_gets_English_pages_and_mails()
    {
        using var client = App.NewClient();
        var home = await client.GetDocumentAsync("/inscription");
        using (await client.SubmitAsync(home, "form.vivier-language"))
        {
        }
        var email = $"jane-{Guid.NewGuid():N}@example.com";
        var page = await client.GetDocumentAsync("/inscription");
        Assert.Equal("Create an account", page.QuerySelector("h1")!.TextContent);

        using (await client.SubmitAsync(page, "main form", Form(email)))
        {
        }

        var mail = Assert.Single(await App.MailsToAsync(email));
        Assert.Equal("Confirm your email address", mail.Subject);
        var confirmation = await client.GetDocumentAsync(People.LinkIn(mail));
        Assert.Equal("Address confirmed", confirmation.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Bad_input_is_explained_in_the_users_language_and_creates_nothing()
    {
        using var client = App.NewClient();
        var email = $"bad-{Guid.NewGuid():N}@exemple.fr";
        var page = await client.GetDocumentAsync("/inscription");

        using var response = await client.SubmitAsync(page, "main form", Form(email, password: "court", consent: false));
        var answer = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = answer.QuerySelector(".error-summary")!;
        Assert.Contains("au moins 12 caractères", summary.TextContent, StringComparison.Ordinal);
        Assert.Contains("notice de confidentialité", summary.TextContent, StringComparison.Ordinal);
        Assert.NotNull(summary.QuerySelector("a[href='#Input_Password']"));
        Assert.Equal("true", answer.QuerySelector("#Input_Password")!.GetAttribute("aria-invalid"));
        await using var db = App.NewDb();
        Assert.False(await db.Users.AnyAsync(p => p.Email == email, Cancel));
        Assert.Empty(await App.MailsToAsync(email));
    }

    [Fact]
    public async Task Signing_up_again_with_a_taken_address_reveals_nothing_and_tells_the_owner()
    {
        var owner = await App.CreatePersonAsync(Roles.Expert);
        using var client = App.NewClient();
        var page = await client.GetDocumentAsync("/inscription");

        using var response = await client.SubmitAsync(page, "main form", Form(owner.Email));

        Assert.Equal("/inscription/envoyee", response.Headers.Location!.OriginalString);
        var mail = Assert.Single(await App.MailsToAsync(owner.Email));
        Assert.Equal("Vous avez déjà un compte Vivier", mail.Subject);
        await using var db = App.NewDb();
        Assert.Equal(1, await db.Users.CountAsync(p => p.Email == owner.Email, Cancel));
    }

    [Fact]
    public async Task The_API_registers_an_Expert_whose_mail_links_to_the_confirmation_page_then_signs_in_with_tokens()
    {
        using var client = App.NewClient();
        var email = $"api-{Guid.NewGuid():N}@example.com";

        using var registered = await client.PostAsJsonAsync("/api/v1/auth/register",
            new { givenName = "Ada", familyName = "Api", email, password = People.Password, acceptPrivacyNotice = true, language = "en" }, Cancel);
        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);

        using (var early = await App.PostLoginAsync(email, People.Password))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, early.StatusCode);
            Assert.Contains("confirm", await early.Content.ReadAsStringAsync(Cancel), StringComparison.OrdinalIgnoreCase);
        }
        var mail = Assert.Single(await App.MailsToAsync(email));
        Assert.StartsWith("/compte/confirmer?", People.LinkIn(mail), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(People.LinkIn(mail), Cancel)).StatusCode);

        var tokens = await App.ApiLoginAsync(new TestPerson(Guid.Empty, email, People.Password, null, null));
        Assert.Equal("Bearer", tokens.TokenType);
        Assert.Equal(3600, tokens.ExpiresIn);
        using var api = App.NewClient().WithBearer(tokens);
        var me = await api.GetFromJsonAsync<Vivier.Web.Features.Account.MeDto>("/api/v1/me", Cancel);
        Assert.Equal((email, "en"), (me!.Email, me.Language));
        Assert.Equal([Roles.Expert], me.Roles);
    }

    [Fact]
    public async Task The_API_refuses_a_language_Vivier_does_not_speak_and_creates_no_account()
    {
        using var client = App.NewClient();
        var email = $"api-de-{Guid.NewGuid():N}@example.com";

        using var refused = await client.PostAsJsonAsync("/api/v1/auth/register",
            new { givenName = "Ada", familyName = "Api", email, password = People.Password, acceptPrivacyNotice = true, language = "de" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel)).GetProperty("errors");
        Assert.Equal(["language"], errors.EnumerateObject().Select(p => p.Name));
        await using var db = App.NewDb();
        Assert.False(await db.Users.AnyAsync(p => p.Email == email, Cancel));
        Assert.Empty(await App.MailsToAsync(email));
    }

    [Fact]
    public async Task The_API_refuses_registration_without_consent_with_a_validation_problem()
    {
        using var client = App.NewClient();
        var email = $"noconsent-{Guid.NewGuid():N}@example.com";

        using var response = await client.PostAsJsonAsync("/api/v1/auth/register",
            new { givenName = "No", familyName = "", email = "not-an-address", password = People.Password, acceptPrivacyNotice = false }, Cancel);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var errors = problem.RootElement.GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("notice de confidentialité", errors.GetProperty("acceptPrivacyNotice")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Renseignez le champ « Nom de famille ».", errors.GetProperty("familyName")[0].GetString());
        Assert.StartsWith("Saisissez une adresse électronique valide", errors.GetProperty("email")[0].GetString(), StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.False(await db.Users.AnyAsync(p => p.Email == email, Cancel));
    }

    [Fact]
    public async Task Only_the_three_account_endpoints_of_Identity_exist()
    {
        using var client = App.NewClient();

        foreach (var path in new[] { "/api/v1/auth/manage/info", "/api/v1/auth/forgotPassword", "/api/v1/auth/confirmEmail", "/register", "/login" })
        {
            using var response = await client.PostAsync(path, JsonContent.Create(new { }), Cancel);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}

public sealed class EmptyFormTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Theory]
    [InlineData("/inscription")]
    [InlineData("/connexion")]
    [InlineData("/mot-de-passe-oublie")]
    [InlineData("/mot-de-passe/nouveau?personne=00000000-0000-0000-0000-000000000001&code=x")]
    public async Task An_empty_form_comes_back_with_its_errors_not_a_crash(string path)
    {
        using var client = App.NewClient();
        var page = await client.GetDocumentAsync(path);
        var empty = page.QuerySelectorAll("main form input:not([type=hidden])")
            .Select(i => i.GetAttribute("name")).OfType<string>().Distinct()
            .ToDictionary(name => name, _ => "");

        using var response = await client.SubmitAsync(page, "main form", empty);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await Html.ParseAsync(response)).QuerySelector(".error-summary"));
    }
}

public sealed class ConcurrentSignUpTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task Many_sign_ups_with_one_address_at_once_make_one_account_and_no_error()
    {
        var email = $"rush-{Guid.NewGuid():N}@exemple.fr";

        var statuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var client = App.NewClient();
            using var response = await client.PostAsJsonAsync("/api/v1/auth/register",
                new { givenName = "Ruée", familyName = "Simultanée", email, password = People.Password, acceptPrivacyNotice = true },
                TestContext.Current.CancellationToken);
            return response.StatusCode;
        }));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Accepted, status));
        await using var db = App.NewDb();
        Assert.Equal(1, await db.Users.CountAsync(p => p.Email == email, TestContext.Current.CancellationToken));
    }
}
