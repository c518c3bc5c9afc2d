using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vivier.Core.Demo;
using Vivier.Core.Events;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Features.Events.OnSite;

namespace Vivier.BrowserTests;

/// <summary>The event's day in a real browser: the desk with a keyboard (or a scanner, which types as one), and a participant's networking and survey pages.</summary>
public sealed class OnSiteBrowserTests(BrowserApp app) : VivierTest(app), IClassFixture<BrowserApp>
{
    private BrowserApp Browser => (BrowserApp)App;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<Guid> DaysAsync()
    {
        await using var db = App.NewDb();
        return await db.Events.Where(e => e.Title == DemoEvents.DaysTitle).Select(e => e.Id).SingleAsync(Cancel);
    }

    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("document.activeElement?.id ?? ''");

    [Fact]
    public async Task A_keyboard_alone_checks_in_by_scan_then_by_name_and_a_second_scan_is_not_counted()
    {
        var days = await DaysAsync();
        await using var db = App.NewDb();
        // Two confirmed participants not yet seen at the door of the closing ceremony.
        var closing = await db.Sessions.Where(s => s.EventId == days && s.Type == SessionType.Ceremony).Select(s => s.Id).SingleAsync(Cancel);
        var people = await db.Registrations.Where(r => r.EventId == days && r.Status == RegistrationStatus.Confirmed
                && !db.CheckIns.Any(c => c.Place == closing && c.PersonId == r.PersonId))
            .Join(db.Users, r => r.PersonId, p => p.Id, (r, p) => new { p.Id, p.GivenName, p.FamilyName })
            .OrderBy(p => p.Id).Take(2).ToListAsync(Cancel);
        var code = App.Services.GetRequiredService<BadgeTokens>().For(days, people[0].Id);
        var (page, _) = await Browser.SignedInPageAsync(Roles.Recruiter);

        await page.GotoAsync($"/gestion/evenements/{days}/accueil?lieu={closing}");
        var focusedOnLoad = await FocusedIdAsync(page);
        await page.Keyboard.TypeAsync(code);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#scan-result[data-outcome='checked-in']");
        var focusedAfterScan = await FocusedIdAsync(page);
        await page.Keyboard.TypeAsync(code);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#scan-result[data-outcome='already']");
        // The full name, as an agent types it: the demo's family names are shared by dozens of participants, more than the desk lists.
        await page.Keyboard.TypeAsync(people[1].GivenName + " " + people[1].FamilyName);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#found-title");
        for (var i = 0; i < 200 && !await page.EvaluateAsync<bool>("id => document.activeElement?.closest('form')?.action.includes('handler=person&person=' + id) === true", people[1].Id.ToString()); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#scan-result[data-outcome='checked-in']");
        var violations = await Axe.ViolationsAsync(page);
        await page.Context.CloseAsync();

        Assert.Equal(("Code", "Code"), (focusedOnLoad, focusedAfterScan));
        Assert.True(violations.Length == 0, Axe.Describe(violations));
        await using var check = App.NewDb();
        Assert.Equal(1, await check.CheckIns.CountAsync(c => c.Place == closing && c.PersonId == people[0].Id, Cancel));
    }

    [Fact]
    public async Task A_participant_lists_themselves_asks_for_a_meeting_and_finds_the_surveys_open_after_the_days()
    {
        var days = await DaysAsync();
        var (page, person) = await Browser.SignedInPageAsync(Roles.Expert);
        await using (var db = App.NewDb())
        {
            db.Registrations.Add(new Registration { EventId = days, PersonId = person!.Id, Status = RegistrationStatus.Confirmed, RegisteredAt = DateTime.UtcNow });
            await db.SaveChangesAsync(Cancel);
        }

        await page.GotoAsync($"/evenements/{days}/reseau");
        var directoryViolations = await Axe.ViolationsAsync(page);
        await page.Locator("#Input_InDirectory").CheckAsync();
        await page.Locator("#Input_Organisation").FillAsync("Ministère de l'Économie, Dakar");
        await page.Locator("#Input_CountryCode").SelectOptionAsync("SN");
        await page.Locator("#Input_SectorCode").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("form[action*='handler=profile'] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**done=profile**");
        var first = page.Locator("main details").First;
        await first.Locator("summary").ClickAsync();
        await first.Locator("textarea").FillAsync("Bonjour, parlons de réforme des finances publiques.");
        await first.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**done=requested**");
        var mine = await page.Locator("#mine-title + ul").TextContentAsync();
        await page.GotoAsync($"/evenements/{days}/avis");
        var surveysViolations = await Axe.ViolationsAsync(page);
        var forms = await page.Locator("main form[method=post]").CountAsync();
        await page.Context.CloseAsync();

        Assert.True(directoryViolations.Length == 0, Axe.Describe(directoryViolations));
        Assert.True(surveysViolations.Length == 0, Axe.Describe(surveysViolations));
        Assert.Contains("en attente de réponse", mine, StringComparison.Ordinal);
        Assert.Equal(19, forms);
    }
}
