using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Missions;

/// <summary>
/// The staff missions list as a recruiter uses it: words found whatever their accents and case
/// (through the French normaliser, as on the public board), a reference typed in lower case, and
/// "Page suivante" leading to the next page with the search kept.
/// </summary>
public sealed class StaffMissionListTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static string NewTag() => "k" + Guid.NewGuid().ToString("N")[..8].Replace('s', 't').Replace('x', 'y');

    private static async Task<string[]> TitlesAsync(HttpClient client, string url) =>
        [.. (await client.GetDocumentAsync(url)).QuerySelectorAll("main table tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Words_are_found_whatever_their_accents_and_case_and_a_reference_in_lower_case()
    {
        var tag = NewTag();
        var health = await App.CreateMissionAsync($"Appui à la Santé publique {tag}");
        var cyber = await App.CreateMissionAsync($"Coopération en cybersécurité {tag}", publish: false);
        var school = await App.CreateMissionAsync($"Éducation de base {tag}");
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);

        string Url(string q) => $"/gestion/missions?q={Uri.EscapeDataString(q)}";
        Assert.Equal([health.Title], await TitlesAsync(recruiter, Url($"sante {tag}")));
        Assert.Equal([health.Title], await TitlesAsync(recruiter, Url($"SANTÉ {tag.ToUpperInvariant()}")));
        Assert.Equal([cyber.Title], await TitlesAsync(recruiter, Url($"cybersecurite {tag}")));
        Assert.Equal([cyber.Title], await TitlesAsync(recruiter, Url($"coopération {tag}")));
        Assert.Equal([school.Title], await TitlesAsync(recruiter, Url($"education {tag}")));
        string[] all = [.. new[] { health.Title, cyber.Title, school.Title }.Order(StringComparer.Ordinal)];
        Assert.Equal(all, await TitlesAsync(recruiter, Url(tag)));
        Assert.Equal([school.Title], await TitlesAsync(recruiter, Url(school.Reference.ToLowerInvariant())));
    }

    [Fact]
    public async Task The_next_page_shows_the_next_missions_with_the_search_kept()
    {
        var tag = NewTag();
        for (var i = 0; i < 53; i++)
        {
            await App.CreateMissionAsync($"Mission {tag} numéro {i:D2}");
        }
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);

        var first = await recruiter.GetDocumentAsync($"/gestion/missions?q={tag}");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await recruiter.GetDocumentAsync("/gestion/missions" + next);

        Assert.Equal(50, first.QuerySelectorAll("main table tbody tr").Length);
        Assert.Contains($"q={tag}", next, StringComparison.Ordinal);
        Assert.Equal(3, second.QuerySelectorAll("main table tbody tr").Length);
        Assert.Contains("2", second.QuerySelector(".pagination [aria-current=page]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
        var shown = first.QuerySelectorAll("main table tbody tr td:nth-child(2)").Concat(second.QuerySelectorAll("main table tbody tr td:nth-child(2)"))
            .Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(53, shown.Distinct().Count());
    }
}
