using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Core.Recruitment;
using Vivier.Testing;
using Vivier.Web.Features.Applications;

namespace Vivier.Tests.Recruitment;

public sealed class StageMailsTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ApiAsync(string role) => App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(role)));

    private async Task<List<(string To, string Subject, string Body)>> MailsAsync(IEnumerable<Guid> applications)
    {
        await using var db = App.NewDb();
        var ids = applications.ToList();
        var emails = await db.Applications.Where(a => ids.Contains(a.Id)).Join(db.Users, a => a.PersonId, p => p.Id, (a, p) => p.Email!).ToListAsync(Cancel);
        return (await db.OutboxMails.Where(m => emails.Contains(m.To)).ToListAsync(Cancel)).ConvertAll(m => (m.To, m.Subject, m.TextBody));
    }

    [Fact]
    public async Task A_recruiter_moves_50_applications_in_one_action_and_each_candidate_gets_the_stage_mail_in_their_language()
    {
        var mission = await App.CreateMissionAsync("Mission très suivie", "SN", titleEn: "A much followed mission");
        var french = await App.SeedApplicationsAsync(mission, 25);
        var english = await App.SeedApplicationsAsync(mission, 25, language: "en");
        var recruiter = await ApiAsync(Roles.Recruiter);

        var response = await recruiter.PostAsJsonAsync($"/api/v1/missions/{mission.Reference}/applications/moves",
            new { ids = french.Concat(english), stage = "shortlisted", reason = "Premier tri" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(50, (await response.Content.ReadFromJsonAsync<BulkMoveResult>(Cancel))!.Moved);
        var frenchMails = await MailsAsync(french);
        var englishMails = await MailsAsync(english);
        Assert.Equal(25, frenchMails.Select(m => m.To).Distinct().Count());
        Assert.Equal(25, frenchMails.Count);
        Assert.All(frenchMails, m => Assert.Equal("Votre candidature est retenue pour la suite", m.Subject));
        Assert.All(frenchMails, m => Assert.Contains("« Mission très suivie »", m.Body, StringComparison.Ordinal));
        Assert.Equal(25, englishMails.Count);
        Assert.All(englishMails, m => Assert.Contains("\"A much followed mission\"", m.Body, StringComparison.Ordinal));
        Assert.All(englishMails, m => Assert.Contains("/candidatures", m.Body, StringComparison.Ordinal));
        await using var db = App.NewDb();
        Assert.Equal(50, await db.Applications.CountAsync(a => a.MissionId == mission.Id && a.StageKey == "shortlisted", Cancel));
    }

    [Fact]
    public async Task A_bulk_move_that_names_another_mission_s_application_moves_none_and_sends_nothing()
    {
        var mission = await App.CreateMissionAsync("Mission A", "TG");
        var other = await App.CreateMissionAsync("Mission B", "TG");
        var ours = await App.SeedApplicationsAsync(mission, 3);
        var theirs = await App.SeedApplicationsAsync(other, 1);
        var recruiter = await ApiAsync(Roles.Recruiter);

        var response = await recruiter.PostAsJsonAsync($"/api/v1/missions/{mission.Reference}/applications/moves",
            new { ids = ours.Concat(theirs), stage = "interview" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await MailsAsync(ours.Concat(theirs)));
    }

    [Fact]
    public async Task Staff_edit_a_stage_mail_the_next_move_sends_the_new_text_and_a_disabled_mail_sends_nothing()
    {
        var mission = await App.CreateMissionAsync("Mission au courrier", "BJ");
        var (first, second) = (await App.SeedApplicationsAsync(mission, 2)) switch { var ids => (ids[0], ids[1]) };
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        var page = await manager.GetDocumentAsync("/gestion/etapes/interview");

        using var unknown = await manager.SubmitAsync(page, "form[action*='language=fr']", new Dictionary<string, string> { ["Subject"] = "Entretien {date}" });
        var refused = await Html.ParseAsync(unknown);
        using var saved = await manager.SubmitAsync(page, "form[action*='language=fr']", new Dictionary<string, string>
        {
            ["Subject"] = "Entretien pour {reference}", ["Body"] = "Bonjour {prenom} {nom},\n\nNous vous proposons un entretien.",
        });
        using var stale = await manager.SubmitAsync(page, "form[action*='language=fr']", new Dictionary<string, string> { ["Subject"] = "Écrasé" });
        var recruiter = await ApiAsync(Roles.Recruiter);
        await recruiter.PostAsJsonAsync($"/api/v1/applications/{first}/moves", new { stage = "interview" }, Cancel);
        var edited = await manager.GetDocumentAsync("/gestion/etapes/interview");
        using var disabled = await manager.SubmitAsync(edited, "form[action*='language=fr']", new Dictionary<string, string> { ["Enabled"] = "false" });
        await recruiter.PostAsJsonAsync($"/api/v1/applications/{second}/moves", new { stage = "interview" }, Cancel);

        Assert.Contains("{date}", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("modifié par quelqu'un d'autre", (await Html.ParseAsync(stale)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var mail = Assert.Single(await MailsAsync([first]));
        Assert.Equal($"Entretien pour {mission.Reference}", mail.Subject);
        Assert.StartsWith("Bonjour Candidate0000 Pool0002,", mail.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Empty(await MailsAsync([second]));
    }

    [Fact]
    public async Task A_stage_mail_posted_in_a_language_Vivier_does_not_speak_is_not_found_and_stores_nothing()
    {
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        var page = await manager.GetDocumentAsync("/gestion/etapes/interview");
        var french = page.QuerySelector("form[action*='language=fr']")!;
        french.SetAttribute("action", french.GetAttribute("action")!.Replace("language=fr", "language=de", StringComparison.Ordinal));

        using var refused = await manager.SubmitAsync(page, "form[action*='language=de']", new Dictionary<string, string> { ["Subject"] = "Vorstellungsgespräch", ["Body"] = "Hallo {prenom}" });

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        await using var db = App.NewDb();
        Assert.False(await db.StageMailTemplates.AnyAsync(t => t.Subject == "Vorstellungsgespräch", Cancel));
    }

    [Fact]
    public async Task A_refused_stage_key_is_shown_at_its_field_in_the_error_pattern_every_form_shares()
    {
        using var admin = await App.SignInAsAsync(Roles.Admin);
        var stages = await admin.GetDocumentAsync("/gestion/etapes");

        using var bad = await admin.SubmitAsync(stages, "main form", new Dictionary<string, string> { ["Key"] = "Entretien 2", ["NameFr"] = "Second entretien" });
        var page = await Html.ParseAsync(bad);

        var key = page.QuerySelector("#Key")!;
        Assert.Equal(("Entretien 2", "Key-hint Key-error", "true"), (key.GetAttribute("value"), key.GetAttribute("aria-describedby"), key.GetAttribute("aria-invalid")));
        Assert.Contains("is-invalid", key.ClassList);
        Assert.Contains("field-with-error", key.ParentElement!.ClassList);
        Assert.Contains("minuscules", page.QuerySelector("#Key-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Key", page.QuerySelector(".error-summary a[href='#Key']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_programme_adds_an_interview_round_that_takes_its_place_on_the_board_and_in_the_api()
    {
        var mission = await App.CreateMissionAsync("Mission à deux entretiens", "GH");
        var id = (await App.SeedApplicationsAsync(mission, 1)).Single();
        using var admin = await App.SignInAsAsync(Roles.Admin);
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        var stages = await admin.GetDocumentAsync("/gestion/etapes");
        var values = new Dictionary<string, string>
        {
            ["Key"] = "entretien-2", ["NameFr"] = "Second entretien", ["NameEn"] = "Second interview", ["CandidateLabelFr"] = "Second entretien",
            ["CandidateLabelEn"] = "Second interview", ["Position"] = "45",
        };

        using var bad = await admin.SubmitAsync(stages, "main form", new Dictionary<string, string>(values) { ["Key"] = "Entretien 2" });
        // The manager's page offers no form to add a stage; a hand-made post with a valid token is refused all the same.
        var token = (await manager.GetDocumentAsync("/gestion/etapes")).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var form = new FormUrlEncodedContent(values.Append(new("__RequestVerificationToken", token)));
        using var byManager = await manager.PostAsync("/gestion/etapes", form, Cancel);
        using var added = await admin.SubmitAsync(stages, "main form", values);
        var board = await admin.GetDocumentAsync($"/gestion/missions/{mission.Reference}/candidatures");
        var moved = await (await ApiAsync(Roles.Recruiter)).PostAsJsonAsync($"/api/v1/applications/{id}/moves", new { stage = "entretien-2" }, Cancel);

        Assert.Contains("minuscules", (await Html.ParseAsync(bad)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("/erreur/403", byManager.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal("/gestion/etapes/entretien-2?ajoutee=true", added.Headers.Location!.OriginalString);
        using var twice = await admin.SubmitAsync(await admin.GetDocumentAsync("/gestion/etapes"), "main form", values);
        Assert.Contains("déjà cet identifiant", (await Html.ParseAsync(twice)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var columns = board.QuerySelectorAll("section h2").Select(h => h.Id).ToList();
        Assert.Equal(columns.IndexOf("stage-interview") + 1, columns.IndexOf("stage-entretien-2"));
        Assert.Equal("entretien-2", (await moved.Content.ReadFromJsonAsync<PipelineEntry>(Cancel))!.Stage);
    }
}
