using AngleSharp.Dom;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Platform;

/// <summary>What the RGAA grid says of the markup, held by the pages themselves: named tables and charts, required fields said before sending.</summary>
public sealed class AccessibleMarkupTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task Every_table_is_named_by_its_caption_and_every_chart_by_its_legend()
    {
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        await App.AddDeploymentAsync("Ministère des Finances", today.AddMonths(-6), today.AddYears(1), country: "SN");
        await App.AddDeploymentAsync("Ministère de la Santé", today.AddDays(20), today.AddYears(2), "preparing", country: "CI", withChecklist: true);
        await App.CreateMissionAsync("Mission au tableau", "SN");
        using var admin = await App.SignInAsAsync(Roles.Admin);

        var pages = new List<IDocument>();
        foreach (var url in new[] { "/gestion/departs", "/gestion/missions", "/roster", "/dashboards", "/admin/personnes" })
        {
            pages.Add(await admin.GetDocumentAsync(url));
        }
        var tables = pages.SelectMany(p => p.QuerySelectorAll("main table")).ToList();
        var figures = pages[3].QuerySelectorAll("main figure").ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, table =>
        {
            // Named by its caption, or by the heading of its section (aria-labelledby): either way the scrolling region carries the same name.
            var named = table.GetAttribute("aria-labelledby") ?? table.QuerySelector("caption")?.Id;
            var title = named is null ? null : table.Owner!.GetElementById(named);
            Assert.False(string.IsNullOrWhiteSpace(title?.TextContent), table.OuterHtml[..Math.Min(200, table.OuterHtml.Length)]);
            Assert.Equal(named, table.ParentElement!.GetAttribute("aria-labelledby"));
            Assert.All(table.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row" }));
        });
        Assert.NotEmpty(figures);
        Assert.All(figures, figure =>
        {
            var legend = figure.QuerySelector("figcaption")!;
            Assert.Equal("figure", figure.GetAttribute("role"));
            Assert.Equal(legend.TextContent, figure.GetAttribute("aria-label"));
            Assert.Contains(legend.Id, figure.QuerySelector("svg[role=img]")!.GetAttribute("aria-labelledby")!.Split(' '));
        });
    }

    [Fact]
    public async Task Required_fields_say_so_before_the_form_is_sent_and_optional_ones_do_not()
    {
        var signUp = await App.NewClient().GetDocumentAsync("/inscription");
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        var newEvent = await manager.GetDocumentAsync("/gestion/evenements/nouveau");

        Assert.All(new[] { "#Input_GivenName", "#Input_FamilyName", "#Input_Email", "#Input_Password" },
            id => Assert.True(signUp.QuerySelector(id)!.GetAttribute("aria-required") == "true", $"sign-up {id}"));
        Assert.True(newEvent.QuerySelector("#Input_Title")!.GetAttribute("aria-required") == "true", newEvent.QuerySelector("#Input_Title")!.OuterHtml);
        Assert.Null(newEvent.QuerySelector("#Input_TitleEn")!.GetAttribute("aria-required"));
        Assert.All(newEvent.QuerySelectorAll("input[type=checkbox]"), box => Assert.Null(box.GetAttribute("aria-required")));
    }

    [Fact]
    public async Task The_statement_and_the_footer_publish_the_grid_s_rate_in_both_languages()
    {
        var grid = Vivier.Web.Features.Accessibility.RgaaGrid.Current;
        var client = App.NewClient();

        var french = await client.GetDocumentAsync("/accessibilite?lang=fr-FR");
        var english = await client.GetDocumentAsync("/accessibilite?lang=en-GB");

        Assert.Contains($"{grid.Rate.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} % des critères applicables", french.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{grid.Rate.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}% of the applicable criteria", english.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (frenchState, englishState) = grid.Level switch
        {
            "Total" => ("totalement conforme", "fully compliant"),
            "Partial" => ("partiellement conforme", "partially compliant"),
            _ => ("non conforme", "not compliant"),
        };
        Assert.Equal($"Accessibilité : {frenchState}", french.QuerySelector("footer a[href='/accessibilite']")!.TextContent);
        Assert.Equal($"Accessibility: {englishState}", english.QuerySelector("footer a[href='/accessibilite']")!.TextContent);
        Assert.Equal(Vivier.Web.Features.Accessibility.RgaaGrid.CriteriaCount, french.QuerySelectorAll("main table tbody tr").Length);
        Assert.Equal(grid.Count(Vivier.Web.Features.Accessibility.RgaaStatus.NC), french.QuerySelectorAll("main h2 + ul li").Length);
        Assert.Contains(grid.Count(Vivier.Web.Features.Accessibility.RgaaStatus.NC) == 0 ? "Aucune non-conformité" : "Critère ", french.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
