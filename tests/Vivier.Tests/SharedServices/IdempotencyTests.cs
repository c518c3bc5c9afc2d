using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Testing;

namespace Vivier.Tests.SharedServices;

public sealed class IdempotencyTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> RegisterAsync(HttpClient client, string key, string email, string givenName = "Idem")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/register")
        {
            Content = JsonContent.Create(new { givenName, familyName = "Potent", email, password = People.Password, acceptPrivacyNotice = true }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, Cancel);
    }

    [Fact]
    public async Task A_retried_creation_with_the_same_key_replays_the_first_answer_and_creates_nothing_more()
    {
        using var client = App.NewClient();
        var key = Guid.NewGuid().ToString();
        var email = $"idem-{Guid.NewGuid():N}@exemple.fr";

        using var first = await RegisterAsync(client, key, email);
        using var second = await RegisterAsync(client, key, email);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        // Run twice, the second sign-up would have mailed "you already have an account".
        Assert.Single(await App.MailsToAsync(email));
        await using var db = App.NewDb();
        Assert.Equal(1, await db.Users.CountAsync(p => p.Email == email, Cancel));
    }

    [Fact]
    public async Task The_same_key_with_another_request_is_refused()
    {
        using var client = App.NewClient();
        var key = Guid.NewGuid().ToString();

        using var first = await RegisterAsync(client, key, $"one-{Guid.NewGuid():N}@exemple.fr");
        using var other = await RegisterAsync(client, key, $"two-{Guid.NewGuid():N}@exemple.fr");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Without_a_key_each_request_is_handled()
    {
        using var client = App.NewClient();
        var email = $"nokey-{Guid.NewGuid():N}@exemple.fr";

        for (var i = 0; i < 2; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/auth/register",
                new { givenName = "No", familyName = "Key", email, password = People.Password, acceptPrivacyNotice = true }, Cancel);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        Assert.Equal(2, (await App.MailsToAsync(email)).Count);
    }
}
