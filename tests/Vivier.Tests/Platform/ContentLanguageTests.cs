using Vivier.Testing;

namespace Vivier.Tests.Platform;

/// <summary>A text shown untranslated is marked with its own language (RGAA 8.7), so a screen reader reads it with the right voice.</summary>
public sealed class ContentLanguageTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task An_untranslated_mission_is_marked_french_on_the_english_site_and_a_translated_one_is_not()
    {
        var french = await App.CreateMissionAsync("Appui à la direction du budget", "SN");
        var translated = await App.CreateMissionAsync("Appui à la douane", "SN", titleEn: "Support to the customs");
        var client = App.NewClient();

        var englishPage = await client.GetDocumentAsync($"/missions/{french.Reference}?lang=en-GB");
        var frenchPage = await client.GetDocumentAsync($"/missions/{french.Reference}?lang=fr-FR");
        var translatedPage = await client.GetDocumentAsync($"/missions/{translated.Reference}?lang=en-GB");
        var board = await client.GetDocumentAsync("/missions?lang=en-GB");

        Assert.Equal("en", englishPage.DocumentElement.GetAttribute("lang"));
        Assert.Equal("fr", englishPage.QuerySelector("main h1")!.GetAttribute("lang"));
        Assert.All(englishPage.QuerySelectorAll("main .mission-text"), text => Assert.Equal("fr", text.GetAttribute("lang")));
        Assert.Null(frenchPage.QuerySelector("main h1")!.GetAttribute("lang"));
        Assert.Null(translatedPage.QuerySelector("main h1")!.GetAttribute("lang"));
        Assert.Equal("Support to the customs", translatedPage.QuerySelector("main h1")!.TextContent);
        Assert.Equal("fr", board.QuerySelector($"main a[href='/missions/{french.Reference}']")!.GetAttribute("lang"));
        Assert.Null(board.QuerySelector($"main a[href='/missions/{translated.Reference}']")!.GetAttribute("lang"));
    }
}
