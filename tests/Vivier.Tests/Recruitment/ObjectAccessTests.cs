using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Testing;
using Vivier.Web.Features.Applications;

namespace Vivier.Tests.Recruitment;

/// <summary>Beside the role matrix: a candidate never reaches another candidate's application, whatever the door.</summary>
public sealed class ObjectAccessTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_candidate_never_reaches_another_s_application_by_id_by_reference_or_through_the_api()
    {
        var mission = await App.CreateMissionAsync("Mission convoitée", "BJ");
        var (alice, aliceApi) = await App.CreateCandidateAsync();
        var (bob, bobApi) = await App.CreateCandidateAsync();
        var sent = await (await aliceApi.PostAsJsonAsync($"/api/v1/missions/{mission.Reference}/applications",
            new { coverLetter = "Lettre confidentielle d'Alice." }, Cancel)).Content.ReadFromJsonAsync<ApplicationDto>(Cancel);
        await using var db = App.NewDb();
        var cv = (await db.Applications.SingleAsync(a => a.Id == sent!.Id, Cancel)).CvFileId;
        using var bobPages = await App.SignInAsync(bob);

        // By id: staff endpoints and pages, the stored CV, the candidate's own endpoints.
        Assert.Equal(HttpStatusCode.Forbidden, (await bobApi.GetAsync($"/api/v1/applications/{sent!.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bobApi.PostAsJsonAsync($"/api/v1/applications/{sent.Id}/moves", new { stage = "rejected" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bobApi.PostAsJsonAsync($"/api/v1/applications/{sent.Id}/notes", new { text = "x" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bobApi.GetAsync($"/api/v1/files/{cv}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bobApi.PostAsync($"/api/v1/me/applications/{sent.Id}/withdraw", null, Cancel)).StatusCode);
        using var folder = await bobPages.GetAsync($"/gestion/candidatures/{sent.Id}", Cancel);
        Assert.Contains("/erreur/403", folder.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // By reference: the mission's list, and the apply page, which shows Bob's own (empty) letter.
        Assert.Equal(HttpStatusCode.Forbidden, (await bobApi.GetAsync($"/api/v1/missions/{mission.Reference}/applications", Cancel)).StatusCode);
        using var board = await bobPages.GetAsync($"/gestion/missions/{mission.Reference}/candidatures", Cancel);
        Assert.Contains("/erreur/403", board.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var apply = await bobPages.GetDocumentAsync($"/missions/{mission.Reference}/postuler");
        Assert.DoesNotContain("Alice", apply.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // Through the API: Bob's list holds only his, and his applying creates his own, leaving Alice's as it was.
        Assert.Empty((await bobApi.GetFromJsonAsync<List<ApplicationDto>>("/api/v1/me/applications", Cancel))!);
        var bobs = await (await bobApi.PostAsJsonAsync($"/api/v1/missions/{mission.Reference}/applications", new { coverLetter = "Lettre de Bob." }, Cancel))
            .Content.ReadFromJsonAsync<ApplicationDto>(Cancel);
        Assert.NotEqual(sent.Id, bobs!.Id);
        var alices = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == sent.Id, Cancel);
        Assert.Equal((alice.Id, "Lettre confidentielle d'Alice."), (alices.PersonId, alices.CoverLetter));
    }
}
