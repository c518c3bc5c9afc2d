using System.Globalization;
using AngleSharp.Dom;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Platform;

/// <summary>Country pickers offer the countries the page is about first, then the rest of the 250 territories, in the reader's language.</summary>
public sealed class CountryChoicesTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static string[] Names(IElement group) => [.. group.QuerySelectorAll("option").Select(o => o.TextContent)];

    [Fact]
    public async Task The_mission_editor_offers_the_programme_s_countries_first_sorted_in_the_reader_s_language()
    {
        var mission = await App.CreateMissionAsync("Pays du programme", "ZM");
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        await App.AddDeploymentAsync("Ministère de l'Économie", today.AddMonths(-3), today.AddYears(1), country: "AE");
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);

        var french = (await manager.GetDocumentAsync("/gestion/missions/nouvelle")).QuerySelectorAll("#Input_CountryCode optgroup");
        var english = (await manager.GetDocumentAsync("/gestion/missions/nouvelle?lang=en-GB")).QuerySelectorAll("#Input_CountryCode optgroup");
        var edited = await manager.GetDocumentAsync($"/gestion/missions/{mission.Reference}");

        Assert.Equal(2, french.Length);
        Assert.StartsWith("Pays et territoires du programme", french[0].GetAttribute("label"), StringComparison.Ordinal);
        Assert.Contains("Zambie", Names(french[0]));
        Assert.Contains("Émirats arabes unis", Names(french[0]));
        Assert.DoesNotContain("Zambie", Names(french[1]));
        Assert.Contains("Île Bouvet", Names(french[1]));
        // French collation: "Émirats" sorts among the E, not after "Z".
        var all = Names(french[1]);
        Assert.Equal(all.Order(StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true)), all);
        Assert.Contains("Zambia", Names(english[0]));
        Assert.Equal("Other countries and territories", english[1].GetAttribute("label"));
        Assert.Equal("ZM", edited.QuerySelector("#Input_CountryCode option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_roster_and_the_directory_offer_the_countries_with_deployments_first()
    {
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        await App.AddDeploymentAsync("Ministère des Mines", today.AddMonths(-3), today.AddYears(1), country: "CI");
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);

        var roster = (await manager.GetDocumentAsync("/roster?country=CI")).QuerySelectorAll("#country optgroup");
        var directory = (await manager.GetDocumentAsync("/annuaire")).QuerySelectorAll("#pays optgroup");

        Assert.All(new[] { roster, directory }, groups =>
        {
            Assert.Equal("Pays et territoires avec des déploiements", groups[0].GetAttribute("label"));
            Assert.Contains("Côte d'Ivoire", Names(groups[0]));
            Assert.DoesNotContain("Zambie", Names(groups[0]));
        });
        Assert.Equal("CI", roster[0].QuerySelector("option[selected]")!.GetAttribute("value"));
    }
}
