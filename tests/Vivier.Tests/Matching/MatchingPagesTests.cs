using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Audit;
using Vivier.Core.Candidates;
using Vivier.Core.Identity;
using Vivier.Core.Matching;
using Vivier.Core.Missions;
using Vivier.Testing;
using Vivier.Web.Features.Missions;
using static Vivier.Testing.Matching;

namespace Vivier.Tests.Matching;

/// <summary>
/// Matching's pages: applicants by fit on the pipeline, the pool's suggestions with invite and
/// set-aside, a mission's own weights, the programme's settings, missions for you with the weekly
/// mail, similar missions; each refusal shown in words with nothing changed.
/// </summary>
public sealed class MatchingPagesTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(Mission Mission, string Skill)> MissionAsync()
    {
        var skill = $"savoir {Guid.NewGuid():N}"[..20];
        var mission = await App.CreateMissionAsync("Appui à la gouvernance locale", "SN", themes: ["decentralisation"]);
        await App.SetRequirementsAsync(mission, m =>
        {
            m.Skills = [Required(skill)];
            m.Languages = [new MissionLanguage("en", CefrLevel.C1)];
            m.MinYearsOfExperience = 5;
        });
        return (mission, skill);
    }

    private Task<Guid> PoolPersonAsync(string skill, CefrLevel english, string familyName) =>
        App.AddPoolPersonAsync(p =>
        {
            p.Skills = [skill];
            p.Languages = [Speaks("fr", CefrLevel.C2), Speaks("en", english)];
            p.YearsOfExperience = 10;
        }, familyName: familyName);

    [Fact]
    public async Task The_pipeline_by_fit_lists_applicants_best_first_each_with_its_explanation()
    {
        var (mission, skill) = await MissionAsync();
        var ids = await App.SeedApplicationsAsync(mission, 2);
        await using (var db = App.NewDb())
        {
            var second = await db.Applications.Where(a => a.Id == ids[1]).Select(a => a.PersonId).SingleAsync(Cancel);
            var strong = await db.CandidateProfiles.SingleOrDefaultAsync(p => p.PersonId == second, Cancel);
            if (strong is null)
            {
                strong = new CandidateProfile { PersonId = second };
                db.CandidateProfiles.Add(strong);
            }
            (strong.Skills, strong.Languages, strong.YearsOfExperience) = ([skill], [Speaks("en", CefrLevel.C2)], 12);
            strong.Changed(App.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(Cancel);
        }
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);

        var page = await recruiter.GetDocumentAsync($"/gestion/missions/{mission.Reference}/candidatures?vue=adequation");

        var rows = page.QuerySelectorAll(".fit-list > li").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal($"/gestion/candidatures/{ids[1]}", rows[0].QuerySelector("a[data-panel]")!.GetAttribute("href"));
        Assert.Contains("Adéquation", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains($"« {skill} » au profil", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("anglais non déclaré, C1 demandé", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("page", page.QuerySelector("a.nav-link[href$='vue=adequation']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task A_recruiter_invites_a_suggestion_once_and_sets_another_aside_with_a_reason_a_missing_reason_named_in_words()
    {
        var (mission, skill) = await MissionAsync();
        var invited = await PoolPersonAsync(skill, CefrLevel.C1, "Invitée");
        var aside = await PoolPersonAsync(skill, CefrLevel.B1, "Écartée");
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        var here = $"/gestion/missions/{mission.Reference}/suggestions";

        var page = await recruiter.GetDocumentAsync(here);
        Assert.NotNull(page.QuerySelector($"#person-{invited}"));
        Assert.Contains("anglais B1, C1 demandé", page.QuerySelector($"#person-{aside}")!.TextContent, StringComparison.Ordinal);
        using (var done = await recruiter.SubmitAsync(page, $"#person-{invited} form[action$='/inviter']"))
        {
            Assert.Equal($"{here}?fait=invited", done.Headers.Location!.OriginalString);
        }
        page = await recruiter.GetDocumentAsync(here);
        Assert.Null(page.QuerySelector($"#person-{invited} form[action$='/inviter']"));
        Assert.Contains("Invitée le", page.QuerySelector($"#person-{invited}")!.TextContent, StringComparison.Ordinal);

        using (var refused = await recruiter.SubmitAsync(page, $"#person-{aside} form[action$='/ecarter']"))
        {
            page = await recruiter.GetDocumentAsync(refused.Headers.Location!.OriginalString);
        }
        Assert.Equal($"#reason-{aside}", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Contains("Indiquez pourquoi", page.QuerySelector($"#person-{aside}")!.TextContent, StringComparison.Ordinal);
        await using (var db = App.NewDb())
        {
            Assert.False(await db.MatchDismissals.AnyAsync(d => d.PersonId == aside, Cancel));
        }
        using (await recruiter.SubmitAsync(page, $"#person-{aside} form[action$='/ecarter']", new Dictionary<string, string> { ["reason"] = "Profil trop junior pour ce poste." }))
        {
        }
        page = await recruiter.GetDocumentAsync(here);
        Assert.Null(page.QuerySelector($"#person-{aside}"));

        await using var check = App.NewDb();
        Assert.Equal("Profil trop junior pour ce poste.", (await check.MatchDismissals.SingleAsync(d => d.PersonId == aside, Cancel)).Reason);
        var email = await check.Users.Where(u => u.Id == invited).Select(u => u.Email!).SingleAsync(Cancel);
        Assert.Single(await App.MailsToAsync(email));
    }

    [Fact]
    public async Task A_programme_manager_reads_the_suggestions_but_cannot_invite()
    {
        var (mission, skill) = await MissionAsync();
        var person = await PoolPersonAsync(skill, CefrLevel.C1, "Lue");
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);

        var page = await manager.GetDocumentAsync($"/gestion/missions/{mission.Reference}/suggestions");
        Assert.NotNull(page.QuerySelector($"#person-{person}"));
        Assert.Null(page.QuerySelector("form[action$='/inviter']"));

        using var token = new FormUrlEncodedContent([new("personId", person.ToString())]);
        using var forged = await manager.PostAsync(new Uri($"/gestion/missions/{mission.Reference}/suggestions/inviter", UriKind.Relative), token, Cancel);
        Assert.Contains("/erreur/403", forged.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.False(await db.MatchInvitations.AnyAsync(i => i.PersonId == person, Cancel));
    }

    [Fact]
    public async Task A_missions_own_weights_are_refused_field_by_field_when_wrong_and_once_saved_reorder_the_suggestions_and_enter_its_history()
    {
        var (mission, skill) = await MissionAsync();
        var speaker = await PoolPersonAsync($"{skill} autre", CefrLevel.C2, "Anglophone");
        var skilled = await PoolPersonAsync(skill, CefrLevel.A2, "Compétente");
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        var weights = $"/gestion/missions/{mission.Reference}/ponderations";

        var form = await recruiter.GetDocumentAsync(weights);
        using (var wrong = await recruiter.SubmitAsync(form, "main form", new Dictionary<string, string> { ["source"] = "mission", ["languages"] = "cent", ["domain"] = "101" }))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            var page = await Html.ParseAsync(wrong);
            Assert.Equal(["#domain", "#languages"], page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
            Assert.Equal("cent", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#languages")!).Value);
        }
        await using (var db = App.NewDb())
        {
            Assert.Null((await db.Missions.SingleAsync(m => m.Id == mission.Id, Cancel)).Weights);
        }

        using (await recruiter.SubmitAsync(form, "main form", new Dictionary<string, string> { ["source"] = "mission", ["languages"] = "100", ["required-skills"] = "0" }))
        {
        }
        var suggestions = await recruiter.GetDocumentAsync($"/gestion/missions/{mission.Reference}/suggestions");
        var order = suggestions.QuerySelectorAll(".fit-list > li").Select(li => li.Id).ToList();
        Assert.True(order.IndexOf($"person-{speaker}") < order.IndexOf($"person-{skilled}"));
        Assert.Contains("pondérations propres à cette mission", suggestions.Body!.TextContent, StringComparison.Ordinal);
        await using var check = App.NewDb();
        Assert.Equal(100, (await check.Missions.SingleAsync(m => m.Id == mission.Id, Cancel)).Weights!.Languages);
        Assert.Contains(await check.MissionChanges.Where(c => c.MissionId == mission.Id).Select(c => c.Action).ToListAsync(Cancel), a => a == "weights");
        var history = (await recruiter.GetDocumentAsync($"/gestion/missions/{mission.Reference}")).Body!.TextContent;
        Assert.Contains("Pondérations du rapprochement", history, StringComparison.Ordinal);
        Assert.Contains("Langues 100", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_adds_a_synonym_that_counts_at_the_next_answer_and_a_bad_rule_value_changes_nothing()
    {
        var (mission, skill) = await MissionAsync();
        var alias = $"alias {Guid.NewGuid():N}"[..16];
        var person = await PoolPersonAsync(alias, CefrLevel.C1, "Synonyme");
        using var admin = await App.SignInAsAsync(Roles.Admin);
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        var before = await recruiter.GetDocumentAsync($"/gestion/missions/{mission.Reference}/suggestions");
        Assert.DoesNotContain("au profil", before.QuerySelector($"#person-{person}")?.TextContent ?? "", StringComparison.Ordinal);

        var page = await admin.GetDocumentAsync("/gestion/rapprochement");
        using (var added = await admin.SubmitAsync(page, "form[action*='handler=Synonym']", new Dictionary<string, string> { ["Term"] = alias, ["Canonical"] = skill }))
        {
            Assert.Equal("/gestion/rapprochement?fait=synonym", added.Headers.Location!.OriginalString);
        }
        page = await admin.GetDocumentAsync("/gestion/rapprochement");
        using (var twice = await admin.SubmitAsync(page, "form[action*='handler=Synonym']", new Dictionary<string, string> { ["Term"] = alias.ToUpperInvariant(), ["Canonical"] = "autre chose" }))
        {
            Assert.Contains("déjà dans la liste", (await Html.ParseAsync(twice)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        }
        await using (var stored = App.NewDb())
        {
            // The term is one row, still pointing where it was first pointed.
            Assert.Equal(SkillNames.Normalise(skill), (await stored.SkillSynonyms.SingleAsync(s => s.Term == SkillNames.Normalise(alias), Cancel)).Canonical);
        }
        var after = await recruiter.GetDocumentAsync($"/gestion/missions/{mission.Reference}/suggestions");
        Assert.Contains("au profil", after.QuerySelector($"#person-{person}")!.TextContent, StringComparison.Ordinal);

        page = await admin.GetDocumentAsync("/gestion/rapprochement");
        using (var same = await admin.SubmitAsync(page, "form[action*='handler=Synonym']", new Dictionary<string, string> { ["Term"] = "Cybersécurité", ["Canonical"] = "cybersecurite" }))
        {
            Assert.Contains("identiques", (await Html.ParseAsync(same)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        }
        using (var bad = await admin.SubmitAsync(page, "tr:first-child form[action*='handler=Rule']", new Dictionary<string, string> { ["value"] = "douze" }))
        {
            Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
            Assert.NotNull((await Html.ParseAsync(bad)).QuerySelector(".error-summary"));
        }
        await using var db = App.NewDb();
        Assert.Equal(EligibilityRule.Seeded.Select(r => r.Value).Order(), (await db.EligibilityRules.Select(r => r.Value).ToListAsync(Cancel)).Order());
        Assert.Single(await db.AuditEntries.Where(e => e.Action == AuditActions.MatchingRulesChanged && e.Detail!.Contains(SkillNames.Normalise(alias))).ToListAsync(Cancel));
    }

    [Fact]
    public async Task Missions_for_you_speak_in_the_persons_words_and_the_weekly_mail_sends_only_new_fitting_missions()
    {
        var (mission, skill) = await MissionAsync();
        var expert = await App.CreatePersonAsync(Roles.Expert);
        await using (var db = App.NewDb())
        {
            var profile = new CandidateProfile { PersonId = expert.Id, Skills = [skill], Languages = [Speaks("en", CefrLevel.B2)], YearsOfExperience = 9, Nationalities = ["FR"] };
            profile.Changed(App.Clock.GetUtcNow().UtcDateTime);
            db.CandidateProfiles.Add(profile);
            await db.SaveChangesAsync(Cancel);
        }
        using var client = await App.SignInAsync(expert);

        var page = await client.GetDocumentAsync("/missions-pour-vous");
        var item = page.QuerySelectorAll("main li.board-result").Single(li => li.QuerySelector($"a[href='/missions/{mission.Reference}']") is not null);
        Assert.Contains($"Votre compétence « {skill} »", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Atteindre C1 en anglais (vous déclarez B2)", item.TextContent, StringComparison.Ordinal);

        using (await client.SubmitAsync(page, "form[action*='handler=Weekly']"))
        {
        }
        using (await client.SubmitAsync(page, "form[action*='handler=Weekly']"))
        {
        }
        await using (var db = App.NewDb())
        {
            Assert.Single(await db.SavedSearches.Where(s => s.PersonId == expert.Id).ToListAsync(Cancel));
        }
        App.Clock.Advance(TimeSpan.FromHours(1));
        var fresh = await App.CreateMissionAsync("Gouvernance locale, nouvelle mission", "CM", themes: ["decentralisation"]);
        await App.SetRequirementsAsync(fresh, m => (m.Skills, m.Languages) = ([Required(skill)], [new MissionLanguage("en", CefrLevel.B2)]));
        App.Clock.Advance(TimeSpan.FromDays(7));
        await App.Services.GetRequiredService<AlertSender>().RunAsync(Cancel);

        var mail = Assert.Single(await App.MailsToAsync(expert.Email));
        Assert.Equal("Nouvelles missions qui vous correspondent", mail.Subject);
        Assert.Contains($"/missions/{fresh.Reference}", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain($"/missions/{mission.Reference}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/alertes/desabonner?jeton=", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mission_page_shows_similar_open_missions_and_never_itself()
    {
        var skill = $"rare {Guid.NewGuid():N}"[..18];
        var one = await App.CreateMissionAsync("Appui aux statistiques agricoles", "BF", themes: ["agriculture"]);
        var other = await App.CreateMissionAsync("Statistiques agricoles régionales", "NE", themes: ["agriculture"]);
        await App.SetRequirementsAsync(one, m => m.Skills = [Required(skill)]);
        await App.SetRequirementsAsync(other, m => m.Skills = [Required(skill)]);
        using var visitor = App.NewClient();

        var page = await visitor.GetDocumentAsync($"/missions/{one.Reference}");

        var similar = page.QuerySelectorAll(".similar-missions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal($"/missions/{other.Reference}", similar[0]);
        Assert.DoesNotContain($"/missions/{one.Reference}", similar);
    }

    [Fact]
    public async Task The_balance_of_suggestions_hides_small_groups_and_a_second_one_beside_a_lone_small_group()
    {
        var shown = Vivier.Web.Features.Matching.SuggestionBalance.Suppress(new Dictionary<string, int> { ["Woman"] = 12, ["Man"] = 9, ["Other"] = 2, ["undeclared"] = 0 });

        Assert.Equal([12, null, null, 0], shown.Select(s => s.Count));
        Assert.Null(shown[1].Share);
        var (mission, skill) = await MissionAsync();
        foreach (var name in new[] { "Une", "Deux", "Trois" })
        {
            await PoolPersonAsync(skill, CefrLevel.C1, name);
        }
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        var page = await manager.GetDocumentAsync($"/gestion/missions/{mission.Reference}/suggestions/equite");
        Assert.Contains("moins de 5", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }
}
