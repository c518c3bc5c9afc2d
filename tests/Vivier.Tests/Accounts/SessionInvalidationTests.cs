using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Net.Http.Json;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Accounts;

/// <summary>Signing out everywhere, a new password or new roles end every open cookie session and bearer token.</summary>
public sealed class SessionInvalidationTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Browser, HttpClient OtherBrowser, HttpClient Api, BearerTokens Tokens)> SessionsAsync(TestPerson person)
    {
        var browser = await App.SignInAsync(person);
        var other = await App.SignInAsync(person);
        var tokens = await App.ApiLoginAsync(person);
        var api = App.NewClient().WithBearer(tokens);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/compte", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me", Cancel)).StatusCode);
        return (browser, other, api, tokens);
    }

    private async Task AssertEndedAsync(HttpClient other, HttpClient api, BearerTokens tokens)
    {
        // Cookies are checked against the account when issued before "now": let a second pass, as it would.
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        using var page = await other.GetAsync("/compte", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/connexion", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me", Cancel)).StatusCode);
        using var fresh = App.NewClient();
        using var refreshed = await fresh.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
    }

    [Fact]
    public async Task A_staff_session_keeps_its_second_factor_when_the_account_is_checked_again()
    {
        // Every request rechecks the account and rebuilds the session's identity: how the person
        // signed in (with a second factor) must survive it, or staff are sent to set one up again.
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        App.Clock.Advance(TimeSpan.FromSeconds(1));

        using var first = await recruiter.GetAsync("/gestion/missions", Cancel);
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        using var second = await recruiter.GetAsync("/gestion/missions", Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_other_browsers_and_tokens()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        var (browser, other, api, tokens) = await SessionsAsync(person);

        var account = await browser.GetDocumentAsync("/compte");
        using (await browser.SubmitAsync(account, "form[action*='SignOutEverywhere']"))
        {
        }

        await AssertEndedAsync(other, api, tokens);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/compte", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_moved_security_stamp_ends_the_sessions_on_their_very_next_request()
    {
        // The stamp is compared on every request, not once an interval has passed since the cookie
        // was issued; the session rows stay open here, so only the stamp can refuse them.
        var person = await App.CreatePersonAsync(Roles.Expert);
        var (browser, other, api, _) = await SessionsAsync(person);
        await using (var db = App.NewDb())
        {
            await db.Users.Where(p => p.Id == person.Id).ExecuteUpdateAsync(set => set.SetProperty(p => p.SecurityStamp, Guid.NewGuid().ToString("N")), Cancel);
        }

        using var page = await other.GetAsync("/compte", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/compte", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_page_is_served_without_issuing_the_cookie_again()
    {
        // Checking the session must not rebuild the identity and write a new cookie on each page.
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        App.Clock.Advance(TimeSpan.FromSeconds(1));

        using var page = await recruiter.GetAsync("/gestion/missions", Cancel);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("Vivier.Session", StringComparison.Ordinal)),
            "the page re-issued the sign-in cookie");
    }

    [Fact]
    public async Task A_new_password_ends_other_sessions_but_keeps_this_one()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        var (browser, other, api, tokens) = await SessionsAsync(person);

        var form = await browser.GetDocumentAsync("/compte/mot-de-passe");
        using var changed = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = person.Password,
            ["Input.NewPassword"] = "Another-Secret-99",
        });

        Assert.Equal("/compte?Message=Account.PasswordChanged", changed.Headers.Location!.OriginalString);
        await AssertEndedAsync(other, api, tokens);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/compte", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_role_change_by_an_admin_ends_the_persons_sessions()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        var (_, other, api, tokens) = await SessionsAsync(person);
        using var admin = await App.SignInAsAsync(Roles.Admin);

        var edit = await admin.GetDocumentAsync($"/admin/personnes/{person.Id}");
        using var saved = await admin.SubmitAsync(edit, "main form");

        Assert.Equal($"/admin/personnes/{person.Id}?saved=true", saved.Headers.Location!.OriginalString);
        await AssertEndedAsync(other, api, tokens);
    }
}
