using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Core.Recruitment;
using Vivier.Testing;
using Vivier.Web.Features.Applications;

namespace Vivier.Tests.Recruitment;

public sealed class ApplyingTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<(TestPerson Person, HttpClient Client)> CandidateAsync(bool withCv = true) => App.CreateCandidateAsync(withCv);

    private static Task<HttpResponseMessage> ApplyAsync(HttpClient client, string reference, string letter = "Je souhaite rejoindre ce projet.", bool submit = true) =>
        client.PostAsJsonAsync($"/api/v1/missions/{reference}/applications", new { coverLetter = letter, submit }, Cancel);

    [Fact]
    public async Task A_candidate_applies_and_follows_the_application_in_plain_words()
    {
        var mission = await App.CreateMissionAsync("Conseil budgétaire", "SN");
        var (person, client) = await CandidateAsync();

        var response = await ApplyAsync(client, mission.Reference);
        var sent = await response.Content.ReadFromJsonAsync<ApplicationDto>(Cancel);
        var mine = await client.GetFromJsonAsync<List<ApplicationDto>>("/api/v1/me/applications", Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal((mission.Reference, PipelineStage.Received, "Candidature reçue", false), (sent!.Reference, sent.Stage, sent.StageLabel, sent.Draft));
        var listed = Assert.Single(mine!);
        Assert.Equal(sent.Id, listed.Id);
        Assert.Equal("Candidature reçue", Assert.Single(listed.History).Label);
        await using var db = App.NewDb();
        var stored = await db.Applications.SingleAsync(a => a.Id == sent.Id, Cancel);
        Assert.Contains("\"familyName\"", stored.ProfileSnapshot, StringComparison.Ordinal);
        Assert.NotNull(stored.CvFileId);
        Assert.Equal(person.Id, stored.PersonId);
    }

    [Fact]
    public async Task A_repeated_or_simultaneous_apply_creates_one_application()
    {
        var mission = await App.CreateMissionAsync("Mission très demandée", "CI");
        var (person, client) = await CandidateAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => ApplyAsync(client, mission.Reference)));
        var again = await ApplyAsync(client, mission.Reference);

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await using var db = App.NewDb();
        Assert.Equal(1, await db.Applications.CountAsync(a => a.PersonId == person.Id, Cancel));
        Assert.Equal(1, await db.ApplicationEvents.CountAsync(e => db.Applications.Any(a => a.Id == e.ApplicationId && a.PersonId == person.Id), Cancel));
        Assert.Single(await App.MailsToAsync(person.Email), m => m.Subject == "Candidature reçue : Mission très demandée");
    }

    [Fact]
    public async Task The_mission_s_screening_questions_are_answered_before_sending_and_kept_with_their_question()
    {
        var mission = await App.CreateMissionAsync("Mission avec questions", "MA");
        await using (var db = App.NewDb())
        {
            var stored = await db.Missions.SingleAsync(m => m.Id == mission.Id, Cancel);
            stored.ScreeningQuestions = ["Depuis combien d'années pratiquez-vous l'audit ?", "Parlez-vous arabe ?"];
            await db.SaveChangesAsync(Cancel);
        }
        var (_, client) = await CandidateAsync();

        var missing = await client.PostAsJsonAsync($"/api/v1/missions/{mission.Reference}/applications",
            new { coverLetter = "Motivé.", answers = new[] { "Douze ans." } }, Cancel);
        var sent = await client.PostAsJsonAsync($"/api/v1/missions/{mission.Reference}/applications",
            new { coverLetter = "Motivé.", answers = new[] { "Douze ans.", "Oui, couramment." } }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("answers[1]", await missing.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var application = await sent.Content.ReadFromJsonAsync<ApplicationDto>(Cancel);
        Assert.Equal(("Parlez-vous arabe ?", "Oui, couramment."), (application!.Answers[1].Question, application.Answers[1].Answer));
    }

    [Fact]
    public async Task A_draft_is_kept_then_sent_before_the_deadline()
    {
        var mission = await App.CreateMissionAsync("Mission à préparer", "MA");
        var (_, client) = await CandidateAsync();

        var draft = await (await ApplyAsync(client, mission.Reference, "Premier jet", submit: false)).Content.ReadFromJsonAsync<ApplicationDto>(Cancel);
        var sent = await (await ApplyAsync(client, mission.Reference, "Version finale")).Content.ReadFromJsonAsync<ApplicationDto>(Cancel);

        Assert.True(draft!.Draft);
        Assert.Null(draft.Stage);
        Assert.Equal(draft.Id, sent!.Id);
        Assert.False(sent.Draft);
        Assert.Equal("Version finale", sent.CoverLetter);
    }

    [Fact]
    public async Task Applying_is_refused_with_a_reason_when_it_cannot_be_done()
    {
        var today = ParisTime.Today(App.Clock.GetUtcNow().UtcDateTime);
        var open = await App.CreateMissionAsync("Mission ouverte", "TN");
        var past = await App.CreateMissionAsync("Mission échue", "TN", deadline: today.AddDays(-1), daysAgoPublished: 5);
        var (_, withoutCv) = await CandidateAsync(withCv: false);
        var (_, client) = await CandidateAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await ApplyAsync(client, "ETI-1999-0001")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ApplyAsync(client, past.Reference)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ApplyAsync(client, open.Reference, new string('x', 6001))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ApplyAsync(client, open.Reference, "   ")).StatusCode);
        var noCv = await ApplyAsync(withoutCv, open.Reference);
        Assert.Equal(HttpStatusCode.BadRequest, noCv.StatusCode);
        Assert.Contains("Déposez votre CV", await noCv.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.False(await db.Applications.AnyAsync(a => a.MissionId == open.Id || a.MissionId == past.Id, Cancel));
    }

    [Fact]
    public async Task A_candidate_withdraws_their_own_application_and_never_reaches_anothers()
    {
        var mission = await App.CreateMissionAsync("Mission partagée", "BJ");
        var (_, alice) = await CandidateAsync();
        var (_, bob) = await CandidateAsync();
        var alices = await (await ApplyAsync(alice, mission.Reference)).Content.ReadFromJsonAsync<ApplicationDto>(Cancel);

        var byBob = await bob.PostAsync($"/api/v1/me/applications/{alices!.Id}/withdraw", null, Cancel);
        var bobsList = await bob.GetFromJsonAsync<List<ApplicationDto>>("/api/v1/me/applications", Cancel);
        var byAlice = await alice.PostAsync($"/api/v1/me/applications/{alices.Id}/withdraw", null, Cancel);
        var withdrawn = await byAlice.Content.ReadFromJsonAsync<ApplicationDto>(Cancel);

        Assert.Equal(HttpStatusCode.NotFound, byBob.StatusCode);
        Assert.Empty(bobsList!);
        Assert.Equal(HttpStatusCode.OK, byAlice.StatusCode);
        Assert.Equal((PipelineStage.Withdrawn, "Retirée par vous"), (withdrawn!.Stage, withdrawn.StageLabel));
        Assert.Equal(["Candidature reçue", "Retirée par vous"], withdrawn.History.Select(h => h.Label));
        Assert.Equal(HttpStatusCode.NotFound, (await alice.PostAsync($"/api/v1/me/applications/{alices.Id}/withdraw", null, Cancel)).StatusCode);
    }

    [Fact]
    public async Task The_pages_let_a_candidate_write_a_draft_send_it_and_see_it_listed()
    {
        var mission = await App.CreateMissionAsync("Mission par la page", "GH");
        var person = await App.CreatePersonAsync(Roles.Expert);
        using var cvClient = App.NewClient().WithBearer(await App.ApiLoginAsync(person));
        await cvClient.UploadCvAsync();
        using var expert = await App.SignInAsync(person);

        async Task<HttpResponseMessage> PressAsync(string handler, string letter)
        {
            var page = await expert.GetDocumentAsync($"/missions/{mission.Reference}/postuler");
            var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
            var action = page.QuerySelector($"main form button[formaction*='handler={handler}']")!.GetAttribute("formaction")!;
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("CoverLetter", letter)]);
            return await expert.PostAsync(action, content, Cancel);
        }

        using var draft = await PressAsync("Draft", "Brouillon de lettre");
        var drafted = await expert.GetDocumentAsync("/candidatures");
        using var sent = await PressAsync("Send", "Lettre terminée");
        var listed = await expert.GetDocumentAsync("/candidatures");

        Assert.Equal($"/missions/{mission.Reference}/postuler?saved=true", draft.Headers.Location!.OriginalString);
        Assert.Contains("Brouillon", drafted.QuerySelector("main article")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/candidatures", sent.Headers.Location!.OriginalString);
        Assert.Equal("Candidature reçue", listed.QuerySelector("main article .application-stage")!.TextContent);
    }
}

