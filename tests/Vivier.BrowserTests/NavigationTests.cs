using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Vivier.Testing;

namespace Vivier.BrowserTests;

public sealed class NavigationTests(BrowserApp app) : VivierTest(app), IClassFixture<BrowserApp>
{
    private BrowserApp Browser => (BrowserApp)App;

    [Fact]
    public async Task The_first_tab_reaches_the_skip_link_which_moves_focus_to_the_content()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync("/referentiels");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Aller au contenu" });
        Assert.True(await skip.IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("contenu", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_visitor_switches_to_English_and_back_with_one_click_each()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync("/referentiels/pays");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.WaitForURLAsync("**/referentiels/pays");
        Assert.Equal("Countries and territories", await page.Locator("h1").TextContentAsync());
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await page.WaitForURLAsync("**/referentiels/pays");
        Assert.Equal("Pays et territoires", await page.Locator("h1").TextContentAsync());
        await page.Context.CloseAsync();
    }
}

public sealed class FormTests(BrowserApp app) : VivierTest(app), IClassFixture<BrowserApp>
{
    private BrowserApp Browser => (BrowserApp)App;

    [Fact]
    public async Task A_form_sent_with_errors_focuses_the_error_summary_which_links_to_each_field_and_passes_axe()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync("/inscription");

        await page.Locator("main button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync(".error-summary");
        // The summary exists before the page's script has run: wait for the script to move the focus (it fails after the timeout if it never does).
        // A locator assertion, not WaitForFunction: Playwright evals a string predicate in the page, which our CSP refuses.
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();

        Assert.Equal("error-summary-title", await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-labelledby')"));
        Assert.Equal("Il y a un problème", await page.Locator("#error-summary-title").TextContentAsync());
        await page.Locator(".error-summary a[href='#Input_Email']").ClickAsync();
        Assert.Equal("Input_Email", await page.EvaluateAsync<string>("document.activeElement.id"));
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Length == 0, Axe.Describe(violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_sign_in_in_two_steps_and_the_code_step_passes_axe()
    {
        var person = await Browser.CreatePersonAsync(Vivier.Core.Identity.Roles.Recruiter);
        var page = await Browser.NewPageAsync();
        await page.GotoAsync("/connexion");
        await page.Locator("#Input_Email").FillAsync(person.Email);
        await page.Locator("#Input_Password").FillAsync(person.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/connexion/code**");

        var violations = await Axe.ViolationsAsync(page);
        await page.Locator("#Input_Code").FillAsync(Totp.Now(person.AuthenticatorKey!));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/compte");

        Assert.True(violations.Length == 0, Axe.Describe(violations));
        Assert.Contains("Recrutement", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}

public sealed class KeyboardBoardTests(BrowserApp app) : VivierTest(app), IClassFixture<BrowserApp>
{
    private BrowserApp Browser => (BrowserApp)App;

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"document.activeElement && document.activeElement.matches({System.Text.Json.JsonSerializer.Serialize(selector)})"))
            {
                return;
            }
        }
        Assert.Fail($"Tab never reached {selector}");
    }

    [Fact]
    public async Task A_keyboard_alone_searches_filters_pages_and_opens_a_mission()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync("/missions");

        await TabToAsync(page, "#q");
        await page.Keyboard.TypeAsync("appui");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/missions?q=appui**");
        await TabToAsync(page, "#filter-continent");
        await page.Keyboard.PressAsync("ArrowDown");
        await TabToAsync(page, ".board-filters button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**continent=**");
        var filtered = page.Url;
        if (await page.Locator("a[rel=next]").CountAsync() > 0)
        {
            await TabToAsync(page, "a[rel=next]");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**page=2**");
        }
        await TabToAsync(page, ".board-result h3 a");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/missions/*-*-*");

        Assert.Contains("continent=", filtered, StringComparison.Ordinal);
        Assert.NotNull(await page.Locator("script[type='application/ld+json']").TextContentAsync());
        await page.Context.CloseAsync();
    }
}

public sealed class KeyboardProfileTests(BrowserApp app) : VivierTest(app), IClassFixture<BrowserApp>
{
    private BrowserApp Browser => (BrowserApp)App;

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 400; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"document.activeElement && document.activeElement.matches({System.Text.Json.JsonSerializer.Serialize(selector)})"))
            {
                return;
            }
        }
        Assert.Fail($"Tab never reached {selector}");
    }

    /// <summary>"Enregistrer et continuer" pressed from the keyboard, and the next part's page reached (or its refusal shown).</summary>
    private static async Task SaveAndContinueAsync(IPage page, string next)
    {
        await TabToAsync(page, "#save-continue");
        await page.Keyboard.PressAsync("Enter");
        try
        {
            await page.WaitForURLAsync("**/profil/" + next, new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail(await page.Locator(".error-summary").CountAsync() > 0 ? await page.Locator(".error-summary").InnerTextAsync() : page.Url);
        }
    }

