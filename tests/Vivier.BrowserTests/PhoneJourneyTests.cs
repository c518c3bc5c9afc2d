using Microsoft.Playwright;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.BrowserTests;

/// <summary>Staff journeys on a 390 px phone: the menu folds, opens by keyboard, and leads by task to the pages, which fit the screen.</summary>
public sealed class PhoneJourneyTests(BrowserApp app) : VivierTest(app), IClassFixture<BrowserApp>
{
    private BrowserApp Browser => (BrowserApp)App;

    [Fact]
    public async Task A_recruiter_on_a_phone_finds_the_pipeline_through_the_folded_menu_and_hires_with_its_confirmation()
    {
        var mission = await App.CreateMissionAsync("Mission sur téléphone", "GH");
        var ids = await App.SeedApplicationsAsync(mission, 2);
        var (page, _) = await Browser.SignedInPageAsync(Roles.Recruiter);
        await page.SetViewportSizeAsync(390, 844);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await page.GotoAsync("/");

        // Folded: the menu is one button, the entries hidden until it opens.
        var toggle = page.Locator("#navigation .navbar-toggler");
        await Assertions.Expect(toggle).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#main-menu")).ToBeHiddenAsync();
        var header = await page.Locator("header").BoundingBoxAsync();
        Assert.True(header!.Height < 260, $"The header takes {header.Height} px of 844.");
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#main-menu")).ToBeVisibleAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));

        // By task: the Missions group lists the public board, the staff's missions and the stages.
        await page.Locator("#menu-missions").ClickAsync();
        var missions = page.Locator("[aria-labelledby=menu-missions] a");
        await Assertions.Expect(missions).ToHaveCountAsync(3);
        await missions.Filter(new LocatorFilterOptions { HasText = "Gestion des missions" }).ClickAsync();
        await page.WaitForURLAsync("**/gestion/missions");
        await page.Locator("#q").FillAsync(mission.Reference);
        await page.Locator("#q").PressAsync("Enter");
        await page.Locator($"main a[href='/gestion/missions/{mission.Reference}']").ClickAsync();
        await page.Locator($"main a[href='/gestion/missions/{mission.Reference}/candidatures']").ClickAsync();
        // The panel's script attaches once the board has loaded; a click before that opens the full page.
        await page.WaitForURLAsync($"**/gestion/missions/{mission.Reference}/candidatures");
        await page.Locator($"a[data-panel][href='/gestion/candidatures/{ids[0]}']").First.ClickAsync();
        await Assertions.Expect(page.Locator("#side-panel")).ToBeVisibleAsync();
        Assert.True(await FitsAsync(page), "The board with its side panel is wider than the phone.");

        // The folder, the hire's confirmation and its result all fit the phone's width.
        await page.GotoAsync($"/gestion/candidatures/{ids[0]}");
        await page.Locator("#Stage").SelectOptionAsync("hired");
        await page.Locator("form[action$='handler=Move'] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/recruter**");
        Assert.True(await FitsAsync(page), "The hire's confirmation is wider than the phone.");
        Assert.True((await Axe.ViolationsAsync(page)).Length == 0, "The hire's confirmation fails axe on a phone.");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**done=hired**");
        Assert.True(await FitsAsync(page), "The folder is wider than the phone.");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    private static async Task<bool> FitsAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0;
}
