using Microsoft.Playwright;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.BrowserTests;

/// <summary>The timeout warning in a browser whose clock is moved with the server's: it shows, continues the session, or ends it. Its own fixture: it moves the clock.</summary>
public sealed class SessionTimeoutBrowserTests(BrowserApp app) : VivierTest(app), IClassFixture<BrowserApp>
{
    private BrowserApp Browser => (BrowserApp)App;

    [Fact]
    public async Task Two_minutes_before_the_end_a_dialog_offers_to_continue_and_without_an_answer_the_session_ends()
    {
        var (page, _) = await Browser.SignedInPageAsync(Roles.Expert);
        await page.Clock.InstallAsync();
        await page.GotoAsync("/compte");
        var dialog = page.Locator("dialog#session-timeout");
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        // Both clocks move on to 90 seconds before the end.
        App.Clock.Advance(TimeSpan.FromHours(8) - TimeSpan.FromSeconds(90));
        await page.Clock.FastForwardAsync((long)(TimeSpan.FromHours(8) - TimeSpan.FromSeconds(90)).TotalMilliseconds);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("2 minutes");
        Assert.True((await Axe.ViolationsAsync(page)).Length == 0, "The timeout warning fails axe.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Continuer ma session" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        // Continued: the next warning comes 8 hours later, and Escape continues too.
        App.Clock.Advance(TimeSpan.FromHours(8) - TimeSpan.FromSeconds(60));
        await page.Clock.FastForwardAsync((long)(TimeSpan.FromHours(8) - TimeSpan.FromSeconds(60)).TotalMilliseconds);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        // Unanswered, the page goes to the sign-in when the time is up, with the way back.
        App.Clock.Advance(TimeSpan.FromHours(8));
        await page.Clock.FastForwardAsync((long)(TimeSpan.FromHours(8) - TimeSpan.FromSeconds(100)).TotalMilliseconds);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.Clock.FastForwardAsync(120_000);
        await page.WaitForURLAsync("**/connexion?ReturnUrl=%2Fcompte");
    }
}
