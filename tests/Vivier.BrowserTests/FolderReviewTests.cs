using Microsoft.Playwright;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.BrowserTests;

/// <summary>A reviewer goes through a mission's applications one folder after another, without ever being sent back to the board.</summary>
public sealed class FolderReviewTests(BrowserApp app) : VivierTest(app), IClassFixture<BrowserApp>
{
    private BrowserApp Browser => (BrowserApp)App;

    [Fact]
    public async Task A_reviewer_notes_in_the_panel_stays_in_the_folder_and_moves_on_by_link_or_by_shortcut()
    {
        var mission = await App.CreateMissionAsync("Mission passée en revue", "CM");
        var ids = await App.SeedApplicationsAsync(mission, 3);
        var (page, _) = await Browser.SignedInPageAsync(Roles.Recruiter);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        // The list sorted by name; the last by name is the first seeded (Pool0003), the first is Pool0001.
        await page.GotoAsync($"/gestion/missions/{mission.Reference}/candidatures?vue=liste&tri=nom");
        await page.Locator($"a[data-panel][href='/gestion/candidatures/{ids[2]}']").ClickAsync();
        var panel = page.Locator("#side-panel");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await panel.Locator("#Note").FillAsync("Dossier solide.");
        await panel.Locator("form[action$='handler=Note'] button[type=submit]").ClickAsync();

        // The note is saved and the folder stays open, with the way back to the sorted list and on to the next.
        await page.WaitForURLAsync($"**/gestion/candidatures/{ids[2]}?done=noted**");
        await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync("La note est ajoutée");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Dossier solide.");
        Assert.Equal(0, await page.Locator("main a[data-shortcut=KeyP]").CountAsync());
        Assert.Equal("Alt+Shift+N", await page.Locator("main a[data-shortcut=KeyN]").GetAttributeAsync("aria-keyshortcuts"));
        Assert.True((await Axe.ViolationsAsync(page)).Length == 0, "The folder with its sequence links fails axe.");

        await page.Locator("main a[data-shortcut=KeyN]").ClickAsync();
        await page.WaitForURLAsync($"**/gestion/candidatures/{ids[1]}?back=**");

        // A single key types nothing and moves nowhere; with Alt and Shift it moves on, and never from inside a field.
        await page.Keyboard.PressAsync("n");
        Assert.Contains(ids[1].ToString(), page.Url, StringComparison.Ordinal);
        await page.Locator("#Note").FocusAsync();
        await page.Keyboard.PressAsync("Alt+Shift+N");
        Assert.Contains(ids[1].ToString(), page.Url, StringComparison.Ordinal);
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("Alt+Shift+N");
        await page.WaitForURLAsync($"**/gestion/candidatures/{ids[0]}?back=**");
        Assert.Equal(0, await page.Locator("main a[data-shortcut=KeyN]").CountAsync());
        await page.Keyboard.PressAsync("Alt+Shift+P");
        await page.WaitForURLAsync($"**/gestion/candidatures/{ids[1]}?back=**");

        // Back to the list it came from, sorted as it was.
        await page.Locator(".breadcrumb a[href*='candidatures']").ClickAsync();
        await page.WaitForURLAsync("**vue=liste&tri=nom**");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_panel_opens_from_the_keyboard_holds_the_focus_and_gives_it_back_when_closed()
    {
        var mission = await App.CreateMissionAsync("Mission au clavier", "CM");
        var ids = await App.SeedApplicationsAsync(mission, 1);
        var (page, _) = await Browser.SignedInPageAsync(Roles.Recruiter);
        await page.GotoAsync($"/gestion/missions/{mission.Reference}/candidatures?vue=liste");
        var link = page.Locator($"a[data-panel][href='/gestion/candidatures/{ids[0]}']");

        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var panel = page.Locator("#side-panel");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel).ToHaveAttributeAsync("role", "dialog");
        // Once shown, the panel takes the focus itself.
        await page.WaitForFunctionAsync("() => document.getElementById('side-panel').contains(document.activeElement)");
        // Tabbing stays inside the open panel (Bootstrap's focus trap): never on the list behind it.
        for (var i = 0; i < 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('side-panel').contains(document.activeElement)"), $"Tab {i + 1} left the panel.");
        }
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(panel).ToBeHiddenAsync();

        Assert.True(await link.EvaluateAsync<bool>("a => a === document.activeElement"), "Closing the panel did not give the focus back to its link.");
    }
}
