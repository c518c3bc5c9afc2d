using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Accounts;

/// <summary>Sessions one can see and end; refresh tokens spent once; a sign-in from a new device told by mail.</summary>
public sealed class SessionTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, BearerTokens? Tokens)> RefreshAsync(string refreshToken)
    {
        using var client = App.NewClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken }, Cancel);
        return (response.StatusCode, response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<BearerTokens>(Cancel) : null);
    }

    private async Task<HttpStatusCode> MeAsync(BearerTokens tokens)
    {
        using var client = App.NewClient().WithBearer(tokens);
        using var response = await client.GetAsync("/api/v1/me", Cancel);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_refresh_token_is_spent_once_and_sent_again_it_ends_every_bearer_session_of_its_owner()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        var first = await App.ApiLoginAsync(person);
        var otherClient = await App.ApiLoginAsync(person);
        using var browser = await App.SignInAsync(person);

        var rotated = await RefreshAsync(first.RefreshToken);
        var replayed = await RefreshAsync(first.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, rotated.Status);
        Assert.NotEqual(first.RefreshToken, rotated.Tokens!.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.Status);
        // The thief's copy and the owner's rotated tokens alike: the whole family is gone, and every other bearer session with it.
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(rotated.Tokens));
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(rotated.Tokens.RefreshToken)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(otherClient));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/compte", Cancel)).StatusCode);
        await using var db = App.NewDb();
        Assert.Equal(2, await db.AccountSessions.CountAsync(s => s.PersonId == person.Id && s.EndReason == "refresh-token-reused", Cancel));
    }

    [Fact]
    public async Task A_rotated_token_refreshes_again_and_again()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        var tokens = await App.ApiLoginAsync(person);

        for (var round = 0; round < 3; round++)
        {
            var next = await RefreshAsync(tokens.RefreshToken);
            Assert.Equal(HttpStatusCode.OK, next.Status);
            tokens = next.Tokens!;
        }

        Assert.Equal(HttpStatusCode.OK, await MeAsync(tokens));
    }

    [Fact]
    public async Task One_sees_one_s_sessions_and_ends_another_one_which_is_signed_out_at_once()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var laptop = await App.SignInAsync(person);
        using var phone = await App.SignInAsync(person);
        var intruder = await App.SignInAsAsync(Roles.Expert);
        var page = await laptop.GetDocumentAsync("/compte");
        var rows = page.QuerySelectorAll("#sessions + p + .table-region tbody tr");
        Assert.Equal(2, rows.Length);
        var phoneForm = rows.Single(r => r.QuerySelector(".badge") is null).QuerySelector("form")!;
        var phoneSession = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://localhost"), phoneForm.GetAttribute("action")!).Query)["session"];
        var intruderPage = await intruder.GetDocumentAsync("/compte");
        var intruderToken = intruderPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var notTheirs = await intruder.PostAsync(new Uri($"/compte?handler=EndSession&session={phoneSession}", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", intruderToken)]), Cancel);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/compte", Cancel)).StatusCode);
        using var ended = await laptop.SubmitAsync(page, $"form[action*='{phoneSession}']");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        using var afterwards = await phone.GetAsync("/compte", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Contains("/connexion", afterwards.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/compte", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_from_a_new_device_is_told_by_mail_and_a_known_one_is_not()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var laptop = await App.SignInAsync(person);
        Assert.Empty(await App.MailsToAsync(person.Email));
        var signOut = await laptop.GetDocumentAsync("/deconnexion");
        using (await laptop.SubmitAsync(signOut, "main form", new Dictionary<string, string>()))
        {
        }

        await SignInAgainAsync(laptop, person);
        Assert.Empty(await App.MailsToAsync(person.Email));
        using var phone = await App.SignInAsync(person);

        var mail = Assert.Single(await App.MailsToAsync(person.Email));
        Assert.Contains("/compte", mail.TextBody, StringComparison.Ordinal);
    }

    private static async Task SignInAgainAsync(HttpClient client, TestPerson person)
    {
        var page = await client.GetDocumentAsync("/connexion");
        using var response = await client.SubmitAsync(page, "main form",
            new Dictionary<string, string> { ["Input.Email"] = person.Email, ["Input.Password"] = person.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
