using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Vivier.Testing;

namespace Vivier.BrowserTests;

/// <summary>Every page of the catalogue in French, with the check's own check.</summary>
public sealed class FrenchAccessibilityTests(BrowserApp app) : AccessibilityTests(app), IClassFixture<BrowserApp>
{
    [Theory]
    [MemberData(nameof(PageCatalog.Names), MemberType = typeof(PageCatalog))]
    public Task Every_page_passes_axe_in_French(string name) => CheckAsync(name, "fr");

    [Fact]
    public async Task The_check_fails_on_an_inaccessible_page()
    {
        var page = await ((BrowserApp)App).NewPageAsync();
        await page.SetContentAsync("""
            <html><head><title>Bad page</title></head>
            <body><img src="photo.png"><input type="text"><p style="color:#aaa;background:#fff">Pale text</p><h3>Skipped levels</h3><a href="#" tabindex="2">x</a><nav aria-label="Menu"><a href="#">a</a></nav><nav aria-label="Menu"><a href="#">b</a></nav></body></html>
            """);

        var violations = await Axe.ViolationsAsync(page);
        await page.Context.CloseAsync();

        var rules = violations.Select(v => v.Id).ToList();
        Assert.Contains("html-has-lang", rules);
        Assert.Contains("image-alt", rules);
        Assert.Contains("label", rules);
        Assert.Contains("color-contrast", rules);
        Assert.Contains("page-has-heading-one", rules);
        Assert.Contains("tabindex", rules);
        Assert.Contains("region", rules);
        Assert.Contains("landmark-unique", rules);
    }
}

/// <summary>Every page of the catalogue in English, beside the French run (a class of its own, so the two run in parallel).</summary>
public sealed class EnglishAccessibilityTests(BrowserApp app) : AccessibilityTests(app), IClassFixture<BrowserApp>
{
    [Fact]
    public void The_markup_check_finds_misnested_tags_duplicate_attributes_and_ids()
    {
        var errors = HtmlValidity.ErrorsOf("<!DOCTYPE html><html lang=\"fr\"><head><title>t</title></head><body><p id=\"a\" class=\"x\" class=\"y\"><b>un</p></b><div id=\"a\"></span></div></body></html>");
        var clean = HtmlValidity.ErrorsOf("<!DOCTYPE html><html lang=\"fr\"><head><title>t</title></head><body><p id=\"a\">un<br>deux</p><div id=\"b\"></div></body></html>");

        Assert.True(errors.Count >= 3, string.Join("\n", errors));
        Assert.Contains(errors, e => e.Contains("id \"a\" used 2 times", StringComparison.Ordinal));
        Assert.Empty(clean);
    }

    [Theory]
    [MemberData(nameof(PageCatalog.Names), MemberType = typeof(PageCatalog))]
    public Task Every_page_passes_axe_in_English(string name) => CheckAsync(name, "en");
}

/// <summary>Every page on a 390 px phone screen: axe, no console error, and nothing wider than the screen (nor than 320 px) but the tables' own scrolling.</summary>
public sealed class PhoneAccessibilityTests(BrowserApp app) : AccessibilityTests(app), IClassFixture<BrowserApp>
{
    [Theory]
    [MemberData(nameof(PageCatalog.StaffNames), MemberType = typeof(PageCatalog))]
    public Task Every_staff_page_passes_axe_on_a_phone(string name) => CheckAsync(name, "fr", Phone);

    [Theory]
    [MemberData(nameof(PageCatalog.OtherNames), MemberType = typeof(PageCatalog))]
    public Task Every_other_page_passes_axe_on_a_phone(string name) => CheckAsync(name, "fr", Phone);
}

