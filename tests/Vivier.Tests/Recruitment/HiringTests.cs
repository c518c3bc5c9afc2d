using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core;
using Vivier.Core.Database;
using Vivier.Core.Deployments;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Core.Recruitment;
using Vivier.Testing;
using Vivier.Web.Features.Applications;

namespace Vivier.Tests.Recruitment;

public sealed class HiringTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpClient> RecruiterAsync() => App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.Recruiter)));

    private async Task<(TestPerson Person, Guid Application)> ApplyAsync(string reference, string language = "fr", bool submit = true)
    {
        var (person, candidate) = await App.CreateCandidateAsync();
        if (language != "fr")
        {
            await using var db = App.NewDb();
            await db.Users.Where(p => p.Id == person.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.PreferredLanguage, Locale.Of(language)), Cancel);
        }
        var response = await candidate.PostAsJsonAsync($"/api/v1/missions/{reference}/applications", new { coverLetter = "Motivée.", submit }, Cancel);
        return (person, (await response.Content.ReadFromJsonAsync<ApplicationDto>(Cancel))!.Id);
    }

    [Fact]
    public async Task A_hire_creates_the_deployment_fills_the_mission_and_rejects_the_other_open_applications_with_their_mails()
    {
        var mission = await App.CreateMissionAsync("Conseiller budgétaire", "SN", ExpertKind.ETI, sponsors: ["MEAE", "DG Trésor"]);
        var (hired, chosen) = await ApplyAsync(mission.Reference);
        var (other, rejected) = await ApplyAsync(mission.Reference, "en");
        var (withdrawer, withdrawn) = await ApplyAsync(mission.Reference);
        var (drafter, draft) = await ApplyAsync(mission.Reference, submit: false);
        var recruiter = await RecruiterAsync();
        await recruiter.PostAsJsonAsync($"/api/v1/applications/{withdrawn}/moves", new { stage = "withdrawn" }, Cancel);

        using var response = await recruiter.PostAsJsonAsync($"/api/v1/applications/{chosen}/moves", new { stage = "hired", reason = "Meilleur profil" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PipelineStage.Hired, (await response.Content.ReadFromJsonAsync<PipelineEntry>(Cancel))!.Stage);
        await using var db = App.NewDb();
        var deployment = await db.Deployments.Include(d => d.Sponsors).SingleAsync(d => d.MissionId == mission.Id, Cancel);
        Assert.Equal((hired.Id, chosen, ExpertKind.ETI, "SN", "Ministère partenaire", DeploymentStatus.Preparing, true),
            (deployment.PersonId, deployment.ApplicationId, deployment.Kind, deployment.CountryCode, deployment.HostInstitution, deployment.Status, deployment.IsFirstDeployment));
        Assert.Equal(["DG Trésor", "MEAE"], deployment.Sponsors.Select(s => s.ShortName).Order());
        Assert.Equal((mission.StartDate, mission.StartDate.AddMonths(mission.DurationMonths).AddDays(-1)), (deployment.PlannedStart, deployment.PlannedEnd));
        Assert.Equal(MissionStatus.Filled, (await db.Missions.SingleAsync(m => m.Id == mission.Id, Cancel)).Status);
        var stages = await db.Applications.Where(a => a.MissionId == mission.Id).ToDictionaryAsync(a => a.Id, a => a.StageKey, Cancel);
        Assert.Equal((PipelineStage.Hired, PipelineStage.Rejected, PipelineStage.Withdrawn, (string?)null), (stages[chosen], stages[rejected], stages[withdrawn], stages[draft]));
        Assert.Equal("Post filled", (await db.ApplicationEvents.SingleAsync(e => e.ApplicationId == rejected && e.ToStage == PipelineStage.Rejected, Cancel)).Reason);
        Assert.Contains(await App.MailsToAsync(hired.Email), m => m.Subject == "Bienvenue : votre recrutement est confirmé" && m.TextBody.Contains(mission.Reference, StringComparison.Ordinal));
        Assert.Contains(await App.MailsToAsync(other.Email), m => m.Subject == $"Your application to mission {mission.Reference}" && m.TextBody.StartsWith("Dear ", StringComparison.Ordinal));
        Assert.DoesNotContain(await App.MailsToAsync(withdrawer.Email), m => m.Subject.Contains("Votre candidature à la mission", StringComparison.Ordinal));
        Assert.DoesNotContain(await App.MailsToAsync(drafter.Email), m => m.Subject.Contains("Votre candidature à la mission", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hired_application_stays_hired_and_a_second_hire_on_a_filled_mission_is_refused()
    {
        var mission = await App.CreateMissionAsync("Poste pourvu une fois", "ML");
        var (_, chosen) = await ApplyAsync(mission.Reference);
        var (_, other) = await ApplyAsync(mission.Reference);
        var recruiter = await RecruiterAsync();
        (await recruiter.PostAsJsonAsync($"/api/v1/applications/{chosen}/moves", new { stage = "hired" }, Cancel)).EnsureSuccessStatusCode();

        var back = await recruiter.PostAsJsonAsync($"/api/v1/applications/{chosen}/moves", new { stage = "offer" }, Cancel);
        var again = await recruiter.PostAsJsonAsync($"/api/v1/applications/{other}/moves", new { stage = "hired" }, Cancel);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (back.StatusCode, again.StatusCode));
        var elsewhere = await App.CreateMissionAsync("Poste refusé à qui s'est retiré", "ML");
        var (_, withdrawn) = await ApplyAsync(elsewhere.Reference);
        (await recruiter.PostAsJsonAsync($"/api/v1/applications/{withdrawn}/moves", new { stage = "withdrawn" }, Cancel)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict, (await recruiter.PostAsJsonAsync($"/api/v1/applications/{withdrawn}/moves", new { stage = "hired" }, Cancel)).StatusCode);
        await using var db = App.NewDb();
        Assert.Equal(PipelineStage.Hired, (await db.Applications.SingleAsync(a => a.Id == chosen, Cancel)).StageKey);
        Assert.Equal(1, await db.Deployments.CountAsync(d => d.MissionId == mission.Id, Cancel));
        Assert.False(await db.Deployments.AnyAsync(d => d.MissionId == elsewhere.Id, Cancel));
    }

    [Fact]
    public async Task The_first_deployment_flag_comes_from_the_person_s_history()
    {
        var first = await App.CreateMissionAsync("Première mission", "BJ");
        var second = await App.CreateMissionAsync("Deuxième mission", "TG");
        var (person, client) = await App.CreateCandidateAsync();
        var one = await client.PostAsJsonAsync($"/api/v1/missions/{first.Reference}/applications", new { coverLetter = "Une." }, Cancel);
        var two = await client.PostAsJsonAsync($"/api/v1/missions/{second.Reference}/applications", new { coverLetter = "Deux." }, Cancel);
        var recruiter = await RecruiterAsync();

        foreach (var response in new[] { one, two })
        {
            var id = (await response.Content.ReadFromJsonAsync<ApplicationDto>(Cancel))!.Id;
            (await recruiter.PostAsJsonAsync($"/api/v1/applications/{id}/moves", new { stage = "hired" }, Cancel)).EnsureSuccessStatusCode();
        }

        await using var db = App.NewDb();
        var flags = await db.Deployments.Where(d => d.PersonId == person.Id).ToDictionaryAsync(d => d.MissionId!.Value, d => d.IsFirstDeployment, Cancel);
        Assert.Equal((true, false), (flags[first.Id], flags[second.Id]));
    }

    [Fact]
    public async Task Two_recruiters_hiring_two_people_for_one_mission_at_once_one_wins_the_other_gets_409()
    {
        var mission = await App.CreateMissionAsync("Poste disputé", "CM");
        var (_, a) = await ApplyAsync(mission.Reference);
        var (_, b) = await ApplyAsync(mission.Reference);
        var first = await RecruiterAsync();
        var second = await RecruiterAsync();

        var responses = await Task.WhenAll(
            first.PostAsJsonAsync($"/api/v1/applications/{a}/moves", new { stage = "hired" }, Cancel),
            second.PostAsJsonAsync($"/api/v1/applications/{b}/moves", new { stage = "hired" }, Cancel));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var problem = await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadAsStringAsync(Cancel);
        Assert.Contains("déjà pourvue", problem, StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.Equal(1, await db.Deployments.CountAsync(d => d.MissionId == mission.Id, Cancel));
        Assert.Equal(1, await db.Applications.CountAsync(a => a.MissionId == mission.Id && a.StageKey == PipelineStage.Hired, Cancel));
    }

    [Fact]
    public async Task A_hire_based_on_a_mission_read_before_another_hire_committed_is_refused_by_the_mission_s_version()
    {
        // Deterministic interleaving of the race: the loser has read the mission as published before the winner commits.
        // b was rejected earlier and is reconsidered, so the winner's hire does not touch it: only the mission's version stands between them.
        var mission = await App.CreateMissionAsync("Poste lu trop tôt", "CM");
        var (_, a) = await ApplyAsync(mission.Reference);
        var (_, b) = await ApplyAsync(mission.Reference);
        var actor = (await App.CreatePersonAsync(Roles.Recruiter)).Id;
        await using (var earlier = App.Services.CreateAsyncScope())
        {
            await earlier.ServiceProvider.GetRequiredService<Pipeline>().MoveAsync(b, new MoveInput(PipelineStage.Rejected, null), actor, Cancel);
        }
        await using var winnerScope = App.Services.CreateAsyncScope();
        await using var loserScope = App.Services.CreateAsyncScope();
        var loserDb = loserScope.ServiceProvider.GetRequiredService<Vivier.Core.VivierDb>();
        var loserApplication = await loserDb.Applications.SingleAsync(x => x.Id == b, Cancel);
        await loserDb.Missions.Include(m => m.Sponsors).SingleAsync(m => m.Id == mission.Id, Cancel);

        var won = await winnerScope.ServiceProvider.GetRequiredService<Pipeline>().MoveAsync(a, new MoveInput(PipelineStage.Hired, null), actor, Cancel);
        var lost = await loserScope.ServiceProvider.GetRequiredService<Hiring>().HireAsync(loserApplication, null, actor, Cancel);

        Assert.Null(won.Refusal);
        Assert.Equal("Pipeline.AlreadyFilled", lost?.MessageKey);
        await using var db = App.NewDb();
        Assert.Equal(a, (await db.Deployments.SingleAsync(d => d.MissionId == mission.Id, Cancel)).ApplicationId);
        Assert.Equal(PipelineStage.Rejected, (await db.Applications.SingleAsync(x => x.Id == b, Cancel)).StageKey);
    }

    [Fact]
    public async Task A_hire_that_fails_midway_leaves_no_deployment_no_rejection_and_no_mail()
    {
        var mission = await App.CreateMissionAsync("Poste en panne", "GA");
        var (hired, chosen) = await ApplyAsync(mission.Reference);
        var (other, open) = await ApplyAsync(mission.Reference);
        var mailsBefore = (await App.MailsToAsync(hired.Email)).Count + (await App.MailsToAsync(other.Email)).Count;
        await FailDeploymentInsertsAsync(mission.Id);
        var actor = (await App.CreatePersonAsync(Roles.Recruiter)).Id;
        await using var scope = App.Services.CreateAsyncScope();

        await Assert.ThrowsAnyAsync<DbUpdateException>(() =>
            scope.ServiceProvider.GetRequiredService<Pipeline>().MoveAsync(chosen, new MoveInput(PipelineStage.Hired, null), actor, Cancel));

        await using var db = App.NewDb();
        Assert.False(await db.Deployments.AnyAsync(d => d.MissionId == mission.Id, Cancel));
        Assert.Equal(MissionStatus.Published, (await db.Missions.SingleAsync(m => m.Id == mission.Id, Cancel)).Status);
        Assert.All(await db.Applications.Where(x => x.MissionId == mission.Id).ToListAsync(Cancel), x => Assert.Equal(PipelineStage.Received, x.StageKey));
        Assert.False(await db.ApplicationEvents.AnyAsync(e => (e.ApplicationId == chosen || e.ApplicationId == open) && e.ToStage != PipelineStage.Received, Cancel));
        Assert.Equal(mailsBefore, (await App.MailsToAsync(hired.Email)).Count + (await App.MailsToAsync(other.Email)).Count);
        // The dashboards' funnel counts were moved in the same transaction: rolled back with it.
        Assert.Equal([(PipelineStage.Received, 2)], await db.FunnelCounts.Where(c => c.MissionId == mission.Id && c.Count != 0)
            .GroupBy(c => c.Stage).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).AsAsyncEnumerable().Select(x => (x.Key, x.Count)).ToListAsync(Cancel));
    }

    /// <summary>A real failure inside the hire's transaction: the database refuses the deployment of this mission.</summary>
    private async Task FailDeploymentInsertsAsync(long missionId)
    {
        await using var db = App.NewDb();
        if (App.Database.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE OR REPLACE FUNCTION test_refuse_deployment() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql;
                """, Cancel);
            var trigger = $"""
                CREATE TRIGGER test_refuse_deployment_{missionId} BEFORE INSERT ON deployments FOR EACH ROW WHEN (NEW.mission_id = {missionId})
                EXECUTE FUNCTION test_refuse_deployment();
                """;
            await db.Database.ExecuteSqlRawAsync(trigger, Cancel);
        }
        else
        {
            var trigger = $"""
                CREATE TRIGGER test_refuse_deployment_{missionId} BEFORE INSERT ON deployments WHEN NEW.mission_id = {missionId}
                BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
                """;
            await db.Database.ExecuteSqlRawAsync(trigger, Cancel);
        }
    }
}
