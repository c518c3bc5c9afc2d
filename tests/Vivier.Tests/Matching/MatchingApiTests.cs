using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Audit;
using Vivier.Core.Candidates;
using Vivier.Core.Identity;
using Vivier.Core.Matching;
using Vivier.Core.Missions;
using Vivier.Core.Recruitment;
using Vivier.Testing;
using Vivier.Web.Features.Matching;
using static Vivier.Testing.Matching;

namespace Vivier.Tests.Matching;

/// <summary>
/// GET /api/v1/missions/{reference}/matches: applicants by fit and the pool's suggestions, each with
/// score, components and evidence, exclusions apart; consent and objection honoured at the next
/// answer; invitations once and audited; dismissals; a mission's own weights.
/// </summary>
public sealed class MatchingApiTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpClient> StaffAsync(string role = Roles.Recruiter) =>
        App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(role)));

    /// <summary>A mission seeking a skill no other test's people have, so that the pool's best are this test's.</summary>
    private async Task<(Mission Mission, string Skill)> MissionAsync(ExpertKind kind = ExpertKind.ETI, string country = "SN")
    {
        var skill = $"expertise {Guid.NewGuid():N}"[..22];
        var mission = await App.CreateMissionAsync("Appui à la décentralisation", country, kind, themes: ["decentralisation"]);
        await App.SetRequirementsAsync(mission, m =>
        {
            m.Skills = [Required(skill), Desirable("finances locales")];
            m.SectorCodes = ["15112"];
            m.Languages = [new MissionLanguage("en", CefrLevel.C1), new MissionLanguage("fr", CefrLevel.C1)];
            m.MinYearsOfExperience = 8;
        });
        return (mission, skill);
    }

    private Task<Guid> ExpertAsync(string skill, Action<CandidateProfile>? more = null, bool consent = true, bool objects = false) =>
        App.AddPoolPersonAsync(p =>
        {
            p.SectorCodes = ["15112"];
            p.Skills = [skill, "finances locales"];
            p.Languages = [Speaks("fr", CefrLevel.C2), Speaks("en", CefrLevel.C1)];
            p.CountriesWorked = [new CountryExperience { CountryCode = "SN", Years = 8 }];
            p.YearsOfExperience = 12;
            more?.Invoke(p);
        }, consent, objects);

    private static async Task<MatchPageDto> PageAsync(HttpClient client, Mission mission, string scope, int page = 1) =>
        (await client.GetFromJsonAsync<MatchPageDto>($"/api/v1/missions/{mission.Reference}/matches?scope={scope}&page={page}", Cancel))!;

    [Fact]
    public async Task Suggestions_hold_only_people_whose_talent_pool_consent_is_current_and_who_do_not_object_at_the_next_answer()
    {
        var (mission, skill) = await MissionAsync();
        var consenting = await ExpertAsync(skill);
        var noConsent = await ExpertAsync(skill, consent: false);
        var objecting = await ExpertAsync(skill, objects: true);
        var withdrawing = await ExpertAsync(skill);
        var recruiter = await StaffAsync();

        var first = await PageAsync(recruiter, mission, "pool");
        Assert.Contains(first.People, p => p.PersonId == consenting);
        Assert.Contains(first.People, p => p.PersonId == withdrawing);
        Assert.DoesNotContain(first.People, p => p.PersonId == noConsent || p.PersonId == objecting);

        // Withdrawn through the person's own API, and a profile that gains the skill: both in the very next answer.
        var person = await App.CreatePersonAsync(Roles.Expert);
        var self = App.NewClient().WithBearer(await App.ApiLoginAsync(person));
        using (var saved = await self.PutAsJsonAsync("/api/v1/me/profile", new
        {
            givenName = "Awa", familyName = "Ndiaye", talentPool = true, sectors = new[] { "15112" }, skills = new[] { skill },
            languages = new[] { Speaks("fr", CefrLevel.C2), Speaks("en", CefrLevel.C1) }, yearsOfExperience = 10, nationalities = new[] { "FR" },
        }, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }
        await using (var db = App.NewDb())
        {
            await db.CandidateProfiles.Where(p => p.PersonId == withdrawing)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.TalentPoolConsentAt, (DateTime?)null), Cancel);
        }
        var second = await PageAsync(recruiter, mission, "pool");

        Assert.Contains(second.People, p => p.PersonId == person.Id);
        Assert.DoesNotContain(second.People, p => p.PersonId == withdrawing);
        Assert.Contains(second.People, p => p.PersonId == consenting);
    }

    [Fact]
    public async Task Each_component_carries_its_evidence_in_words_and_a_language_shortfall_is_named()
    {
        var (mission, skill) = await MissionAsync();
        var shortInEnglish = await ExpertAsync(skill, p => p.Languages = [Speaks("fr", CefrLevel.C2), Speaks("en", CefrLevel.B1)]);
        var recruiter = await StaffAsync();

        var match = (await PageAsync(recruiter, mission, "pool")).People.Single(p => p.PersonId == shortInEnglish);

        var components = match.Components.ToDictionary(c => c.Name);
        Assert.Equal(MatchWeights.Default.All().Select(w => w.Component), match.Components.Select(c => c.Name));
        Assert.Equal(components["domain"].Maximum, components["domain"].Points);
        Assert.Contains(components["domain"].Evidence, e => e.Key == "sector-exact" && e.Text.Contains("Décentralisation", StringComparison.Ordinal));
        var english = Assert.Single(components["languages"].Evidence, e => e.Key == "language-short");
        Assert.Equal(["en", "B1", "C1"], english.Args);
        Assert.Equal("anglais B1, C1 demandé", english.Text, ignoreCase: true);
        Assert.Contains(components["country-experience"].Evidence, e => e.Text == "8 ans : Sénégal");
        Assert.Contains(components["required-skills"].Evidence, e => e.Key == "skill-met" && e.Met);
        Assert.Contains(components["seniority"].Evidence, e => e.Text == "12 ans déclarés (8 recherchés)");
        Assert.True(components["languages"].Points < components["languages"].Maximum);
        Assert.Equal((int)Math.Round(100 * match.Components.Sum(c => c.Points) / match.Components.Sum(c => c.Maximum)), match.Score, tolerance: 1);
        Assert.Empty(match.Exclusions);
    }

    [Fact]
    public async Task An_applicant_the_kind_s_rule_excludes_comes_last_with_the_reason_and_is_never_suggested()
    {
        var (mission, skill) = await MissionAsync(ExpertKind.END, "BE");
        var ids = await App.SeedApplicationsAsync(mission, 2);
        await using (var db = App.NewDb())
        {
            var people = await db.Applications.Where(a => ids.Contains(a.Id)).OrderBy(a => a.CreatedAt).Select(a => a.PersonId).ToListAsync(Cancel);
            var start = mission.StartDate;
            db.CandidateProfiles.Add(new CandidateProfile { PersonId = people[0], Nationalities = ["FR"], YearsOfExperience = 10, Skills = [skill], FrenchPublicEmployerSince = start.AddYears(-3), UpdatedAt = mission.CreatedAt });
            db.CandidateProfiles.Add(new CandidateProfile { PersonId = people[1], Nationalities = ["FR"], YearsOfExperience = 10, Skills = [skill], SectorCodes = ["15112"], UpdatedAt = mission.CreatedAt });
            await db.SaveChangesAsync(Cancel);
        }
        var recruiter = await StaffAsync(Roles.ProgrammeManager);

        var applicants = await PageAsync(recruiter, mission, "applicants");

        Assert.Equal(2, applicants.People.Count);
        Assert.Empty(applicants.People[0].Exclusions);
        var excluded = applicants.People[1];
        var reason = Assert.Single(excluded.Exclusions);
        Assert.Equal("french-public-employer-none", reason.Key);
        Assert.Contains("employeur public français", reason.Text, StringComparison.Ordinal);
        // Better scored, yet after: an exclusion is not points, it is a reason.
        Assert.True(excluded.Score >= applicants.People[0].Score);
    }

    [Fact]
    public async Task An_invitation_is_one_mail_through_the_outbox_recorded_and_audited_and_a_second_is_refused()
    {
        var (mission, skill) = await MissionAsync();
        var person = await ExpertAsync(skill);
        var recruiter = await StaffAsync();

        using var first = await recruiter.PostAsync(new Uri($"/api/v1/missions/{mission.Reference}/matches/{person}/invitation", UriKind.Relative), null, Cancel);
        using var second = await recruiter.PostAsync(new Uri($"/api/v1/missions/{mission.Reference}/matches/{person}/invitation", UriKind.Relative), null, Cancel);
        using var stranger = await recruiter.PostAsync(new Uri($"/api/v1/missions/{mission.Reference}/matches/{Guid.NewGuid()}/invitation", UriKind.Relative), null, Cancel);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("déjà été invitée", await second.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        await using var db = App.NewDb();
        var email = await db.Users.Where(u => u.Id == person).Select(u => u.Email!).SingleAsync(Cancel);
        var mail = Assert.Single(await App.MailsToAsync(email));
        Assert.Contains(mission.Reference, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/missions/{mission.Reference}", mail.TextBody, StringComparison.Ordinal);
        Assert.Single(await db.MatchInvitations.Where(i => i.MissionId == mission.Id && i.PersonId == person).ToListAsync(Cancel));
        Assert.Single(await db.AuditEntries.Where(e => e.Action == AuditActions.InvitedToApply && e.PersonId == person).ToListAsync(Cancel));
        Assert.NotNull((await PageAsync(recruiter, mission, "pool")).People.Single(p => p.PersonId == person).InvitedAt);
    }

    [Fact]
    public async Task Two_recruiters_inviting_at_once_send_one_mail()
    {
        var (mission, skill) = await MissionAsync();
        var person = await ExpertAsync(skill);
        var recruiters = new[] { await StaffAsync(), await StaffAsync() };

        var answers = await Task.WhenAll(recruiters.Select(r =>
            r.PostAsync(new Uri($"/api/v1/missions/{mission.Reference}/matches/{person}/invitation", UriKind.Relative), null, Cancel)));

        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        await using var db = App.NewDb();
        var email = await db.Users.Where(u => u.Id == person).Select(u => u.Email!).SingleAsync(Cancel);
        Assert.Single(await App.MailsToAsync(email));
    }

    [Fact]
    public async Task A_dismissed_suggestion_leaves_the_mission_s_suggestions_with_its_reason_and_an_empty_reason_changes_nothing()
    {
        var (mission, skill) = await MissionAsync();
        var person = await ExpertAsync(skill);
        var recruiter = await StaffAsync();
        var url = $"/api/v1/missions/{mission.Reference}/matches/{person}/dismissal";

        using var empty = await recruiter.PostAsJsonAsync(url, new { reason = "  " }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("pourquoi", await empty.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Contains((await PageAsync(recruiter, mission, "pool")).People, p => p.PersonId == person);

        using var dismissed = await recruiter.PostAsJsonAsync(url, new { reason = "Déjà en poste ailleurs" }, Cancel);

        Assert.Equal(HttpStatusCode.NoContent, dismissed.StatusCode);
        Assert.DoesNotContain((await PageAsync(recruiter, mission, "pool")).People, p => p.PersonId == person);
        await using var db = App.NewDb();
        Assert.Equal("Déjà en poste ailleurs", (await db.MatchDismissals.SingleAsync(d => d.MissionId == mission.Id && d.PersonId == person, Cancel)).Reason);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.SuggestionDismissed && e.PersonId == person, Cancel));
    }

    [Fact]
    public async Task Two_recruiters_setting_the_same_suggestion_aside_at_once_record_it_once()
    {
        var (mission, skill) = await MissionAsync();
        var person = await ExpertAsync(skill);
        var recruiters = new[] { await StaffAsync(), await StaffAsync() };

        var answers = await Task.WhenAll(recruiters.Select(r =>
            r.PostAsJsonAsync($"/api/v1/missions/{mission.Reference}/matches/{person}/dismissal", new { reason = "Hors sujet" }, Cancel)));

        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        await using var db = App.NewDb();
        Assert.Single(await db.MatchDismissals.Where(d => d.MissionId == mission.Id && d.PersonId == person).ToListAsync(Cancel));
    }

    [Fact]
    public async Task A_mission_s_own_weights_change_the_order_at_once_and_stay_in_its_history()
    {
        var (mission, skill) = await MissionAsync();
        var linguist = await ExpertAsync(skill, p => (p.SectorCodes, p.Languages) = (["31120"], [Speaks("fr", CefrLevel.C2), Speaks("en", CefrLevel.C2)]));
        var specialist = await ExpertAsync(skill, p => p.Languages = [Speaks("fr", CefrLevel.C2), Speaks("en", CefrLevel.A2)]);
        var recruiter = await StaffAsync();
        var url = $"/api/v1/missions/{mission.Reference}/match-weights";
        int Place(MatchPageDto page, Guid id) => page.People.ToList().FindIndex(p => p.PersonId == id);

        using (var languages = await recruiter.PutAsJsonAsync(url, new { weights = new MatchWeights { Domain = 0, RequiredSkills = 0, DesirableSkills = 0, Languages = 100, CountryExperience = 0, Seniority = 0, Availability = 0, Deployments = 0 } }, Cancel))
        {
            Assert.Equal(HttpStatusCode.NoContent, languages.StatusCode);
        }
        var byLanguages = await PageAsync(recruiter, mission, "pool");
        using (var domain = await recruiter.PutAsJsonAsync(url, new { weights = new MatchWeights { Domain = 100, RequiredSkills = 0, DesirableSkills = 0, Languages = 0, CountryExperience = 0, Seniority = 0, Availability = 0, Deployments = 0 } }, Cancel))
        {
            Assert.Equal(HttpStatusCode.NoContent, domain.StatusCode);
        }
        var byDomain = await PageAsync(recruiter, mission, "pool");
        using var invalid = await recruiter.PutAsJsonAsync(url, new { weights = new MatchWeights { Domain = 0, RequiredSkills = 0, DesirableSkills = 0, Languages = 0, CountryExperience = 0, Seniority = 0, Availability = 0, Deployments = 0 } }, Cancel);

        Assert.True(Place(byLanguages, linguist) < Place(byLanguages, specialist));
        Assert.True(Place(byDomain, specialist) < Place(byDomain, linguist));
        Assert.True(byDomain.MissionWeights);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        await using var db = App.NewDb();
        var history = await db.MissionChanges.Where(c => c.MissionId == mission.Id && c.Action == "weights").OrderBy(c => c.Id).ToListAsync(Cancel);
        Assert.Equal(2, history.Count);
        Assert.StartsWith("domain 100,", history[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recruiter_s_move_records_the_score_and_its_explanation_with_the_decision()
    {
        var (mission, skill) = await MissionAsync();
        var id = Assert.Single(await App.SeedApplicationsAsync(mission, 1));
        await using (var db = App.NewDb())
        {
            var personId = await db.Applications.Where(a => a.Id == id).Select(a => a.PersonId).SingleAsync(Cancel);
            db.CandidateProfiles.Add(new CandidateProfile { PersonId = personId, Skills = [skill], SectorCodes = ["15112"], YearsOfExperience = 9, UpdatedAt = mission.CreatedAt });
            await db.SaveChangesAsync(Cancel);
        }
        var recruiter = await StaffAsync();
        var shown = Assert.Single((await PageAsync(recruiter, mission, "applicants")).People);

        using var moved = await recruiter.PostAsJsonAsync($"/api/v1/applications/{id}/moves", new { stage = PipelineStage.Rejected, reason = "Profil trop junior" }, Cancel);

        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync(Cancel));
        await using var check = App.NewDb();
        var decision = await check.ApplicationEvents.Where(e => e.ApplicationId == id && e.ToStage == PipelineStage.Rejected).SingleAsync(Cancel);
        Assert.Equal(shown.Score, decision.FitScore);
        Assert.Contains("\"required-skills\"", decision.FitExplanation, StringComparison.Ordinal);
        Assert.Contains("skill-met", decision.FitExplanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scope=everyone", "scope")]
    [InlineData("page=0", "page")]
    [InlineData("page=26", "page")]
    [InlineData("page=deux", "page")]
    public async Task A_bad_query_is_refused_with_a_localised_message(string query, string field)
    {
        var (mission, _) = await MissionAsync();
        var recruiter = await StaffAsync();

        using var refused = await recruiter.GetAsync(new Uri($"/api/v1/missions/{mission.Reference}/matches?{query}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync(Cancel);
        Assert.Contains($"\"{field}\"", body, StringComparison.Ordinal);
        Assert.Contains(field == "scope" ? "Le périmètre" : "La page", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expert_is_refused_the_rankings_and_a_visitor_must_sign_in()
    {
        var (mission, skill) = await MissionAsync();
        var person = await ExpertAsync(skill);
        var (_, expert) = await App.CreateCandidateAsync(withCv: false);

        using var asExpert = await expert.GetAsync(new Uri($"/api/v1/missions/{mission.Reference}/matches?scope=pool", UriKind.Relative), Cancel);
        using var invite = await expert.PostAsync(new Uri($"/api/v1/missions/{mission.Reference}/matches/{person}/invitation", UriKind.Relative), null, Cancel);
        using var asVisitor = await App.NewClient().GetAsync(new Uri($"/api/v1/missions/{mission.Reference}/matches", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, asExpert.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, invite.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asVisitor.StatusCode);
    }
}