/// <summary>A page as its role sees it, checked with axe-core, for console errors and for markup that parses cleanly; a screenshot of it when it fails.</summary>
public abstract class AccessibilityTests(BrowserApp app) : VivierTest(app)
{
    private static readonly string Screenshots = Repository.PathOf("TestResults", "screenshots", TestProvider.Current.ToString());
    protected static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    protected static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    protected async Task CheckAsync(string name, string language, ViewportSize? screen = null)
    {
        var entry = PageCatalog.Pages.Single(p => p.Name == name);
        using var look = await ((BrowserApp)App).PageOfRoleAsync(entry.Role, language);
        var page = look.Page;
        var path = await ResolveAsync(entry.Path.Replace("{self}", look.Person?.Id.ToString() ?? "", StringComparison.Ordinal));
        var size = screen ?? Desktop;
        var errors = new List<string>();
        void Console(object? sender, IConsoleMessage message)
        {
            // A page whose status says what went wrong (404, 400 for bad input, 429) is the check's subject, not an error of the page.
            var ownStatus = message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal) && message.Location.StartsWith(page.Url + ":", StringComparison.Ordinal);
            if (message.Type == "error" && !ownStatus) { errors.Add($"{message.Text} ({message.Location})"); }
        }
        void Failed(object? sender, string error) => errors.Add(error);
        page.Console += Console;
        page.PageError += Failed;
        await page.SetViewportSizeAsync(size.Width, size.Height);
        try
        {
            var response = await page.GotoAsync(path);
            var invalid = HtmlValidity.ErrorsOf(await response!.TextAsync());
            // A role's page reuses its sign-in: had that session ended, the check would run on the sign-in page instead.
            var landed = new Uri(page.Url).AbsolutePath;
            var violations = await Axe.ViolationsAsync(page);
            // The page itself never scrolls sideways: what is wider (a table) scrolls in its own region.
            var (overflow, wide) = await OverflowAsync(page);
            // RGAA 10.11: at 320 px too (400 % zoom of a 1280 px screen), nothing but a table scrolls sideways.
            var (narrow, narrowWide) = (0, "");
            if (size.Width < 600)
            {
                await page.SetViewportSizeAsync(320, size.Height);
                (narrow, narrowWide) = await OverflowAsync(page);
                await page.SetViewportSizeAsync(size.Width, size.Height);
            }
            var clipped = size.Width < 600 ? "" : await TextSpacingClipsAsync(page);
            var shot = Path.Combine(Screenshots, language + (size.Width < 600 ? "-phone" : ""), name + ".png");
            if (violations.Length > 0 || errors.Count > 0 || overflow > 0 || narrow > 0 || clipped.Length > 0)
            {
                // What the failing page looked like, for the one who reads the failure.
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
            }

            Assert.False(entry.Role is not null && landed.StartsWith("/connexion", StringComparison.Ordinal), $"{path}: signed out, at {landed}");
            Assert.True(violations.Length == 0, $"{path} ({language}, {size.Width} px):\n{Axe.Describe(violations)}");
            Assert.True(errors.Count == 0, $"{path} ({language}, {size.Width} px), console:\n{string.Join("\n", errors)}");
            Assert.True(overflow <= 0, $"{path} ({language}, {size.Width} px) is {overflow} px wider than the screen: {wide}.");
            Assert.True(narrow <= 0, $"{path} ({language}, 320 px) is {narrow} px wider than the screen: {narrowWide}.");
            Assert.True(clipped.Length == 0, $"{path} ({language}): with the text spacing of WCAG 1.4.12, text is cut or the page scrolls sideways: {clipped}");
            Assert.True(invalid.Count == 0, $"{path} ({language}): the HTML does not parse cleanly:\n{string.Join("\n", invalid.Take(10))}");
        }
        finally
        {
            page.Console -= Console;
            page.PageError -= Failed;
            await page.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
        }
    }

    /// <summary>How far the page is wider than the window, and the last elements that stick out (outside the tables' own scrolling regions).</summary>
    private static async Task<(int Overflow, string Wide)> OverflowAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        var wide = overflow <= 0 ? "" : await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest(".table-region")?.contains(e.parentElement))
              .slice(-3).map(e => e.tagName + "." + [...e.classList].join(".") + "#" + e.id).join(", ")
            """);
        return (overflow, wide);
    }

    /// <summary>
    /// RGAA 10.12 (WCAG 1.4.12): with line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em
    /// and word spacing 0.16 em forced on everything, no text is cut by a box that hides its overflow
    /// and the page does not scroll sideways. Empty when all holds; the spacing is removed afterwards.
    /// </summary>
    private static async Task<string> TextSpacingClipsAsync(IPage page)
    {
        // Adopted through the CSS object model: the site's CSP refuses an inline style element, as it should.
        await page.EvaluateAsync("""
            () => {
              const sheet = new CSSStyleSheet();
              sheet.replaceSync("* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; } p { margin-bottom: 2em !important; }");
              document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
            }
            """);
        try
        {
            return await page.EvaluateAsync<string>("""
                () => {
                  const cut = [...document.querySelectorAll("body *")].filter(e => {
                    // A list box scrolls its own options; hidden helpers are clipped on purpose.
                    if (e.tagName === "SELECT" || e.closest(".visually-hidden, .visually-hidden-focusable, [hidden], .d-none") || !e.textContent.trim()) return false;
                    const css = getComputedStyle(e);
                    const hides = v => v === "hidden" || v === "clip";
                    return (hides(css.overflowX) && e.scrollWidth > e.clientWidth + 1) || (hides(css.overflowY) && e.scrollHeight > e.clientHeight + 1);
                  }).slice(0, 3).map(e => e.tagName + "." + [...e.classList].join("."));
                  const wider = document.documentElement.scrollWidth - window.innerWidth;
                  return [...cut, ...(wider > 0 ? [`page ${wider} px too wide`] : [])].join(", ");
                }
                """);
        }
        finally
        {
            await page.EvaluateAsync("() => { document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1); }");
        }
    }

    /// <summary>Fills in the demo's ids: an application with reviews and notes, and its mission.</summary>
    private async Task<string> ResolveAsync(string path)
    {
        await using var db = App.NewDb();
        if (path.Contains('{', StringComparison.Ordinal) && (path.Contains("{event}", StringComparison.Ordinal) || path.Contains("{coming}", StringComparison.Ordinal)))
        {
            var cancel = TestContext.Current.CancellationToken;
            var days = await db.Events.Where(e => e.Title == Vivier.Core.Demo.DemoEvents.DaysTitle).Select(e => e.Id).SingleAsync(cancel);
            var coming = await db.Events.Where(e => e.Title == Vivier.Core.Demo.DemoEvents.ComingTitle).Select(e => e.Id).SingleAsync(cancel);
            var session = await db.Sessions.Where(s => s.EventId == days && s.Type == Vivier.Core.Events.SessionType.Workshop).OrderBy(s => s.Start).ThenBy(s => s.Title)
                .Select(s => s.Id).FirstAsync(cancel);
            return path.Replace("{event}", days.ToString(), StringComparison.Ordinal).Replace("{coming}", coming.ToString(), StringComparison.Ordinal)
                .Replace("{session}", session.ToString(), StringComparison.Ordinal);
        }
        if (path.Contains("{deployment}", StringComparison.Ordinal))
        {
            var deployment = await db.Deployments.Where(d => d.Status == Vivier.Core.Deployments.DeploymentStatus.Deployed && d.PlannedEnd > d.PlannedStart.AddMonths(24))
                .OrderBy(d => d.PlannedStart).Select(d => d.Id).FirstAsync(TestContext.Current.CancellationToken);
            return path.Replace("{deployment}", deployment.ToString(), StringComparison.Ordinal);
        }
        if (!path.Contains("{application}", StringComparison.Ordinal) && !path.Contains("{pipeline}", StringComparison.Ordinal))
        {
            return path;
        }
        var sample = await db.Applications.Where(a => a.StageKey == "interview").OrderBy(a => a.SubmittedAt)
            .Join(db.Missions, a => a.MissionId, m => m.Id, (a, m) => new { a.Id, m.Reference }).FirstAsync(TestContext.Current.CancellationToken);
        return path.Replace("{application}", sample.Id.ToString(), StringComparison.Ordinal).Replace("{pipeline}", sample.Reference, StringComparison.Ordinal);
    }
}
