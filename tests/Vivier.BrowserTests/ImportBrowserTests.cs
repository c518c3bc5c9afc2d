using System.Text;
using Microsoft.Playwright;
using Vivier.Testing;

namespace Vivier.BrowserTests;

public sealed class ImportBrowserTests(BrowserApp app) : VivierTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_mapping_and_the_preview_with_its_problems_pass_axe()
    {
        var (page, _) = await ((BrowserApp)App).SignedInPageAsync(Vivier.Core.Identity.Roles.ProgrammeManager);
        const string header = "Courriel;Prénom;Nom;Type;Pays;Institution d'accueil;Date de début;Fin prévue;Tutelle\n";
        var bad = header + "navigateur@exemple.org;Nina;Vigot;ETI;Atlantide;Ministère;2022-01-10;2024-01-09;MEAE\n";

        await page.GotoAsync("/gestion/deploiements/import");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "roster.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(bad) });
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/import?fichier=**");
        Assert.True((await Axe.ViolationsAsync(page)).Length == 0, "The mapping step fails axe.");
        await Assertions.Expect(page.Locator("#map-Country")).ToHaveValueAsync("4");
        await page.Locator("main form[action*='handler=Preview'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Atlantide");
        Assert.True((await Axe.ViolationsAsync(page)).Length == 0, "The preview with problems fails axe.");
        await page.Context.CloseAsync();
    }
}

public sealed class DirectoryBrowserTests(BrowserApp app) : VivierTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_expert_in_post_sets_their_directory_entry_on_a_page_that_passes_axe()
    {
        var (page, person) = await ((BrowserApp)App).SignedInPageAsync(Vivier.Core.Identity.Roles.Expert);
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        await App.AddDeploymentAsync("Ministère de l'Agriculture", today.AddMonths(-3), today.AddMonths(21), country: "MG", personId: person!.Id);

        await page.GotoAsync("/annuaire/moi");
        Assert.True((await Axe.ViolationsAsync(page)).Length == 0, "The directory entry page fails axe.");
        await page.Locator("#Listed").CheckAsync();
        await page.Locator("#Headline").FillAsync("Sécurité alimentaire");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("main .alert-success")).ToBeVisibleAsync();
        await page.GotoAsync("/annuaire?pays=MG");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Sécurité alimentaire");
        Assert.True((await Axe.ViolationsAsync(page)).Length == 0, "The directory fails axe.");
        await page.Context.CloseAsync();
    }
}
