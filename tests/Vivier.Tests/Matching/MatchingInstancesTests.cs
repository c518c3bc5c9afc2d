using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Vivier.Core.Identity;
using Vivier.Core.Matching;
using Vivier.Core.Missions;
using Vivier.Testing;
using Vivier.Web.Features.Matching;
using static Vivier.Testing.Matching;

namespace Vivier.Tests.Matching;

/// <summary>Two instances on one database, each with its own pool in memory: a profile changed through one is suggested by the other within a second.</summary>
public sealed class MatchingInstancesTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_profile_that_gains_a_skill_through_one_instance_is_suggested_by_the_other_within_a_second()
    {
        var skill = $"instances {Guid.NewGuid():N}"[..24];
        var mission = await App.CreateMissionAsync("Appui au cadastre", "MG", themes: ["decentralisation"]);
        await App.SetRequirementsAsync(mission, m => m.Skills = [Required(skill)]);
        await using var other = await App.AnotherInstanceAsync();
        var staff = await App.CreatePersonAsync(Roles.Recruiter);
        var here = App.NewClient().WithBearer(await App.ApiLoginAsync(staff));
        var there = other.NewClient().WithBearer(await other.ApiLoginAsync(staff));
        var person = await App.CreatePersonAsync(Roles.Expert);
        var self = other.NewClient().WithBearer(await other.ApiLoginAsync(person));
        async Task<bool> SuggestedAsync(HttpClient client)
        {
            using var response = await client.GetAsync($"/api/v1/missions/{mission.Reference}/matches?scope=pool", Cancel);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancel));
            return (await response.Content.ReadFromJsonAsync<MatchPageDto>(Cancel))!.People.Any(p => p.PersonId == person.Id);
        }
        // Both pools warm (and empty: a pool with nobody in it answers again), neither holding the person yet.
        Assert.False(await SuggestedAsync(here));
        Assert.False(await SuggestedAsync(there));

        using (var saved = await self.PutAsJsonAsync("/api/v1/me/profile", new
        {
            givenName = "Rova", familyName = "Andria", talentPool = true, skills = new[] { skill },
            languages = new[] { Speaks("fr", CefrLevel.C2) }, yearsOfExperience = 10, nationalities = new[] { "FR" },
        }, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }
        var watch = Stopwatch.StartNew();
        var seen = await SuggestedAsync(here);
        watch.Stop();

        Assert.True(seen, "The other instance's pool did not pick the change up at its next answer.");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"The other instance answered with the change after {watch.Elapsed.TotalMilliseconds:F0} ms.");
    }

    [Fact]
    public async Task A_missions_weights_changed_through_one_instance_score_the_persons_missions_on_the_other_at_its_next_answer()
    {
        var skill = $"poids {Guid.NewGuid():N}"[..20];
        var mission = await App.CreateMissionAsync("Appui à la statistique publique", "BJ", themes: ["statistics"]);
        await App.SetRequirementsAsync(mission, m => (m.Skills, m.Languages) = ([Required(skill)], [new MissionLanguage("en", CefrLevel.C1)]));
        await using var other = await App.AnotherInstanceAsync();
        var person = await App.CreatePersonAsync(Roles.Expert);
        await using (var db = App.NewDb())
        {
            var profile = new Vivier.Core.Candidates.CandidateProfile { PersonId = person.Id, Skills = [skill], Languages = [Speaks("en", CefrLevel.A2)], YearsOfExperience = 10, Nationalities = ["FR"] };
            profile.Changed(App.Clock.GetUtcNow().UtcDateTime);
            db.CandidateProfiles.Add(profile);
            await db.SaveChangesAsync(Cancel);
        }
        var self = App.NewClient().WithBearer(await App.ApiLoginAsync(person));
        async Task<int> ScoreAsync() =>
            (await self.GetFromJsonAsync<List<MissionMatchDto>>("/api/v1/me/matches", Cancel))!.Single(m => m.Reference == mission.Reference).Score;
        var before = await ScoreAsync();
        var recruiter = other.NewClient().WithBearer(await other.ApiLoginAsync(await App.CreatePersonAsync(Roles.Recruiter)));

        // All on the skill she has, nothing on the language she lacks: through the other instance.
        using (var set = await recruiter.PutAsJsonAsync($"/api/v1/missions/{mission.Reference}/match-weights", new
        {
            weights = new MatchWeights { Domain = 0, RequiredSkills = 100, DesirableSkills = 0, Languages = 0, CountryExperience = 0, Seniority = 0, Availability = 0, Deployments = 0 },
        }, Cancel))
        {
            Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        }
        var watch = Stopwatch.StartNew();
        var after = await ScoreAsync();
        watch.Stop();

        Assert.True(before < 100, $"{before}");
        Assert.Equal(100, after);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"The person's missions answered with the change after {watch.Elapsed.TotalMilliseconds:F0} ms.");
    }
}
