using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Accounts;

public sealed class TwoFactorTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Roles.Recruiter)]
    [InlineData(Roles.ProgrammeManager)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Sponsor)]
    public async Task Staff_and_sponsors_without_a_second_factor_are_sent_to_set_one_up(string role)
    {
        var person = await App.CreatePersonAsync(role, twoFactor: false);
        using var client = await App.SignInAsync(person);

        using var page = await client.GetAsync("/referentiels", Cancel);
        using var api = await client.GetAsync("/api/v1/me", Cancel);

        Assert.Equal("/compte/double-authentification", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Fact]
    public async Task Setting_up_the_authenticator_lets_a_recruiter_in_and_asks_for_a_code_next_time()
    {
        var person = await App.CreatePersonAsync(Roles.Recruiter, twoFactor: false);
        using var client = await App.SignInAsync(person);
        var setup = await client.GetDocumentAsync("/compte/double-authentification");
        var key = setup.QuerySelector("main code")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        Assert.StartsWith("data:image/png;base64,", setup.QuerySelector(".qr-code img")!.GetAttribute("src"), StringComparison.Ordinal);

        using var wrong = await client.SubmitAsync(setup, "main form", new Dictionary<string, string> { ["Input.Code"] = "000000" });
        Assert.Contains("incorrect", (await Html.ParseAsync(wrong)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var again = await client.GetDocumentAsync("/compte/double-authentification");
        using var right = await client.SubmitAsync(again, "main form", new Dictionary<string, string> { ["Input.Code"] = Totp.Now(key) });

        Assert.Equal("/compte?Message=Account.TwoFactorEnabled", right.Headers.Location!.OriginalString);
        using var page = await client.GetAsync("/referentiels", Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var withoutCode = await App.PostLoginAsync(person.Email, person.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        using var withCode = await App.PostLoginAsync(person.Email, person.Password, Totp.Now(key));
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
    }

    [Fact]
    public async Task A_code_accepted_once_is_refused_for_the_rest_of_its_window()
    {
        var person = await App.CreatePersonAsync(Roles.Recruiter);
        var code = Totp.Code(person.AuthenticatorKey!, DateTimeOffset.UtcNow);

        using var first = await App.PostLoginAsync(person.Email, person.Password, code);
        using var replayed = await App.PostLoginAsync(person.Email, person.Password, code);
        using var client = App.NewClient();
        var page = await client.GetDocumentAsync("/connexion");
        using var password = await client.SubmitAsync(page, "main form",
            new Dictionary<string, string> { ["Input.Email"] = person.Email, ["Input.Password"] = person.Password });
        var codePage = await client.GetDocumentAsync(password.Headers.Location!.OriginalString);
        using var replayedOnThePage = await client.SubmitAsync(codePage, "main form", new Dictionary<string, string> { ["Input.Code"] = code });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replayedOnThePage.StatusCode);
        Assert.NotNull((await Html.ParseAsync(replayedOnThePage)).QuerySelector(".error-summary"));
        using var account = await client.GetAsync("/compte", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_at_sign_in_is_refused()
    {
        var person = await App.CreatePersonAsync(Roles.Recruiter);
        using var client = App.NewClient();
        var page = await client.GetDocumentAsync("/connexion");
        using var first = await client.SubmitAsync(page, "main form",
            new Dictionary<string, string> { ["Input.Email"] = person.Email, ["Input.Password"] = person.Password });
        var codePage = await client.GetDocumentAsync(first.Headers.Location!.OriginalString);

        using var wrong = await client.SubmitAsync(codePage, "main form", new Dictionary<string, string> { ["Input.Code"] = "123456" });

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        using var account = await client.GetAsync("/compte", Cancel);
        Assert.StartsWith("http://localhost/connexion", account.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_accounts_are_held_to_the_second_factor_once_the_demo_is_off()
    {
        var person = await App.CreatePersonAsync(Roles.Recruiter, twoFactor: false, isDemo: true);
        using var client = await App.SignInAsync(person);

        using var page = await client.GetAsync("/referentiels", Cancel);

        Assert.Equal("/compte/double-authentification", page.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Experts_and_partners_are_not_asked_for_a_second_factor()
    {
        foreach (var role in new[] { Roles.Expert, Roles.Partner })
        {
            using var client = await App.SignInAsync(await App.CreatePersonAsync(role));
            var me = await client.GetFromJsonAsync<Vivier.Web.Features.Account.MeDto>("/api/v1/me", Cancel);
            Assert.Equal([role], me!.Roles);
        }
    }

    [Fact]
    public async Task A_refreshed_token_keeps_the_second_factor_proved_at_sign_in()
    {
        var person = await App.CreatePersonAsync(Roles.Recruiter);
        var tokens = await App.ApiLoginAsync(person);
        using var client = App.NewClient();

        using var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }, Cancel);
        var renewed = await refreshed.Content.ReadFromJsonAsync<BearerTokens>(Cancel);
        using var api = App.NewClient().WithBearer(renewed!);

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me", Cancel)).StatusCode);
        await using var scope = App.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<UserManager<Person>>().GetTwoFactorEnabledAsync(
            (await scope.ServiceProvider.GetRequiredService<UserManager<Person>>().FindByEmailAsync(person.Email))!));
    }
}
