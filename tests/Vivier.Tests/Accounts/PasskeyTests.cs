using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core;
using Vivier.Core.Audit;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Accounts;

/// <summary>Passkeys through the pages, answered by a software authenticator that signs what a device signs.</summary>
public sealed class PasskeyTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private const string PasskeyForm = "form[data-passkey]";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Roles.Recruiter)]
    [InlineData(Roles.Sponsor)]
    public async Task Staff_and_sponsors_without_a_second_factor_add_a_passkey_then_sign_in_with_it_alone(string role)
    {
        var person = await App.CreatePersonAsync(role, twoFactor: false);
        using var device = new SoftwareAuthenticator();
        using var client = await App.SignInAsync(person);

        using var added = await AddPasskeyAsync(client, device, "Téléphone");
        Assert.Equal("/compte/cles-d-acces?Message=Passkey.Added", added.Headers.Location!.OriginalString);
        using var samePage = await client.GetAsync("/referentiels", Cancel);
        Assert.Equal(HttpStatusCode.OK, samePage.StatusCode);
        Assert.Contains("Téléphone", (await client.GetDocumentAsync("/compte/cles-d-acces")).QuerySelector("main table")!.TextContent, StringComparison.Ordinal);

        var (signedIn, answer) = await PasskeySignInAsync(device);
        using (signedIn)
        using (answer)
        {
            Assert.Equal("/compte", answer.Headers.Location!.OriginalString);
            using var page = await signedIn.GetAsync("/referentiels", Cancel);
            using var api = await signedIn.GetAsync("/api/v1/me", Cancel);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        }
        var mails = await App.MailsToAsync(person.Email);
        Assert.Contains(mails, m => m.Subject.Contains("clé d'accès a été ajoutée", StringComparison.Ordinal) && m.TextBody.Contains("Téléphone", StringComparison.Ordinal));
        await using var db = App.NewDb();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.PasskeyAdded && a.ActorId == person.Id, Cancel));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.SignedIn && a.Detail == "passkey" && a.ActorId == person.Id, Cancel));
    }

    [Fact]
    public async Task After_a_passkey_the_password_alone_opens_nothing_and_the_passkey_is_the_second_step()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var device = new SoftwareAuthenticator();
        using (var client = await App.SignInAsync(person))
        using (var added = await AddPasskeyAsync(client, device))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using var withPasswordOnly = await App.PostLoginAsync(person.Email, person.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, withPasswordOnly.StatusCode);
        using var browser = App.NewClient();
        var codePage = await PasswordStepAsync(browser, person);
        Assert.Null(codePage.QuerySelector("#Input_Code"));
        var options = await OptionsAsync(browser, codePage);
        Assert.Single(JsonDocument.Parse(options).RootElement.GetProperty("allowCredentials").EnumerateArray());
        using var second = await browser.SubmitAsync(codePage, PasskeyForm, new Dictionary<string, string> { ["CredentialJson"] = device.Get(options) });

        Assert.Equal("/compte", second.Headers.Location!.OriginalString);
        using var account = await browser.GetAsync("/compte", Cancel);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
    }

    [Fact]
    public async Task A_staff_member_with_an_app_is_offered_both_factors_at_the_second_step_and_each_works()
    {
        var person = await App.CreatePersonAsync(Roles.ProgrammeManager);
        using var device = new SoftwareAuthenticator();
        using (var client = await App.SignInAsync(person))
        using (var added = await AddPasskeyAsync(client, device))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using var browser = App.NewClient();
        var codePage = await PasswordStepAsync(browser, person);
        Assert.NotNull(codePage.QuerySelector(PasskeyForm));
        Assert.NotNull(codePage.QuerySelector("#Input_Code"));
        using var signedIn = await App.SignInAsync(person);
        using var account = await signedIn.GetAsync("/compte", Cancel);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
    }

    [Fact]
    public async Task Another_persons_passkey_does_not_finish_someone_elses_second_step()
    {
        var victim = await App.CreatePersonAsync(Roles.Recruiter);
        var intruder = await App.CreatePersonAsync(Roles.Recruiter);
        using var victimsDevice = new SoftwareAuthenticator();
        using var intrudersDevice = new SoftwareAuthenticator();
        await AddPasskeyAsync(await App.SignInAsync(victim), victimsDevice);
        await AddPasskeyAsync(await App.SignInAsync(intruder), intrudersDevice);

        using var browser = App.NewClient();
        var codePage = await PasswordStepAsync(browser, victim);
        var options = await OptionsAsync(browser, codePage);
        using var refused = await browser.SubmitAsync(codePage, PasskeyForm, new Dictionary<string, string> { ["CredentialJson"] = intrudersDevice.Get(options) });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("n'ouvre pas de compte", (await Html.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        using var account = await browser.GetAsync("/compte", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }

    public static TheoryData<string> Forgeries => ["other origin", "other domain", "user not verified", "counter not advanced", "bad signature",
        "stale challenge", "not JSON", "too long", "unknown credential"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_forged_or_replayed_answer_signs_nobody_in(string forgery)
    {
        var person = await App.CreatePersonAsync(Roles.Admin, twoFactor: false);
        using var device = new SoftwareAuthenticator();
        await AddPasskeyAsync(await App.SignInAsync(person), device);
        using var browser = App.NewClient();
        var page = await browser.GetDocumentAsync("/connexion");
        var options = await OptionsAsync(browser, page);
        switch (forgery)
        {
            case "other origin": device.Origin = "http://vivier.example.net"; break;
            case "other domain": device.RpId = "vivier.example.net"; break;
            case "user not verified": device.VerifiesUser = false; break;
            case "counter not advanced": device.SignCount = 5; (await PasskeySignInAsync(device)).Client.Dispose(); device.SignCount = 4; break;
        }
        var answer = forgery switch
        {
            "bad signature" => device.Get(options).Replace("\"signature\":\"M", "\"signature\":\"N", StringComparison.Ordinal),
            "not JSON" => "{\"id\":",
            "too long" => device.Get(options) + new string(' ', 70_000),
            "unknown credential" => new SoftwareAuthenticator().Get(options),
            _ => device.Get(options),
        };
        if (forgery == "stale challenge")
        {
            await OptionsAsync(browser, page);
        }

        using var answered = await browser.SubmitAsync(page, PasskeyForm, new Dictionary<string, string> { ["CredentialJson"] = answer });

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.NotNull((await Html.ParseAsync(answered)).QuerySelector(".error-summary"));
        using var account = await browser.GetAsync("/compte", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_request_copied_and_sent_again_as_it_was_is_refused_even_for_a_passkey_without_a_counter()
    {
        var person = await App.CreatePersonAsync(Roles.Recruiter);
        using var device = new SoftwareAuthenticator { Counts = false };
        await AddPasskeyAsync(await App.SignInAsync(person), device);
        // A client that keeps no cookies of its own: the test carries them, as a copied request would.
        using var attacker = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var signInPage = await attacker.GetAsync("/connexion", Cancel);
        var cookies = Cookies(signInPage);
        var form = (await Html.ParseAsync(signInPage)).QuerySelector(PasskeyForm)!;
        using var optionsRequest = WithCookies(HttpMethod.Post, form.GetAttribute("data-options")!, cookies, [new("__RequestVerificationToken", Token(form))]);
        using var optionsResponse = await attacker.SendAsync(optionsRequest, Cancel);
        cookies = [.. cookies, .. Cookies(optionsResponse)];
        var answer = device.Get(await optionsResponse.Content.ReadAsStringAsync(Cancel));
        KeyValuePair<string, string>[] fields = [new("__RequestVerificationToken", Token(form)), new("CredentialJson", answer)];

        using var first = WithCookies(HttpMethod.Post, "/connexion?handler=Passkey", cookies, fields);
        using var firstResponse = await attacker.SendAsync(first, Cancel);
        using var copy = WithCookies(HttpMethod.Post, "/connexion?handler=Passkey", cookies, fields);
        using var copyResponse = await attacker.SendAsync(copy, Cancel);

        Assert.Equal("/compte", firstResponse.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, copyResponse.StatusCode);
        Assert.NotNull((await Html.ParseAsync(copyResponse)).QuerySelector(".error-summary"));
    }

    [Fact]
    public async Task Passkeys_belong_to_the_configured_address_whatever_Host_the_request_names()
    {
        using var browser = App.NewClient();
        var page = await browser.GetDocumentAsync("/connexion");
        var form = page.QuerySelector(PasskeyForm)!;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(form.GetAttribute("data-options")!, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", Token(form))]),
        };
        request.Headers.Host = "vivier.example.net";
        using var response = await browser.SendAsync(request, Cancel);

        var options = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Equal("localhost", options.GetProperty("rpId").GetString());
        Assert.Equal("required", options.GetProperty("userVerification").GetString());
    }

    [Fact]
    public async Task A_removed_passkey_opens_nothing_and_an_expert_signs_in_with_the_password_alone_again()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var device = new SoftwareAuthenticator();
        using var client = await App.SignInAsync(person);
        await AddPasskeyAsync(client, device);
        var page = await client.GetDocumentAsync("/compte/cles-d-acces");

        using var removed = await client.SubmitAsync(page, "main table form");

        Assert.Equal("/compte/cles-d-acces?Message=Passkey.Removed", removed.Headers.Location!.OriginalString);
        using var stillSignedIn = await client.GetAsync("/compte", Cancel);
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
        var (browser, answer) = await PasskeySignInAsync(device);
        using (browser)
        using (answer)
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }
        using var passwordAgain = await App.PostLoginAsync(person.Email, person.Password);
        Assert.Equal(HttpStatusCode.OK, passwordAgain.StatusCode);
        Assert.Contains(await App.MailsToAsync(person.Email), m => m.Subject.Contains("retirée", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nobody_removes_another_persons_passkey()
    {
        var owner = await App.CreatePersonAsync(Roles.Expert);
        var other = await App.CreatePersonAsync(Roles.Expert);
        using var device = new SoftwareAuthenticator();
        await AddPasskeyAsync(await App.SignInAsync(owner), device);
        using var client = await App.SignInAsync(other);
        var page = await client.GetDocumentAsync("/compte/cles-d-acces");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var id = System.Buffers.Text.Base64Url.EncodeToString(device.CredentialId);

        using var refused = await client.PostAsync(new Uri($"/compte/cles-d-acces?handler=Remove&id={id}", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var (browser, answer) = await PasskeySignInAsync(device);
        using (browser)
        using (answer)
        {
            Assert.Equal("/compte", answer.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task A_locked_account_is_refused_with_its_passkey()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var device = new SoftwareAuthenticator();
        await AddPasskeyAsync(await App.SignInAsync(person), device);
        using (var scope = App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
            var account = await users.FindByIdAsync(person.Id.ToString());
            await users.SetLockoutEndDateAsync(account!, DateTimeOffset.UtcNow.AddHours(1));
        }

        var (browser, answer) = await PasskeySignInAsync(device);
        using (browser)
        using (answer)
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.NotNull((await Html.ParseAsync(answer)).QuerySelector(".error-summary"));
            using var account = await browser.GetAsync("/compte", Cancel);
            Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        }
    }

    [Fact]
    public async Task A_name_too_long_keeps_nothing_and_an_answer_sent_twice_adds_one_passkey()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var device = new SoftwareAuthenticator();
        using var client = await App.SignInAsync(person);
        var page = await client.GetDocumentAsync("/compte/cles-d-acces");
        var options = await OptionsAsync(client, page);
        var answer = device.Create(options);

        using var tooLong = await client.SubmitAsync(page, PasskeyForm, new Dictionary<string, string> { ["Input.Name"] = new('x', 101), ["Input.CredentialJson"] = answer });
        Assert.Contains("trop long", (await Html.ParseAsync(tooLong)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await using (var db = App.NewDb())
        {
            Assert.Equal(0, await db.Set<IdentityUserPasskey<Guid>>().CountAsync(p => p.UserId == person.Id, Cancel));
        }
        using var named = await client.SubmitAsync(page, PasskeyForm, new Dictionary<string, string> { ["Input.Name"] = "Téléphone", ["Input.CredentialJson"] = answer });
        using var again = await client.SubmitAsync(page, PasskeyForm, new Dictionary<string, string> { ["Input.Name"] = "Téléphone", ["Input.CredentialJson"] = answer });

        Assert.Equal("/compte/cles-d-acces?Message=Passkey.Added", named.Headers.Location!.OriginalString);
        Assert.Contains("expiré", (await Html.ParseAsync(again)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await using var after = App.NewDb();
        Assert.Equal(1, await after.Set<IdentityUserPasskey<Guid>>().CountAsync(p => p.UserId == person.Id, Cancel));
    }

    [Theory]
    [InlineData("nested")]
    [InlineData("long string")]
    public async Task A_hostile_answer_at_the_size_limit_is_refused_at_once(string shape)
    {
        using var browser = App.NewClient();
        var page = await browser.GetDocumentAsync("/connexion");
        await OptionsAsync(browser, page);
        var answer = shape == "nested" ? new string('[', 60_000) : "{\"id\":\"" + new string('A', 60_000) + "\"}";

        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var answered = await browser.SubmitAsync(page, PasskeyForm, new Dictionary<string, string> { ["CredentialJson"] = answer });
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.NotNull((await Html.ParseAsync(answered)).QuerySelector(".error-summary"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Refusing took {clock.Elapsed}.");
    }

    [Fact]
    public async Task A_passkeys_name_is_kept_without_its_surrounding_spaces_and_an_empty_one_shows_as_unnamed()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var phone = new SoftwareAuthenticator();
        using var laptop = new SoftwareAuthenticator();
        using var client = await App.SignInAsync(person);

        await AddPasskeyAsync(client, phone, "  Téléphone  ");
        await AddPasskeyAsync(client, laptop, "   ");

        var rows = (await client.GetDocumentAsync("/compte/cles-d-acces")).QuerySelectorAll("main table tbody tr td:first-child").Select(c => c.TextContent).ToList();
        Assert.Equal(["Téléphone", "Clé sans nom"], rows);
    }

    /// <summary>Adds a passkey from the account page, as its script does: options, the device's answer, the form.</summary>
    private static async Task<HttpResponseMessage> AddPasskeyAsync(HttpClient client, SoftwareAuthenticator device, string name = "Ordinateur")
    {
        var page = await client.GetDocumentAsync("/compte/cles-d-acces");
        var options = await OptionsAsync(client, page);
        return await client.SubmitAsync(page, PasskeyForm, new Dictionary<string, string> { ["Input.Name"] = name, ["Input.CredentialJson"] = device.Create(options) });
    }

    /// <summary>Signs in from /connexion with the passkey button; the client and the answer to the form.</summary>
    private async Task<(HttpClient Client, HttpResponseMessage Answer)> PasskeySignInAsync(SoftwareAuthenticator device)
    {
        var browser = App.NewClient();
        var page = await browser.GetDocumentAsync("/connexion");
        var options = await OptionsAsync(browser, page);
        return (browser, await browser.SubmitAsync(page, PasskeyForm, new Dictionary<string, string> { ["CredentialJson"] = device.Get(options) }));
    }

    private static async Task<IDocument> PasswordStepAsync(HttpClient browser, TestPerson person)
    {
        var signIn = await browser.GetDocumentAsync("/connexion");
        using var password = await browser.SubmitAsync(signIn, "main form", new Dictionary<string, string> { ["Input.Email"] = person.Email, ["Input.Password"] = person.Password });
        Assert.StartsWith("/connexion/code", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return await browser.GetDocumentAsync(password.Headers.Location!.OriginalString);
    }

    /// <summary>The ceremony's options, fetched as the page's script fetches them.</summary>
    private static async Task<string> OptionsAsync(HttpClient client, IDocument page)
    {
        var form = page.QuerySelector(PasskeyForm) ?? throw new InvalidOperationException("No passkey form.");
        using var response = await client.PostAsync(new Uri(form.GetAttribute("data-options")!, UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", Token(form))]), Cancel);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    private static List<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values.Select(v => v.Split(';')[0]).Where(v => !v.EndsWith('='))] : [];

    private static HttpRequestMessage WithCookies(HttpMethod method, string url, IEnumerable<string> cookies, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Cookie", string.Join("; ", cookies));
        return request;
    }

    private static string Token(IElement form) => form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}
