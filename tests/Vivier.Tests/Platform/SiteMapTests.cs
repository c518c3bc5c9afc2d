using System.Net;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Platform;

/// <summary>The site map (RGAA 12.1, 12.3, 12.4): linked from every page, it lists what its reader can open, and only that.</summary>
public sealed class SiteMapTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null)]
    [InlineData(Roles.Expert)]
    [InlineData(Roles.Recruiter)]
    [InlineData(Roles.Admin)]
    public async Task The_site_map_lists_every_menu_page_of_its_reader_and_each_opens(string? role)
    {
        using var client = role is null ? App.NewClient() : await App.SignInAsAsync(role);

        var home = await client.GetDocumentAsync("/");
        var map = await client.GetDocumentAsync("/plan-du-site");
        var menu = home.QuerySelectorAll("#main-menu a[href]").Select(a => a.GetAttribute("href")!).ToHashSet();
        var listed = map.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).ToList();

        Assert.NotNull(home.QuerySelector("footer a[href='/plan-du-site']"));
        Assert.Subset(listed.ToHashSet(), menu);
        Assert.Equal(listed.Count, listed.Distinct().Count());
        foreach (var path in listed)
        {
            using var response = await client.GetAsync(path, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} for {role ?? "a visitor"}");
        }
        Assert.Equal(role == Roles.Admin, listed.Contains("/admin/journal"));
        Assert.Equal(role is not null, listed.Contains("/compte/alertes"));
    }
}