    [Fact]
    public async Task A_keyboard_alone_fills_every_kind_of_field_of_the_profile_part_by_part_and_saves_it()
    {
        var (page, person) = await Browser.SignedInPageAsync(Vivier.Core.Identity.Roles.Expert);
        await page.GotoAsync("/profil");
        await TabToAsync(page, "main .profile-task-list a[href^='/profil/identite']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/profil/identite");

        await TabToAsync(page, "#Input_GivenName");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Aïssatou");
        await TabToAsync(page, "#Input_Phone");
        await page.Keyboard.TypeAsync("+221 77 000 11 22");
        // A list is chosen by typing the start of an option (type-ahead), as keyboard users do.
        await TabToAsync(page, "#Input_Nationalities_0_");
        await page.Keyboard.TypeAsync("Mali");
        // A radio group takes one Tab, landing on the checked option ("I prefer not to say", the last); arrows choose.
        await TabToAsync(page, "#gender-NotSaid");
        await page.Keyboard.PressAsync("ArrowRight");
        await SaveAndContinueAsync(page, "langues");
        await TabToAsync(page, "#Input_Languages_0__Code");
        await page.Keyboard.TypeAsync("Wolof");
        await TabToAsync(page, "#Input_Languages_0__MotherTongue");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "#Input_Languages_1__Code");
        await page.Keyboard.TypeAsync("Anglais");
        await TabToAsync(page, "#Input_Languages_1__Listening");
        await page.Keyboard.TypeAsync("C1");
        await SaveAndContinueAsync(page, "expertise");
        await TabToAsync(page, "#theme-public-finance");
        await page.Keyboard.PressAsync("Space");
        // The sector picker: a search shows the matching codes, one box each.
        await TabToAsync(page, "#sector-search");
        await page.Keyboard.TypeAsync("gestion des finances publiques");
        await TabToAsync(page, "#sector-15111");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "#Input_Skills");
        await page.Keyboard.TypeAsync("Budget-programme, Fiscalité locale");
        await SaveAndContinueAsync(page, "parcours");
        await TabToAsync(page, "#Input_Employment_0__Position");
        await page.Keyboard.TypeAsync("Conseillère budgétaire");
        await TabToAsync(page, "#Input_Employment_0__From");
        await page.Keyboard.TypeAsync("2018-03");
        await TabToAsync(page, "#Input_Employment_0__Current");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "#Input_Employment_0__Description");
        await page.Keyboard.TypeAsync("Préparation de la loi de finances.");
        await SaveAndContinueAsync(page, "formation");
        await TabToAsync(page, "#Input_Education_0__Title");
        await page.Keyboard.TypeAsync("Master de finances publiques");
        await TabToAsync(page, "#Input_Education_0__EqfLevel");
        await page.Keyboard.TypeAsync("7");
        await SaveAndContinueAsync(page, "disponibilite");
        await TabToAsync(page, "#Input_TalentPool");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "#save-return");
        await page.Keyboard.PressAsync("Enter");
        // Saved, the page comes back with its confirmation; refused, with its error summary (shown if so).
        await page.Locator("[role=status], .error-summary").First.WaitForAsync();
        Assert.True(page.Url.EndsWith("/profil?done=saved", StringComparison.Ordinal),
            await page.Locator(".error-summary").CountAsync() > 0 ? await page.Locator(".error-summary").InnerTextAsync() : page.Url);

        await using var db = Browser.NewDb();
        var saved = await db.CandidateProfiles.AsNoTracking().SingleAsync(p => p.PersonId == person!.Id);
        var account = await db.Users.AsNoTracking().SingleAsync(p => p.Id == person!.Id);
        Assert.Equal("Aïssatou", account.GivenName);
        Assert.Equal(("+221 77 000 11 22", "ML"), (saved.Phone, saved.Nationalities.Single()));
        Assert.Equal(Vivier.Core.Candidates.SelfDeclaredGender.Woman, saved.Gender);
        Assert.Equal(["wo", "en"], saved.Languages.Select(l => l.Code));
        Assert.True(saved.Languages[0].MotherTongue);
        Assert.Equal(Vivier.Core.Missions.CefrLevel.C1, saved.Languages[1].Listening);
        Assert.Equal(["public-finance"], saved.ThemeCodes);
        Assert.Equal(["15111"], saved.SectorCodes);
        Assert.Equal(["Budget-programme", "Fiscalité locale"], saved.Skills);
        Assert.Equal(("2018-03", true), (saved.Employment.Single().From, saved.Employment.Single().Current));
        Assert.Equal(7, saved.Education.Single().EqfLevel);
        Assert.NotNull(saved.TalentPoolConsentAt);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task A_europass_import_shows_its_review_with_a_keyboard_and_passes_axe(string language)
    {
        var (page, _) = await Browser.SignedInPageAsync(Vivier.Core.Identity.Roles.Expert, language);
        await page.GotoAsync("/profil");
        var sample = Path.Combine(AppContext.BaseDirectory, "Samples", "europass", "legacy-v3.4-cv.xml");

        await page.Locator("#europassFile").SetInputFilesAsync(sample);
        await TabToAsync(page, "form[action*='handler=Europass'] button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#import-review").WaitForAsync();
        var violations = await Axe.ViolationsAsync(page);

        Assert.True(violations.Length == 0, Axe.Describe(violations));
        Assert.Equal("import-review", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("Chuck", await page.Locator("#Input_GivenName").InputValueAsync());
        await page.Context.CloseAsync();
    }
}
