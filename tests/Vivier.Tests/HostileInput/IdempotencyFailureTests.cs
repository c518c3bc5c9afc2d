using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Infrastructure;

namespace Vivier.Tests.HostileInput;

/// <summary>An Idempotency-Key is never stuck: a request that fails gives it back, and every key expires.</summary>
public sealed class IdempotencyFailureTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Mission(string title) => new
    {
        title, kind = "ETI", countryCode = "TW", city = "Taipei", hostInstitution = "Administration de la cybersécurité",
        themes = new[] { "cybersecurity" }, description = "Protection des infrastructures critiques.", profile = "Dix ans d'expérience.",
        startDate = "2027-06-01", durationMonths = 24, deadline = "2027-01-31",
    };

    private static async Task<HttpResponseMessage> CreateAsync(HttpClient client, string key, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/staff/missions") { Content = JsonContent.Create(Mission(title)) };
        request.Headers.Add(Idempotency.Header, key);
        return await client.SendAsync(request, Cancel);
    }

    private async Task<HttpClient> RecruiterAsync(TestPerson? recruiter = null) =>
        App.NewClient().WithBearer(await App.ApiLoginAsync(recruiter ?? await App.CreatePersonAsync(Roles.Recruiter)));

    [Fact]
    public async Task A_request_that_fails_releases_its_key_for_the_retry()
    {
        using var client = await RecruiterAsync();
        var key = Guid.NewGuid().ToString();
        var title = $"Mission en panne {Guid.NewGuid():N}";

        HttpStatusCode failed;
        await using (await App.RefuseInsertsAsync("missions", "title", title))
        {
            using var first = await CreateAsync(client, key, title);
            failed = first.StatusCode;
        }
        using var retry = await CreateAsync(client, key, title);

        Assert.Equal(HttpStatusCode.InternalServerError, failed);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.False(retry.Headers.Contains("Idempotent-Replayed"));
        await using var db = App.NewDb();
        Assert.Equal(1, await db.Missions.CountAsync(m => m.Title == title, Cancel));
    }

    [Fact]
    public async Task Keys_expire_after_their_lifetime_through_the_cleanup_job()
    {
        var recruiter = await App.CreatePersonAsync(Roles.Recruiter);
        using var client = await RecruiterAsync(recruiter);
        var key = Guid.NewGuid().ToString();
        using (var first = await CreateAsync(client, key, $"Première {key}"))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }
        using (var tooSoon = await CreateAsync(client, key, $"Autre {key}"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, tooSoon.StatusCode);
        }

        App.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var removed = await App.Services.GetRequiredService<IdempotencyCleanup>().RemoveExpiredAsync(Cancel);
        // Signed in again: the first bearer token has expired meanwhile.
        using var again = await RecruiterAsync(recruiter);
        using var later = await CreateAsync(again, key, $"Autre {key}");

        Assert.True(removed >= 1);
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        await using var db = App.NewDb();
        Assert.Equal(1, await db.IdempotentRequests.CountAsync(r => r.Key == key, Cancel));
    }
}
