using System.Net;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Accounts;

/// <summary>
/// Another site can make a signed-in browser send any request with its cookie, a body or not: an
/// unsafe API call authenticated by the cookie needs the page's antiforgery token; bearer calls do not.
/// </summary>
public sealed class CookieApiAntiforgeryTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cookie_call_without_the_token_is_refused_and_changes_nothing()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var browser = await App.SignInAsync(person);
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/agenda-feed");
        forged.Headers.Add("Origin", "https://attacker.example");

        using var refused = await browser.SendAsync(forged, Cancel);
        using var refusedDelete = await browser.DeleteAsync("/api/v1/me/agenda-feed", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("RequestVerificationToken", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refusedDelete.StatusCode);
        await using var db = App.NewDb();
        Assert.False(db.AgendaFeeds.Any(f => f.PersonId == person.Id));
    }

    [Fact]
    public async Task A_cookie_call_with_the_page_s_token_and_a_bearer_call_go_through()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var browser = await App.SignInAsync(person);
        var page = await browser.GetDocumentAsync("/mon-agenda");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var withToken = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/agenda-feed");
        withToken.Headers.Add("RequestVerificationToken", token);
        using var client = App.NewClient().WithBearer(await App.ApiLoginAsync(person));

        using var fromPage = await browser.SendAsync(withToken, Cancel);
        using var fromClient = await client.PostAsync("/api/v1/me/agenda-feed", null, Cancel);

        Assert.Equal(HttpStatusCode.OK, fromPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromClient.StatusCode);
    }
}
