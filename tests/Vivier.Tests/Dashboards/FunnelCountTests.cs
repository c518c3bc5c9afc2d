using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Core.Recruitment;
using Vivier.Testing;

namespace Vivier.Tests.Dashboards;

/// <summary>The funnel counts the dashboards read move with the applications, in the same transaction, even when many moves land at once.</summary>
public sealed class FunnelCountTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<List<(string Stage, int Count)>> CountsAsync(long missionId)
    {
        await using var db = App.NewDb();
        return (await db.FunnelCounts.Where(c => c.MissionId == missionId && c.Count != 0).ToListAsync(Cancel))
            .GroupBy(c => c.Stage).Select(g => (g.Key, g.Sum(c => c.Count))).OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
    }

    private async Task<List<(string Stage, int Count)>> RecountAsync(long missionId)
    {
        await using var db = App.NewDb();
        return (await db.Applications.Where(a => a.MissionId == missionId && a.FurthestStage != null).Select(a => a.FurthestStage!).ToListAsync(Cancel))
            .GroupBy(s => s).Select(g => (g.Key, g.Count())).OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Twenty_moves_at_once_from_four_recruiters_leave_the_counts_equal_to_the_applications()
    {
        var mission = await App.CreateMissionAsync("Comptes de l'entonnoir");
        var ids = await App.SeedApplicationsAsync(mission, 30);
        var recruiters = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ => App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.Recruiter)))));

        var responses = await Task.WhenAll(ids.Take(20).Select((id, i) =>
            recruiters[i % 4].PostAsJsonAsync($"/api/v1/applications/{id}/moves", new { stage = i < 12 ? "screening" : "interview" }, Cancel)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal([("interview", 8), (PipelineStage.Received, 10), ("screening", 12)], await CountsAsync(mission.Id));
        Assert.Equal(await RecountAsync(mission.Id), await CountsAsync(mission.Id));
        await using var db = App.NewDb();
        Assert.Equal(30, await db.Missions.Where(m => m.Id == mission.Id).Select(m => m.SentApplications).SingleAsync(Cancel));
    }

    [Fact]
    public async Task Moving_back_or_out_of_the_funnel_keeps_the_furthest_stage_reached()
    {
        var mission = await App.CreateMissionAsync("Retours en arrière");
        var id = (await App.SeedApplicationsAsync(mission, 1, "interview")).Single();
        var recruiter = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.Recruiter)));

        foreach (var stage in new[] { "screening", PipelineStage.Rejected })
        {
            (await recruiter.PostAsJsonAsync($"/api/v1/applications/{id}/moves", new { stage }, Cancel)).EnsureSuccessStatusCode();
        }

        Assert.Equal([("interview", 1)], await CountsAsync(mission.Id));
        await using var db = App.NewDb();
        Assert.Equal(PipelineStage.Rejected, await db.Applications.Where(a => a.Id == id).Select(a => a.StageKey).SingleAsync(Cancel));
    }

    [Fact]
    public async Task Applying_keeps_the_declared_gender_for_the_counts_and_out_of_the_profile_staff_read()
    {
        var mission = await App.CreateMissionAsync("Genre déclaré");
        var (person, candidate) = await App.CreateCandidateAsync();
        await using (var db = App.NewDb())
        {
            await db.CandidateProfiles.Where(p => p.PersonId == person.Id)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.Gender, Vivier.Core.Candidates.SelfDeclaredGender.Woman), Cancel);
        }

        (await candidate.PostAsJsonAsync($"/api/v1/missions/{mission.Reference}/applications", new { coverLetter = "Motivée.", submit = true }, Cancel)).EnsureSuccessStatusCode();

        await using var read = App.NewDb();
        var application = await read.Applications.SingleAsync(a => a.MissionId == mission.Id, Cancel);
        Assert.Equal(Vivier.Core.Candidates.SelfDeclaredGender.Woman, application.ApplicantGender);
        Assert.DoesNotContain("Woman", application.ProfileSnapshot, StringComparison.Ordinal);
        Assert.Equal(("received", "Woman", 1), Assert.Single(await read.FunnelCounts.Where(c => c.MissionId == mission.Id).Select(c => new { c.Stage, c.Gender, c.Count })
            .AsAsyncEnumerable().Select(c => (c.Stage, c.Gender, c.Count)).ToListAsync(Cancel)));
    }

    [Fact]
    public async Task A_synchronous_save_that_would_skip_the_counts_is_refused()
    {
        var mission = await App.CreateMissionAsync("Enregistrement synchrone");
        var id = (await App.SeedApplicationsAsync(mission, 1)).Single();
        await using var db = App.NewDb();
        var application = await db.Applications.SingleAsync(a => a.Id == id, Cancel);
        application.Enter(DefaultPipeline.ByKey["interview"], DefaultPipeline.ByKey);

        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        Assert.Equal([(PipelineStage.Received, 1)], await CountsAsync(mission.Id));
    }
}
