using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vivier.Testing;
using Vivier.Web.Infrastructure.Mail;

namespace Vivier.BrowserTests;

/// <summary>The whole recruitment story in Chromium, as the two people live it.</summary>
public sealed class RecruitmentStoryTests(BrowserApp app) : VivierTest(app), IClassFixture<BrowserApp>
{
    private BrowserApp Browser => (BrowserApp)App;

    [Fact]
    public async Task A_visitor_signs_up_applies_and_sees_the_recruiter_s_hire()
    {
        const string mission = "ETI-2026-0001";
        var email = $"story-{Guid.NewGuid():N}@vivier.test";
        var candidate = await Browser.NewPageAsync();

        // Sign up, then confirm from the mail as delivered to the pickup folder.
        await candidate.GotoAsync("/inscription");
        await candidate.Locator("#Input_GivenName").FillAsync("Inès");
        await candidate.Locator("#Input_FamilyName").FillAsync("Récit");
        await candidate.Locator("#Input_Email").FillAsync(email);
        await candidate.Locator("#Input_Password").FillAsync(People.Password);
        await candidate.Locator("#Input_AcceptPrivacyNotice").CheckAsync();
        await candidate.Locator("main button[type=submit]").ClickAsync();
        await candidate.WaitForURLAsync("**/inscription/envoyee**");
        await App.Services.GetRequiredService<OutboxSender>().RunAsync(TestContext.Current.CancellationToken);
        var link = await Mailbox.ConfirmationLinkAsync(App, email);
        await candidate.GotoAsync(new Uri(link).PathAndQuery);

        await candidate.GotoAsync("/connexion");
        await candidate.Locator("#Input_Email").FillAsync(email);
        await candidate.Locator("#Input_Password").FillAsync(People.Password);
        await candidate.Locator("main button[type=submit]").ClickAsync();
        await candidate.WaitForURLAsync("**/compte");

        // The profile, then the CV.
        await candidate.GotoAsync("/profil");
        await candidate.Locator("main .profile-task-list a[href^='/profil/identite']").ClickAsync();
        await candidate.Locator("#Input_Phone").FillAsync("+33 6 12 34 56 78");
        await candidate.Locator("#save-return").ClickAsync();
        await candidate.WaitForLoadStateAsync();
        // A new profile keeps "not said" checked for the gender: saving it must work as it is.
        Assert.Equal(0, await candidate.Locator(".error-summary").CountAsync());
        await Assertions.Expect(candidate.Locator("main .alert-success")).ToBeVisibleAsync();
        await candidate.Locator("main .profile-task-list a[href^='/profil/disponibilite']").ClickAsync();
        await candidate.Locator("#Input_Pitch").FillAsync("Quinze ans en finances publiques, dont six en Afrique de l'Ouest.");
        await candidate.Locator("#save-return").ClickAsync();
        await Assertions.Expect(candidate.Locator("main .alert-success")).ToBeVisibleAsync();
        await candidate.Locator("#cvFile").SetInputFilesAsync(new FilePayload { Name = "cv.pdf", MimeType = "application/pdf", Buffer = TestPdf.Build(["Inès Récit", "CV"]) });
        await candidate.Locator("form:has(#cvFile) button[type=submit]").ClickAsync();
        await candidate.WaitForURLAsync("**/profil?**");

        // Apply from the mission's page.
        await candidate.GotoAsync($"/missions/{mission}");
        await candidate.Locator($"main a[href='/missions/{mission}/postuler']").First.ClickAsync();
        await candidate.Locator("#CoverLetter").FillAsync("Je souhaite mettre mon expérience au service de cette mission.");
        await candidate.Locator("main button[type=submit]").First.ClickAsync();
        await candidate.WaitForURLAsync("**/candidatures");
        await Assertions.Expect(candidate.Locator("main")).ToContainTextAsync("Candidature reçue");

        // The recruiter opens the application beside the board and hires.
        var (recruiter, _) = await Browser.SignedInPageAsync(Vivier.Core.Identity.Roles.Recruiter);
        await recruiter.GotoAsync($"/gestion/missions/{mission}/candidatures");
        await recruiter.Locator("a[data-panel]", new PageLocatorOptions { HasText = "Inès Récit" }).ClickAsync();
        var panel = recruiter.Locator("#side-panel");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel).ToContainTextAsync("Quinze ans en finances publiques");
        Assert.True((await Axe.ViolationsAsync(recruiter)).Length == 0, "The board with its side panel open fails axe.");
        await panel.Locator("#Stage").SelectOptionAsync("hired");
        await panel.Locator("form[action$='handler=Move'] button[type=submit]").ClickAsync();

        // The hire shows what it will do and waits for a confirmation; then its deployment is one click away and in the roster as planned.
        await recruiter.WaitForURLAsync("**/recruter**");
        await Assertions.Expect(recruiter.Locator("main")).ToContainTextAsync("Le déploiement créé");
        Assert.True((await Axe.ViolationsAsync(recruiter)).Length == 0, "The hire's confirmation fails axe.");
        await recruiter.Locator("main form button[type=submit]").ClickAsync();
        await recruiter.WaitForURLAsync("**done=hired**");
        await Assertions.Expect(recruiter.Locator("main [role=status]")).ToContainTextAsync("Recrutement enregistré");
        await recruiter.Locator("main a[href^='/gestion/deploiements/']").ClickAsync();
        await Assertions.Expect(recruiter.Locator("h1")).ToContainTextAsync("Inès Récit");
        string roster;
        await using (var db = App.NewDb())
        {
            var hire = await db.Deployments.Where(d => db.Missions.Any(m => m.Id == d.MissionId && m.Reference == mission))
                .Select(d => new { d.PlannedStart, d.CountryCode, d.HostInstitution }).SingleAsync();
            roster = $"/roster?asOf={hire.PlannedStart:yyyy-MM-dd}&country={hire.CountryCode}&host={Uri.EscapeDataString(hire.HostInstitution)}";
        }
        await recruiter.GotoAsync(roster);
        await Assertions.Expect(recruiter.Locator("main tr", new PageLocatorOptions { HasText = "Inès Récit" })).ToContainTextAsync("prévu");
        await recruiter.GotoAsync($"/gestion/missions/{mission}/candidatures");
        await Assertions.Expect(recruiter.Locator("#stage-hired ~ ul")).ToContainTextAsync("Inès Récit");

        // The candidate sees it.
        await candidate.GotoAsync("/candidatures");
        await Assertions.Expect(candidate.Locator("main")).ToContainTextAsync("Recrutement confirmé");
        await candidate.Context.CloseAsync();
        await recruiter.Context.CloseAsync();
    }
}
