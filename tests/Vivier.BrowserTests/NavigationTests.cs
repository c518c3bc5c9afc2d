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
