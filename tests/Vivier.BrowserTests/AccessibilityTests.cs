using Microsoft.Playwright;
using Vivier.Testing;

namespace Vivier.BrowserTests;

public sealed class AccessibilityTests(BrowserApp app) : VivierTest(app), IClassFixture<BrowserApp>
{
    private static readonly string Screenshots = Repository.PathOf("TestResults", "screenshots", TestProvider.Current.ToString());

    [Theory]
    [MemberData(nameof(PageCatalog.InBothLanguages), MemberType = typeof(PageCatalog))]
    public async Task Every_page_passes_axe_in_both_languages(string name, string language)
    {
        var entry = PageCatalog.Pages.Single(p => p.Name == name);
        var (page, person) = await ((BrowserApp)App).SignedInPageAsync(entry.Role, language);
        var path = entry.Path.Replace("{self}", person?.Id.ToString() ?? "", StringComparison.Ordinal);

        await page.GotoAsync(path);
        var violations = await Axe.ViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, language, name + ".png"), FullPage = true });
        await page.Context.CloseAsync();

        Assert.True(violations.Length == 0, $"{path} ({language}):\n{Axe.Describe(violations)}");
    }

    [Fact]
    public async Task The_check_fails_on_an_inaccessible_page()
    {
        var page = await ((BrowserApp)App).NewPageAsync();
        await page.SetContentAsync("""
            <html><head><title>Bad page</title></head>
            <body><img src="photo.png"><input type="text"><p style="color:#aaa;background:#fff">Pale text</p></body></html>
            """);

        var violations = await Axe.ViolationsAsync(page);
        await page.Context.CloseAsync();

        var rules = violations.Select(v => v.Id).ToList();
        Assert.Contains("html-has-lang", rules);
        Assert.Contains("image-alt", rules);
        Assert.Contains("label", rules);
        Assert.Contains("color-contrast", rules);
    }
}
