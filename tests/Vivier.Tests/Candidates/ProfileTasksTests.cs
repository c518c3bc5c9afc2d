using System.Net.Http.Json;
using Vivier.Testing;
using Vivier.Web.Features.Profile;

namespace Vivier.Tests.Candidates;

/// <summary>The profile's task list, its way back to an application, and the preview of what recruiters read.</summary>
public sealed class ProfileTasksTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public void Completeness_counts_each_part_once_filled_and_never_the_gender()
    {
        var empty = new ProfileDocument { GivenName = "Léa", FamilyName = "Martin", Gender = Vivier.Core.Candidates.SelfDeclaredGender.Woman };
        var contactOnly = empty with { Phone = "+33 6", Nationalities = ["FR"] };
        var full = contactOnly with
        {
            ResidenceCountry = "TD", Languages = [new() { Code = "fr", MotherTongue = true }], Themes = ["health"], Skills = ["Épidémiologie"],
            Employment = [new() { Position = "Médecin", From = "2010-01" }], Education = [new() { Title = "Doctorat" }],
            AvailableFrom = new DateOnly(2027, 1, 1), Pitch = "Vingt ans de santé publique.",
            Cv = new CvSummary(Guid.NewGuid(), "cv.pdf", 1000, DateTime.UtcNow, Vivier.Core.Candidates.CvTextStatus.Extracted, null),
        };

        Assert.Equal((0, 7), (ProfileCompleteness.Of(empty).Done, ProfileCompleteness.Of(empty).Parts.Count));
        // A contact without the country of residence leaves the identity part to do.
        Assert.Equal(0, ProfileCompleteness.Of(contactOnly).Done);
        Assert.Equal((7, 100), (ProfileCompleteness.Of(full).Done, ProfileCompleteness.Of(full).Percent));
        Assert.Equal(6, ProfileCompleteness.Of(full with { Skills = [] }).Done);
    }

    [Fact]
    public async Task The_profile_shows_its_task_list_with_the_cv_first_and_leads_back_to_the_application()
    {
        var mission = await App.CreateMissionAsync("Mission en attente", "TD");
        var (person, _) = await App.CreateCandidateAsync(withCv: false);
        using var client = await App.SignInAsync(person);
        var apply = $"/missions/{mission.Reference}/postuler";

        var form = await client.GetDocumentAsync(apply);
        var toCv = form.QuerySelector("main .alert-warning a")!.GetAttribute("href")!;
        var profile = await client.GetDocumentAsync(toCv);

        Assert.Equal($"/profil?ReturnUrl={Uri.EscapeDataString(apply)}#cv", toCv);
        Assert.Equal(apply, profile.QuerySelector("main .alert-info a.btn")!.GetAttribute("href"));
        Assert.Equal(apply, profile.QuerySelector("form:has(#cvFile) input[name=ReturnUrl]")!.GetAttribute("value"));
        var links = profile.QuerySelectorAll("main .profile-task-list li a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(7, links.Count);
        Assert.Equal("0", profile.QuerySelector("main .profile-tasks progress")!.GetAttribute("value"));
        // The CV is filled in right there, first; every other part on its own page, which keeps the way back.
        Assert.Equal("#cv", links[0]);
        Assert.NotNull(profile.GetElementById("cv"));
        Assert.Equal(ProfileSection.All.Select(s => s.Path + "?ReturnUrl=" + Uri.EscapeDataString(apply)), links.Skip(1));
        foreach (var link in links.Skip(1))
        {
            var part = await client.GetDocumentAsync(link);
            Assert.Equal(apply, part.QuerySelector("#profile-form input[name=ReturnUrl]")!.GetAttribute("value"));
            Assert.Equal("/profil?ReturnUrl=" + Uri.EscapeDataString(apply), part.QuerySelector("main .breadcrumb a")!.GetAttribute("href"));
        }
        // Near the top: the task list, the CV, the Europass import; the fields are in the parts' pages, not here.
        Assert.Equal(["tasks-title", "cv-title", "import-title"], profile.QuerySelectorAll("main h2").Take(3).Select(h => h.Id));
        Assert.Null(profile.QuerySelector("#profile-form"));
        var expertise = await client.GetDocumentAsync("/profil/expertise");
        Assert.Equal(295, expertise.QuerySelectorAll("#sector-list input[type=checkbox][name='Input.Sectors']").Length);
        Assert.Null(expertise.QuerySelector("select[multiple]"));
    }

    [Fact]
    public async Task The_preview_shows_the_profile_as_recruiters_read_it_without_the_gender()
    {
        var (person, api) = await App.CreateCandidateAsync();
        using (var saved = await api.PutAsJsonAsync("/api/v1/me/profile", new ProfileDocument
        {
            GivenName = "Léa", FamilyName = "Aperçu", Phone = "+33 6 00 00 00 01", Gender = Vivier.Core.Candidates.SelfDeclaredGender.Woman,
            Skills = ["Dette publique"], Pitch = "Quinze ans de finances publiques.",
        }, TestContext.Current.CancellationToken))
        {
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
        using var client = await App.SignInAsync(person);

        var preview = await client.GetDocumentAsync("/profil/apercu");

        var text = preview.QuerySelector("main section")!.TextContent;
        Assert.Contains("Léa Aperçu", text, StringComparison.Ordinal);
        Assert.Contains("Dette publique", text, StringComparison.Ordinal);
        Assert.Contains("Quinze ans de finances publiques.", text, StringComparison.Ordinal);
        Assert.Contains("cv.pdf", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Femme", text, StringComparison.Ordinal);
    }
}
