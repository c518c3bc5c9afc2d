using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Candidates;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Core.Recruitment;
using Vivier.Testing;
using Vivier.Web.Features.Profile;

namespace Vivier.Tests.Recruitment;

public sealed class FolderPageTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_folder_names_countries_and_languages_in_the_reader_s_language_not_by_code()
    {
        var mission = await App.CreateMissionAsync("Mission aux noms", "ZM");
        var id = Assert.Single(await App.SeedApplicationsAsync(mission, 1));
        var profile = new ProfileDocument
        {
            GivenName = "Awa", FamilyName = "Diallo", Nationalities = ["NE"], ResidenceCountry = "CI",
            Languages = [new LanguageSkill { Code = "pt", Reading = CefrLevel.A1, SpokenInteraction = CefrLevel.A1 }],
            CountriesWorked = [new CountryExperience { CountryCode = "NE", Years = 3 }, new CountryExperience { CountryCode = "ZM", Years = 1 }],
        };
        await using (var db = App.NewDb())
        {
            await db.Applications.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ProfileSnapshot, JsonSerializer.Serialize(profile, JsonSerializerOptions.Web)), Cancel);
        }
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);

        var french = (await recruiter.GetDocumentAsync($"/gestion/candidatures/{id}")).QuerySelector("main")!.TextContent;
        var english = (await recruiter.GetDocumentAsync($"/gestion/candidatures/{id}?lang=en-GB")).QuerySelector("main")!.TextContent;
        var list = (await recruiter.GetDocumentAsync($"/gestion/missions?q={Uri.EscapeDataString(mission.Reference)}")).QuerySelector("main table tbody")!.TextContent;

        Assert.All(["Niger (3 ans), Zambie (1 an)", "Portugais A1", "Côte d'Ivoire"], text => Assert.Contains(text, french, StringComparison.Ordinal));
        Assert.All(["Niger (3 years), Zambia (1 year)", "Portuguese A1", "Côte d'Ivoire"], text => Assert.Contains(text, english, StringComparison.Ordinal));
        Assert.Contains("Zambie", list, StringComparison.Ordinal);
        Assert.DoesNotContain("ZM", list.Replace(mission.Reference, "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_view_pages_with_its_filters_and_sort_kept_and_counts_every_page()
    {
        var mission = await App.CreateMissionAsync("Mission aux cent candidatures", "SN");
        await App.SeedApplicationsAsync(mission, Vivier.Web.Features.Applications.BoardModel.ListPageSize + 3);
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);

        var first = await recruiter.GetDocumentAsync($"/gestion/missions/{mission.Reference}/candidatures?vue=liste&tri=-date");
        var next = first.QuerySelector("main a[rel=next]")!.GetAttribute("href")!;
        var second = await recruiter.GetDocumentAsync($"/gestion/missions/{mission.Reference}/candidatures{next}");
        var board = await recruiter.GetDocumentAsync($"/gestion/missions/{mission.Reference}/candidatures");

        Assert.Equal(Vivier.Web.Features.Applications.BoardModel.ListPageSize, first.QuerySelectorAll("main tbody tr").Length);
        Assert.Contains("tri=-date", next, StringComparison.Ordinal);
        Assert.Contains("vue=liste", next, StringComparison.Ordinal);
        Assert.Equal(3, second.QuerySelectorAll("main tbody tr").Length);
        Assert.Contains("103", first.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("103", second.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(first.QuerySelectorAll("main tbody tr td:first-child a").Select(a => a.GetAttribute("href")).Intersect(
            second.QuerySelectorAll("main tbody tr td:first-child a").Select(a => a.GetAttribute("href"))));
        Assert.Null(board.QuerySelector("main a[rel=next]"));
        Assert.Equal(103, board.QuerySelectorAll("main a[data-panel]").Length);
    }

    [Fact]
    public async Task The_list_view_filters_by_stage_and_name_and_sorts()
    {
        var mission = await App.CreateMissionAsync("Mission listée", "SN");
        var received = await App.SeedApplicationsAsync(mission, 3);
        await App.SeedApplicationsAsync(mission, 2, "interview");
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        var url = $"/gestion/missions/{mission.Reference}/candidatures?vue=liste";

        var all = await manager.GetDocumentAsync(url + "&tri=nom");
        var interviews = await manager.GetDocumentAsync(url + "&etape=interview");
        var named = await manager.GetDocumentAsync(url + "&q=candidate0001");
        var nothing = await manager.GetDocumentAsync(url + "&q=personne&tri=n-importe-quoi");

        var names = all.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).ToList();
        Assert.Equal(5, names.Count);
        Assert.Equal(names.OrderBy(n => n.Split(' ')[1], StringComparer.Ordinal), names);
        Assert.Equal(2, interviews.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(2, named.QuerySelectorAll("tbody tr").Length);
        Assert.Empty(nothing.QuerySelectorAll("tbody tr"));
        Assert.NotNull(nothing.QuerySelector($"a[href='/gestion/missions/{mission.Reference}/candidatures?vue=liste']"));
        Assert.Empty(all.QuerySelectorAll("input[name=selected]"));
        Assert.Contains(received[0].ToString(), all.QuerySelector("tbody")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recruiter_reviews_notes_and_hires_from_the_folder_which_opens_as_a_side_panel()
    {
        var mission = await App.CreateMissionAsync("Mission au dossier", "CI");
        var ids = await App.SeedApplicationsAsync(mission, 2);
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        var folder = $"/gestion/candidatures/{ids[0]}";
        var back = $"/gestion/missions/{mission.Reference}/candidatures?vue=liste";

        var panel = await recruiter.GetAsync($"{folder}?panel=true&back={Uri.EscapeDataString(back)}", Cancel);
        var panelHtml = await panel.Content.ReadAsStringAsync(Cancel);
        var page = await recruiter.GetDocumentAsync(folder);
        using var declared = await recruiter.SubmitAsync(page, "form[action$='handler=Declare']", new Dictionary<string, string> { ["Conflict"] = "false" });
        page = await recruiter.GetDocumentAsync(folder);
        using var incomplete = await recruiter.SubmitAsync(page, "form[action$='handler=Score']", new Dictionary<string, string> { ["Scores[0]"] = "4" });
        using var scored = await recruiter.SubmitAsync(page, "form[action$='handler=Score']", new Dictionary<string, string>
        {
            ["Scores[0]"] = "4", ["Scores[1]"] = "5", ["Scores[2]"] = "3", ["Scores[3]"] = "4",
        });
        using var noted = await recruiter.SubmitAsync(page, "form[action$='handler=Note']", new Dictionary<string, string> { ["Note"] = "Très bon entretien.", ["back"] = back });
        using var hired = await recruiter.SubmitAsync(page, "form[action$='handler=Move']", new Dictionary<string, string> { ["Stage"] = PipelineStage.Hired });
        var plan = await recruiter.GetDocumentAsync(hired.Headers.Location!.OriginalString);
        using var confirmed = await recruiter.SubmitAsync(plan, "main form", new Dictionary<string, string>());
        var after = await recruiter.GetDocumentAsync(folder);

        Assert.Equal(HttpStatusCode.OK, panel.StatusCode);
        Assert.DoesNotContain("id=\"navigation\"", panelHtml, StringComparison.Ordinal);
        Assert.Contains("Lettre de motivation", panelHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, declared.StatusCode);
        Assert.Contains("Notez chacun des critères", (await Html.ParseAsync(incomplete)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, scored.StatusCode);
        // Each change keeps the reviewer in the folder, with the view it was opened from.
        Assert.Equal($"{folder}?done=noted&back={Uri.EscapeDataString(back)}", noted.Headers.Location!.OriginalString);
        Assert.Equal($"{folder}/recruter", hired.Headers.Location!.OriginalString);
        Assert.Contains("Candidate0001 Pool0001", plan.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{folder}?done=hired", confirmed.Headers.Location!.OriginalString);
        Assert.Contains("Très bon entretien.", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.Equal(MissionStatus.Filled, (await db.Missions.SingleAsync(m => m.Id == mission.Id, Cancel)).Status);
        Assert.Equal(PipelineStage.Rejected, (await db.Applications.SingleAsync(a => a.Id == ids[1], Cancel)).StageKey);
        Assert.Equal([4, 5, 3, 4], (await db.ApplicationReviews.SingleAsync(r => r.ApplicationId == ids[0], Cancel)).Scores.Select(s => s.Score));
    }

    [Fact]
    public async Task A_programme_manager_reads_the_folder_but_cannot_change_it_and_a_candidate_never_reaches_it()
    {
        var mission = await App.CreateMissionAsync("Mission lue seulement", "CI");
        var id = (await App.SeedApplicationsAsync(mission, 1)).Single();
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        using var candidate = await App.SignInAsAsync(Roles.Expert);

        var page = await manager.GetDocumentAsync($"/gestion/candidatures/{id}");
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Note", "Je ne devrais pas.")]);
        using var refused = await manager.PostAsync($"/gestion/candidatures/{id}?handler=Note", form, Cancel);
        using var outsider = await candidate.GetAsync($"/gestion/candidatures/{id}", Cancel);

        Assert.Empty(page.QuerySelectorAll("main form"));
        Assert.Contains("/erreur/403", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/erreur/403", outsider.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.False(await db.ApplicationNotes.AnyAsync(n => n.ApplicationId == id, Cancel));
    }
}
