using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Features.Missions;

namespace Vivier.Tests.Missions;

public sealed class StaffMissionsApiTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Input(string title) => new
    {
        title,
        kind = "ETI",
        countryCode = "TW",
        city = "Taipei",
        hostInstitution = "Administration de la cybersécurité",
        sponsors = Array.Empty<string>(),
        themes = new[] { "cybersecurity" },
        description = "Protection des infrastructures critiques.",
        profile = "Dix ans d'expérience.",
        languages = "fr:C1 en:C1",
        startDate = "2027-06-01",
        durationMonths = 24,
        deadline = "2027-01-31",
    };

    private async Task<HttpClient> RecruiterAsync() => App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.Recruiter)));

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, object body, string? version)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (version is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        }
        return await client.SendAsync(request, Cancel);
    }

    [Fact]
    public async Task Staff_create_a_draft_once_per_idempotency_key_and_publish_it()
    {
        using var client = await RecruiterAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/staff/missions") { Content = JsonContent.Create(Input("Conseil cyber")) };
        request.Headers.Add("Idempotency-Key", "create-cyber-1");
        using var created = await client.SendAsync(request, Cancel);
        using var again = new HttpRequestMessage(HttpMethod.Post, "/api/v1/staff/missions") { Content = JsonContent.Create(Input("Conseil cyber")) };
        again.Headers.Add("Idempotency-Key", "create-cyber-1");
        using var replayed = await client.SendAsync(again, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replayed.StatusCode);
        var draft = (await created.Content.ReadFromJsonAsync<StaffMissionDto>(Cancel))!;
        Assert.Equal(created.Headers.Location, replayed.Headers.Location);
        Assert.Equal("Draft", draft.Status);
        Assert.Matches("^ETI-2026-\\d{4}$", draft.Reference);
        await using (var db = App.NewDb())
        {
            Assert.Equal(1, await db.Missions.CountAsync(m => m.Title == "Conseil cyber", Cancel));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await App.NewClient().GetAsync($"/api/v1/missions/{draft.Reference}", Cancel)).StatusCode);

        using var published = await SendAsync(client, HttpMethod.Post, $"/api/v1/staff/missions/{draft.Reference}/status", new { action = "publish" }, draft.Version);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await App.NewClient().GetAsync($"/api/v1/missions/{draft.Reference}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Two_editors_do_not_silently_overwrite_each_other()
    {
        using var alice = await RecruiterAsync();
        using var bob = await RecruiterAsync();
        using var created = await alice.PostAsJsonAsync("/api/v1/staff/missions", Input("Version initiale"), Cancel);
        var draft = (await created.Content.ReadFromJsonAsync<StaffMissionDto>(Cancel))!;

        using var first = await SendAsync(alice, HttpMethod.Put, $"/api/v1/staff/missions/{draft.Reference}", Input("Version d'Alice"), draft.Version);
        using var second = await SendAsync(bob, HttpMethod.Put, $"/api/v1/staff/missions/{draft.Reference}", Input("Version de Bob"), draft.Version);
        using var withoutVersion = await SendAsync(bob, HttpMethod.Put, $"/api/v1/staff/missions/{draft.Reference}", Input("Sans version"), null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.Contains("Quelqu'un d'autre a modifié", await second.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode)428, withoutVersion.StatusCode);
        await using var db = App.NewDb();
        var mission = await db.Missions.SingleAsync(m => m.Reference == draft.Reference, Cancel);
        Assert.Equal("Version d'Alice", mission.Title);
        var history = await db.MissionChanges.Where(c => c.MissionId == mission.Id).OrderBy(c => c.Id).Select(c => c.Action + ":" + c.Detail).ToListAsync(Cancel);
        Assert.Equal(["created:", "edited:Title"], history);
    }

    [Fact]
    public async Task A_refused_move_answers_409_with_its_reason_and_changes_nothing()
    {
        using var client = await RecruiterAsync();
        using var created = await client.PostAsJsonAsync("/api/v1/staff/missions", Input("Mission à clore"), Cancel);
        var draft = (await created.Content.ReadFromJsonAsync<StaffMissionDto>(Cancel))!;

        using var refused = await SendAsync(client, HttpMethod.Post, $"/api/v1/staff/missions/{draft.Reference}/status", new { action = "close" }, draft.Version);
        using var noReason = await SendAsync(client, HttpMethod.Post, $"/api/v1/staff/missions/{draft.Reference}/status", new { action = "cancel" }, draft.Version);
        using var cancelled = await SendAsync(client, HttpMethod.Post, $"/api/v1/staff/missions/{draft.Reference}/status", new { action = "cancel", reason = "Poste supprimé" }, draft.Version);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Seule une mission publiée peut être close", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("Cancelled", (await cancelled.Content.ReadFromJsonAsync<StaffMissionDto>(Cancel))!.Status);
    }

    [Fact]
    public async Task Invalid_content_is_a_localised_validation_problem()
    {
        using var client = await RecruiterAsync();

        using var response = await client.PostAsJsonAsync("/api/v1/staff/missions", new { title = "", countryCode = "ZZ", languages = "français", durationMonths = 0 }, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Intitulé du poste", body, StringComparison.Ordinal);
        Assert.Contains("fr:C1 en:B2", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missions_created_at_the_same_moment_get_distinct_references()
    {
        using var client = await RecruiterAsync();

        var created = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            using var response = await client.PostAsJsonAsync("/api/v1/staff/missions", Input($"Simultanée {i}"), Cancel);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<StaffMissionDto>(Cancel))!.Reference;
        }));

        Assert.Equal(6, created.Distinct().Count());
    }
}