public sealed class DraftReminderTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unfinished_draft_is_reminded_once_three_days_before_the_deadline_in_the_persons_language()
    {
        var today = ParisTime.Today(App.Clock.GetUtcNow().UtcDateTime);
        var soon = await App.CreateMissionAsync("Mission bientôt close", "SN", deadline: today.AddDays(3));
        var later = await App.CreateMissionAsync("Mission lointaine", "SN", deadline: today.AddDays(20));
        var person = await App.CreatePersonAsync(Roles.Expert);
        await using (var db = App.NewDb())
        {
            (await db.Users.SingleAsync(p => p.Id == person.Id, Cancel)).PreferredLanguage = Locale.English;
            foreach (var mission in new[] { soon, later })
            {
                db.Applications.Add(new JobApplication { MissionId = mission.Id, PersonId = person.Id, CoverLetter = "Brouillon", CreatedAt = App.Clock.GetUtcNow().UtcDateTime, UpdatedAt = App.Clock.GetUtcNow().UtcDateTime });
            }
            await db.SaveChangesAsync(Cancel);
        }
        var reminder = App.Services.GetRequiredService<DraftReminder>();

        var first = await reminder.RunAsync(Cancel);
        var second = await reminder.RunAsync(Cancel);

        Assert.Equal((1, 0), (first, second));
        var mail = Assert.Single(await App.MailsToAsync(person.Email));
        Assert.Equal("Your application has not been sent yet", mail.Subject);
        Assert.Contains("Mission bientôt close", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/missions/{soon.Reference}/postuler", mail.TextBody, StringComparison.Ordinal);
    }
}
