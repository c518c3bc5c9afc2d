using Microsoft.Playwright;
using Vivier.Core.Candidates;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Testing;
using static Vivier.Testing.Matching;

namespace Vivier.BrowserTests;

/// <summary>Matching in Chromium: a recruiter works the pool's suggestions on a desktop; an expert reads the missions for her on a phone.</summary>
public sealed class MatchingJourneyTests(BrowserApp app) : VivierTest(app), IClassFixture<BrowserApp>
{
    private BrowserApp Browser => (BrowserApp)App;

    private async Task<(Mission Mission, string Skill)> MissionAsync()
    {
        var skill = $"savoir {Guid.NewGuid():N}"[..20];
        var mission = await App.CreateMissionAsync("Appui à l'administration fiscale", "CI", themes: ["public-finance"]);
        await App.SetRequirementsAsync(mission, m =>
        {
            m.Skills = [Required(skill)];
            m.Languages = [new MissionLanguage("en", CefrLevel.C1)];
        });
        return (mission, skill);
    }

    /// <summary>The demo's pool is there too: these two hold the mission's theme and its skill, so they lead it.</summary>
    [Fact]
    public async Task A_recruiter_reads_why_a_suggestion_scores_invites_it_and_sets_another_aside_after_being_told_the_reason_is_missing()
    {
        var (mission, skill) = await MissionAsync();
        var first = await App.AddPoolPersonAsync(p => (p.Skills, p.ThemeCodes, p.Languages, p.YearsOfExperience) = ([skill], ["public-finance"], [Speaks("en", CefrLevel.C1)], 10), familyName: "Première");
        var second = await App.AddPoolPersonAsync(p => (p.Skills, p.ThemeCodes, p.Languages, p.YearsOfExperience) = ([skill], ["public-finance"], [Speaks("en", CefrLevel.B1)], 10), familyName: "Seconde");
        var (page, _) = await Browser.SignedInPageAsync(Roles.Recruiter);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        await page.GotoAsync($"/gestion/missions/{mission.Reference}/candidatures");
        await page.GetByRole(AriaRole.Link, new() { Name = "Suggestions du vivier" }).ClickAsync();
        await page.WaitForURLAsync($"**/gestion/missions/{mission.Reference}/suggestions");
        var one = page.Locator($"#person-{first}");
        await one.Locator("summary", new() { HasText = "Le détail du score" }).ClickAsync();
        await Assertions.Expect(one.Locator("details.fit-details")).ToContainTextAsync($"« {skill} » au profil");
        await one.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Inviter à candidater") }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("L'invitation à candidater est partie");
        await Assertions.Expect(one).ToContainTextAsync("Invitée le");

        var other = page.Locator($"#person-{second}");
        await Assertions.Expect(other).ToContainTextAsync("anglais B1, C1 demandé");
        await other.Locator("summary", new() { HasText = "Écarter" }).ClickAsync();
        await other.GetByRole(AriaRole.Button, new() { Name = "Écarter cette suggestion" }).ClickAsync();
        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        Assert.True((await Axe.ViolationsAsync(page)).Length == 0, "The refused set-aside fails axe.");
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator($"#reason-{second}")).ToBeFocusedAsync();
        await page.Locator($"#reason-{second}").FillAsync("Déjà en poste ailleurs jusqu'en 2028.");
        await other.GetByRole(AriaRole.Button, new() { Name = "Écarter cette suggestion" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("La suggestion est écartée");
        await Assertions.Expect(page.Locator($"#person-{second}")).ToHaveCountAsync(0);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_expert_on_a_phone_finds_her_missions_through_the_menu_reads_what_would_raise_her_fit_and_asks_for_the_weekly_mail()
    {
        var (mission, skill) = await MissionAsync();
        var (page, expert) = await Browser.SignedInPageAsync(Roles.Expert);
        await using (var db = App.NewDb())
        {
            var profile = new CandidateProfile { PersonId = expert!.Id, Skills = [skill], Languages = [Speaks("en", CefrLevel.B2)], YearsOfExperience = 9, Nationalities = ["FR"] };
            profile.Changed(App.Clock.GetUtcNow().UtcDateTime);
            db.CandidateProfiles.Add(profile);
            await db.SaveChangesAsync();
        }
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/");

        await page.Locator("#navigation .navbar-toggler").ClickAsync();
        await page.Locator("#menu-missions").ClickAsync();
        await page.Locator("[aria-labelledby=menu-missions] a", new() { HasText = "Missions pour vous" }).ClickAsync();
        await page.WaitForURLAsync("**/missions-pour-vous");
        var item = page.Locator("li.board-result", new() { Has = page.Locator($"a[href='/missions/{mission.Reference}']") });
        await Assertions.Expect(item).ToContainTextAsync("Atteindre C1 en anglais (vous déclarez B2)");
        await item.Locator("summary").ClickAsync();
        await Assertions.Expect(item.Locator("details.fit-details")).ToContainTextAsync($"Votre compétence « {skill} »");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0, "Missions for you are wider than the phone.");
        Assert.True((await Axe.ViolationsAsync(page)).Length == 0, "Missions for you fail axe on a phone.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Recevoir le courriel hebdomadaire" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Le courriel hebdomadaire est activé");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ne plus recevoir le courriel hebdomadaire" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
