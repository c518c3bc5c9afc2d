using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vivier.Testing;
using Vivier.Web.Infrastructure.Mail;

namespace Vivier.BrowserTests;

/// <summary>
/// The candidate's path as a newcomer takes it, on a desktop and on a phone: a search on the home
/// page, a posting, sign-up, the confirmation mail, back to the mission, the CV, the application
/// sent and the posting saying so. Every page on the way passes axe and logs no console error.
/// </summary>
public sealed class CandidatePathTests(BrowserApp app) : VivierTest(app), IClassFixture<BrowserApp>
{
    private BrowserApp Browser => (BrowserApp)App;

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task A_visitor_searches_from_the_home_page_signs_up_comes_back_to_the_mission_and_applies(int width, int height)
    {
        var email = $"path-{width}-{Guid.NewGuid():N}@vivier.test";
        var page = await Browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{page.Url}: {message.Text}"); };
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");

        // The home page leads with a search and the latest missions.
        await page.GotoAsync("/");
        await CheckAsync(page);
        Assert.True(await page.Locator("main .board-result").CountAsync() > 0, "The home page shows no mission.");
        await page.Locator("#home-q").FillAsync("cybersécurité");
        await page.Locator("#home-q").PressAsync("Enter");
        await page.WaitForURLAsync("**/missions?q=**");
        await CheckAsync(page);
        var first = page.Locator("main .board-result a").First;
        if (width < 992)
        {
            // On a phone the results come first; the filters wait in a drawer that the keyboard opens and Escape closes.
            await Assertions.Expect(page.Locator("#board-filters")).ToBeHiddenAsync();
            Assert.True((await first.BoundingBoxAsync())!.Y < height, "The first result is below the first screen.");
            await page.Locator(".board-drawer-open").ClickAsync();
            await Assertions.Expect(page.Locator("#board-filters.show:not(.showing)")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#filter-country")).ToBeVisibleAsync();
            await CheckAsync(page);
            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(page.Locator("#board-filters")).ToBeHiddenAsync();
        }
        await Assertions.Expect(page.Locator("main a[href^='/missions/feed.atom']")).ToBeVisibleAsync();
        var reference = (await first.GetAttributeAsync("href"))!.Split('/')[^1];
        await first.ClickAsync();
        await page.WaitForURLAsync($"**/missions/{reference}");
        await CheckAsync(page);

        // "Candidater" signed out: sign-up, then the mail, which brings the person back.
        await page.Locator("main .mission-apply a.btn").ClickAsync();
        await page.WaitForURLAsync("**/inscription?ReturnUrl=**");
        await CheckAsync(page);
        await page.Locator("#Input_GivenName").FillAsync("Maëlle");
        await page.Locator("#Input_FamilyName").FillAsync("Parcours");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(People.Password);
        await page.Locator("#Input_AcceptPrivacyNotice").CheckAsync();
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/inscription/envoyee?ReturnUrl=**");
        await CheckAsync(page);
        await Assertions.Expect(page.Locator("main a[href^='/inscription/renvoyer?ReturnUrl=']")).ToBeVisibleAsync();
        await App.Services.GetRequiredService<OutboxSender>().RunAsync(TestContext.Current.CancellationToken);
        await page.GotoAsync(new Uri(await Mailbox.ConfirmationLinkAsync(App, email)).PathAndQuery);
        await CheckAsync(page);
        await page.Locator("main a.btn-primary").ClickAsync();
        await page.WaitForURLAsync("**/connexion?ReturnUrl=**");
        await CheckAsync(page);
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(People.Password);
        await page.Locator("main form:has(#Input_Password) button[type=submit]").ClickAsync();
        await page.WaitForURLAsync($"**/missions/{reference}/postuler");
        await CheckAsync(page);

        // The form says the CV is missing and leads to it and back.
        await page.Locator("main .alert-warning a").ClickAsync();
        await page.WaitForURLAsync("**/profil?ReturnUrl=**");
        await CheckAsync(page);
        await page.Locator("#cvFile").SetInputFilesAsync(new FilePayload { Name = "cv.pdf", MimeType = "application/pdf", Buffer = TestPdf.Build(["Maëlle Parcours", "CV"]) });
        await page.Locator("form:has(#cvFile) button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/profil?done=cv**");
        await page.Locator("main a", new PageLocatorOptions { HasText = "Revenir à ma candidature" }).ClickAsync();
        await page.WaitForURLAsync($"**/missions/{reference}/postuler");
        await page.Locator("#CoverLetter").FillAsync("Vingt ans de sécurité des systèmes d'information, dont huit dans une autorité nationale.");
        foreach (var answer in await page.Locator("main textarea[name^='Answers']").AllAsync())
        {
            await answer.FillAsync("Oui.");
        }
        await page.Locator("main button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync("**/candidatures");
        await CheckAsync(page);

        // Back on the posting: it says the application is sent and links to it.
        await page.GotoAsync($"/missions/{reference}");
        await Assertions.Expect(page.Locator("main .mission-apply")).ToContainTextAsync("Candidature envoyée le");
        await Assertions.Expect(page.Locator("main .mission-apply a[href^='/candidatures#application-']")).ToBeVisibleAsync();
        await CheckAsync(page);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.Context.CloseAsync();
    }

    private static async Task CheckAsync(IPage page)
    {
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Length == 0, $"{page.Url}:\n{Axe.Describe(violations)}");
    }
}
