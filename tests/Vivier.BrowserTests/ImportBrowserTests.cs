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
