using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Core.Recruitment;
using Vivier.Testing;
using Vivier.Web.Features.Applications;

namespace Vivier.Tests.Recruitment;

public sealed class ReviewsTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ApiAsync(string role) => App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(role)));

    private static object Scores(params int[] scores) => new
    {
        scores = Vivier.Core.Missions.Mission.DefaultReviewCriteria.Select((criterion, i) => new { criterion, score = scores[i], comment = i == 0 ? "Solide." : null }),
        comment = "Bon profil.",
    };

    [Fact]
    public async Task Reviewers_declare_no_conflict_first_and_see_the_others_scores_only_after_giving_theirs()
    {
        var mission = await App.CreateMissionAsync("Mission évaluée", "SN");
        var id = (await App.SeedApplicationsAsync(mission, 1)).Single();
        var first = await ApiAsync(Roles.Recruiter);
        var second = await ApiAsync(Roles.Admin);

        var tooEarly = await first.PutAsJsonAsync($"/api/v1/applications/{id}/review", Scores(4, 4, 4, 4), Cancel);
        (await first.PostAsJsonAsync($"/api/v1/applications/{id}/review/declaration", new { conflictOfInterest = false }, Cancel)).EnsureSuccessStatusCode();
        (await first.PutAsJsonAsync($"/api/v1/applications/{id}/review", Scores(5, 4, 3, 4), Cancel)).EnsureSuccessStatusCode();
        (await second.PostAsJsonAsync($"/api/v1/applications/{id}/review/declaration", new { conflictOfInterest = false }, Cancel)).EnsureSuccessStatusCode();
        var beforeScoring = await second.GetFromJsonAsync<ApplicationFolderDto>($"/api/v1/applications/{id}", Cancel);
        var scored = await second.PutAsJsonAsync($"/api/v1/applications/{id}/review", Scores(3, 2, 3, 4), Cancel);
        var afterScoring = await scored.Content.ReadFromJsonAsync<ApplicationFolderDto>(Cancel);

        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Equal((false, 1, 0), (beforeScoring!.Reviews.OthersVisible, beforeScoring.Reviews.OthersScored, beforeScoring.Reviews.Others.Count));
        Assert.Null(beforeScoring.Reviews.Average);
        Assert.True(afterScoring!.Reviews.OthersVisible);
        Assert.Equal([5, 4, 3, 4], Assert.Single(afterScoring.Reviews.Others).Scores.Select(s => s.Score));
        Assert.Equal(3.5, afterScoring.Reviews.Average);
    }

    [Fact]
    public async Task A_reviewer_with_a_conflict_cannot_score_nor_see_the_scores_and_bad_scores_change_nothing()
    {
        var mission = await App.CreateMissionAsync("Mission en conflit", "SN");
        var id = (await App.SeedApplicationsAsync(mission, 1)).Single();
        var scorer = await ApiAsync(Roles.Recruiter);
        var conflicted = await ApiAsync(Roles.Recruiter);
        await scorer.PostAsJsonAsync($"/api/v1/applications/{id}/review/declaration", new { conflictOfInterest = false }, Cancel);
        await scorer.PutAsJsonAsync($"/api/v1/applications/{id}/review", Scores(4, 4, 4, 4), Cancel);

        var missing = await conflicted.PostAsJsonAsync($"/api/v1/applications/{id}/review/declaration", new { }, Cancel);
        await conflicted.PostAsJsonAsync($"/api/v1/applications/{id}/review/declaration", new { conflictOfInterest = true }, Cancel);
        var refused = await conflicted.PutAsJsonAsync($"/api/v1/applications/{id}/review", Scores(1, 1, 1, 1), Cancel);
        var view = await conflicted.GetFromJsonAsync<ApplicationFolderDto>($"/api/v1/applications/{id}", Cancel);
        var outOfRange = await scorer.PutAsJsonAsync($"/api/v1/applications/{id}/review", Scores(6, 4, 4, 4), Cancel);
        var incomplete = await scorer.PutAsJsonAsync($"/api/v1/applications/{id}/review",
            new { scores = new[] { new { criterion = "Langues", score = 3 } } }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("conflit d'intérêts", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal((false, 0), (view!.Reviews.OthersVisible, view.Reviews.Others.Count));
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        await using var db = App.NewDb();
        var stored = await db.ApplicationReviews.Where(r => r.ApplicationId == id && !r.HasConflict).SingleAsync(Cancel);
        Assert.All(stored.Scores, s => Assert.Equal(4, s.Score));
    }

    [Fact]
    public async Task Internal_notes_are_for_staff_only_and_programme_managers_only_read()
    {
        var mission = await App.CreateMissionAsync("Mission annotée", "CI");
        var (candidate, client) = await App.CreateCandidateAsync();
        var sent = await (await client.PostAsJsonAsync($"/api/v1/missions/{mission.Reference}/applications", new { coverLetter = "Motivée." }, Cancel))
            .Content.ReadFromJsonAsync<ApplicationDto>(Cancel);
        var recruiter = await ApiAsync(Roles.Recruiter);
        var manager = await ApiAsync(Roles.ProgrammeManager);

        var noted = await recruiter.PostAsJsonAsync($"/api/v1/applications/{sent!.Id}/notes", new { text = "Références à vérifier." }, Cancel);
        var empty = await recruiter.PostAsJsonAsync($"/api/v1/applications/{sent.Id}/notes", new { text = "  " }, Cancel);
        var managerNote = await manager.PostAsJsonAsync($"/api/v1/applications/{sent.Id}/notes", new { text = "Moi aussi." }, Cancel);
        var managerView = await manager.GetFromJsonAsync<ApplicationFolderDto>($"/api/v1/applications/{sent.Id}", Cancel);
        var candidateView = await client.GetAsync($"/api/v1/applications/{sent.Id}", Cancel);
        var own = await client.GetStringAsync("/api/v1/me/applications", Cancel);

        Assert.Equal(HttpStatusCode.OK, noted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, managerNote.StatusCode);
        Assert.Equal("Références à vérifier.", Assert.Single(managerView!.Notes).Text);
        Assert.Equal(HttpStatusCode.Forbidden, candidateView.StatusCode);
        Assert.DoesNotContain("Références", own, StringComparison.Ordinal);
        Assert.Equal(candidate.Id, managerView.PersonId);
    }

    [Fact]
    public async Task A_reviewer_declaring_twice_at_once_has_one_review()
    {
        var mission = await App.CreateMissionAsync("Mission déclarée deux fois", "SN");
        var id = (await App.SeedApplicationsAsync(mission, 1)).Single();
        var reviewer = await ApiAsync(Roles.Recruiter);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            reviewer.PostAsJsonAsync($"/api/v1/applications/{id}/review/declaration", new { conflictOfInterest = false }, Cancel)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        await using var db = App.NewDb();
        Assert.Equal(1, await db.ApplicationReviews.CountAsync(r => r.ApplicationId == id, Cancel));
    }
}
