using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Events;

/// <summary>
/// An API refusal answers with the status of its kind, never from its message's text: nothing to
/// act on is a 404; a refused value is a 400 whose <c>errors</c> name the field as the API spells it.
/// </summary>
public sealed class RefusalStatusTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Nothing_to_act_on_is_a_404_and_a_refused_value_a_400_naming_its_field()
    {
        var e = await App.CreateEventAsync("Journées");
        var session = await App.AddSessionAsync(e, "Atelier", new TimeOnly(10, 0), new TimeOnly(11, 0), 10);
        var client = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.Expert)));
        var staff = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.Admin)));

        using var noEvent = await client.PostAsJsonAsync($"/api/v1/events/{Guid.NewGuid()}/registrations", new { participantType = "expert" }, Cancel);
        using var noSession = await client.PostAsync($"/api/v1/sessions/{Guid.NewGuid()}/enrollments", null, Cancel);
        using var noMeetingToAccept = await client.PostAsync($"/api/v1/meetings/{Guid.NewGuid()}/accept", null, Cancel);
        using var noMeetingToCancel = await client.DeleteAsync($"/api/v1/meetings/{Guid.NewGuid()}", Cancel);

        using var unknownType = await client.PostAsJsonAsync($"/api/v1/events/{e.Id}/registrations", new { participantType = "astronaute" }, Cancel);
        using var notRegistered = await client.PostAsync($"/api/v1/sessions/{session.Id}/enrollments", null, Cancel);
        using var blankMessage = await client.PostAsJsonAsync($"/api/v1/events/{e.Id}/meetings", new { to = Guid.NewGuid(), message = " " }, Cancel);
        using var noRating = await client.PostAsJsonAsync($"/api/v1/events/{e.Id}/feedback", new { subject = e.Id }, Cancel);
        using var badPeriod = await staff.GetAsync("/api/v1/dashboards?from=2025-06-01&to=2025-01-01&kind=XYZ", Cancel);

        Assert.All([noEvent, noSession, noMeetingToAccept, noMeetingToCancel], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(["participantType"], await ErrorKeysAsync(unknownType));
        Assert.Equal(["session"], await ErrorKeysAsync(notRegistered));
        Assert.Equal(["message"], await ErrorKeysAsync(blankMessage));
        Assert.Equal(["rating"], await ErrorKeysAsync(noRating));
        Assert.Equal(["kind", "to"], await ErrorKeysAsync(badPeriod));
    }

    /// <summary>A 400's <c>errors</c> keys, in order; fails on any other status.</summary>
    private static async Task<string[]> ErrorKeysAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return [.. body.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
    }
}
