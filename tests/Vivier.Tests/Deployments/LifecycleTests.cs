using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Deployments;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Features.Roster;

namespace Vivier.Tests.Deployments;

public sealed class LifecycleTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpClient> StaffAsync() => App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.ProgrammeManager)));

    [Fact]
    public async Task Staff_take_a_deployment_from_preparing_to_deployed_extended_and_ended_early_each_step_recorded()
    {
        var deployment = await App.AddDeploymentAsync("Cycle complet", new DateOnly(2025, 1, 6), new DateOnly(2026, 12, 31), "preparing");
        var staff = await StaffAsync();
        var url = $"/api/v1/deployments/{deployment.Id}";

        var departed = await staff.PostAsJsonAsync($"{url}/depart", new { on = "2025-01-08" }, Cancel);
        var notLater = await staff.PostAsJsonAsync($"{url}/extend", new { on = "2026-06-30", reason = "Trop tôt" }, Cancel);
        var extended = await staff.PostAsJsonAsync($"{url}/extend", new { on = "2027-06-30", reason = "Demande du ministère partenaire" }, Cancel);
        var noReason = await staff.PostAsJsonAsync($"{url}/end", new { on = "2026-03-31" }, Cancel);
        var ended = await staff.PostAsJsonAsync($"{url}/end", new { on = "2026-03-31", reason = "Raisons familiales" }, Cancel);
        var state = await ended.Content.ReadFromJsonAsync<DeploymentState>(Cancel);

        Assert.Equal(HttpStatusCode.OK, departed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notLater.StatusCode);
        Assert.Contains("après la fin prévue actuelle", await notLater.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal((DeploymentStatus.Ended, new DateOnly(2025, 1, 8), new DateOnly(2026, 3, 31), new DateOnly(2027, 6, 30)),
            (state!.Status, state.InPostFrom!.Value, state.InPostUntil!.Value, state.PlannedEnd));
        await using var db = App.NewDb();
        Assert.Equal([DeploymentEvent.Departed, DeploymentEvent.Extended, DeploymentEvent.EndedEarly],
            await db.DeploymentEvents.Where(e => e.DeploymentId == deployment.Id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Cancel));
    }

    [Fact]
    public async Task A_deployment_is_cancelled_only_before_departure_and_then_never_counts()
    {
        var waiting = await App.AddDeploymentAsync("Annulation", new DateOnly(2025, 2, 1), new DateOnly(2027, 1, 31), "preparing");
        var gone = await App.AddDeploymentAsync("Annulation", new DateOnly(2025, 2, 1), new DateOnly(2027, 1, 31));
        var staff = await StaffAsync();

        var cancelled = await staff.PostAsJsonAsync($"/api/v1/deployments/{waiting.Id}/cancel", new { reason = "Visa refusé" }, Cancel);
        var tooLate = await staff.PostAsJsonAsync($"/api/v1/deployments/{gone.Id}/cancel", new { reason = "Trop tard" }, Cancel);
        var departAfter = await staff.PostAsJsonAsync($"/api/v1/deployments/{waiting.Id}/depart", new { }, Cancel);
        var missing = await staff.PostAsJsonAsync($"/api/v1/deployments/{Guid.NewGuid()}/depart", new { }, Cancel);
        var roster = await staff.GetFromJsonAsync<RosterPage>("/api/v1/deployments?asOf=2025-06-01&host=Annulation", Cancel);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound),
            (cancelled.StatusCode, tooLate.StatusCode, departAfter.StatusCode, missing.StatusCode));
        Assert.Equal(gone.Id, Assert.Single(roster!.Items).Id);
    }

    [Fact]
    public async Task Staff_record_the_steps_on_the_deployment_s_page_with_clear_refusals()
    {
        var deployment = await App.AddDeploymentAsync("Page du déploiement", new DateOnly(2025, 3, 3), new DateOnly(2027, 3, 2), "preparing");
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        var url = $"/gestion/deploiements/{deployment.Id}";

        var page = await manager.GetDocumentAsync(url);
        using var noReason = await manager.SubmitAsync(page, "form[action$='step=cancelled']");
        using var departed = await manager.SubmitAsync(page, "form[action$='step=departed']", new Dictionary<string, string> { ["On"] = "2025-03-10" });
        var after = await manager.GetDocumentAsync(url);
        using var early = await manager.SubmitAsync(after, "form[action$='step=ended-early']", new Dictionary<string, string> { ["On"] = "2020-01-01", ["Reason"] = "Erreur" });

        Assert.Contains("Indiquez le motif", (await Html.ParseAsync(noReason)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{url}?done=departed", departed.Headers.Location!.OriginalString);
        Assert.Contains("Arrivée en poste", after.QuerySelector("main ol.small")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("entre le début et la fin prévue", (await Html.ParseAsync(early)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await using var db = App.NewDb();
        var stored = await db.Deployments.SingleAsync(d => d.Id == deployment.Id, Cancel);
        Assert.Equal((DeploymentStatus.Deployed, new DateOnly(2025, 3, 10)), (stored.Status, stored.InPostFrom!.Value));
    }
}
