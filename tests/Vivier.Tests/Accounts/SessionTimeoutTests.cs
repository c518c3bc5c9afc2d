using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Accounts;

/// <summary>The timeout warning is told what the session has left, and continuing issues the session again (RGAA 13.1). Its own fixture: it moves the clock.</summary>
public sealed class SessionTimeoutTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<int?> LeftAsync(HttpClient client, string path = "/compte") =>
        int.TryParse((await client.GetDocumentAsync(path)).QuerySelector("dialog#session-timeout")?.GetAttribute("data-left"), out var left) ? left : null;

    [Fact]
    public async Task Each_page_tells_what_the_session_has_left_and_continuing_gives_it_its_whole_idle_time_again()
    {
        using var expert = await App.SignInAsAsync(Roles.Expert);
        var anonymous = await App.NewClient().GetDocumentAsync("/");

        var fresh = await LeftAsync(expert);
        App.Clock.Advance(TimeSpan.FromMinutes(20));
        var later = await LeftAsync(expert);
        // Older than the security stamp's check (30 minutes), the cookie is renewed by the request itself.
        App.Clock.Advance(TimeSpan.FromMinutes(20));
        var renewed = await LeftAsync(expert);
        var token = (await expert.GetDocumentAsync("/compte")).QuerySelector("dialog form[data-session-extend] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        // A minute before the end, the warning's "continue": the session has its whole idle time again.
        App.Clock.Advance(TimeSpan.FromHours(8) - TimeSpan.FromMinutes(1));
        using var extended = await expert.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/session/prolonger")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]),
            Headers = { { "Accept", "application/json" } },
        }, Cancel);
        var answer = await extended.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        App.Clock.Advance(TimeSpan.FromHours(8) - TimeSpan.FromMinutes(1));
        var stillIn = await LeftAsync(expert);
        // Left alone past its idle time, the session is over.
        App.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        var over = await LeftAsync(expert);

        Assert.Null(anonymous.QuerySelector("dialog#session-timeout"));
        Assert.Equal(8 * 3600, fresh);
        Assert.Equal(8 * 3600 - 20 * 60, later);
        Assert.Equal(8 * 3600, renewed);
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.Equal(8 * 3600, answer.GetProperty("left").GetInt32());
        Assert.Contains(extended.Headers.GetValues("Set-Cookie"), c => c.StartsWith("Vivier.Session=", StringComparison.Ordinal));
        Assert.Equal(8 * 3600, stillIn);
        Assert.Null(over);
    }

    [Fact]
    public async Task Without_a_session_the_extension_sends_to_the_sign_in()
    {
        using var response = await App.NewClient().PostAsync("/session/prolonger", new FormUrlEncodedContent([]), Cancel);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
