using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Events;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Features.Events.Feedback;
using Vivier.Web.Features.Events.OnSite;

namespace Vivier.Tests.Events;

/// <summary>Surveys (open at a session's end, once each, anonymous) and letters (visa invitation, attendance certificate) and what they say.</summary>
public sealed class SurveyAndLetterTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Null when the answer is saved, else the refusal's message key.</summary>
    private async Task<string?> AnswerAsync(Guid eventId, Guid subject, Guid person, int? rating, string? comment = null) =>
        (await App.Services.InScopeAsync<Surveys, Refusal?>(d => d.AnswerAsync(eventId, subject, person, rating, comment, Cancel)))?.MessageKey;

    [Fact]
    public async Task A_survey_opens_when_its_session_ends_takes_one_answer_per_person_and_stores_no_name()
    {
        // A week ago: its sessions are over. And one still to come.
        var past = await App.CreateEventAsync("Journées passées", start: new DateOnly(2026, 11, 19));
        var ended = await App.AddSessionAsync(past, "Atelier terminé", new TimeOnly(10, 0), new TimeOnly(11, 0), 50);
        var coming = await App.CreateEventAsync("À venir");
        var later = await App.AddSessionAsync(coming, "Atelier à venir", new TimeOnly(10, 0), new TimeOnly(11, 0), 50);
        var (ana, ben) = (await App.RegisterPeopleAsync(past, 2)) is var p ? (p[0], p[1]) : default;
        var cleo = (await App.RegisterPeopleAsync(coming, 1))[0];

        var first = await AnswerAsync(past.Id, ended.Id, ana, 5, "Très concret, merci.");
        var second = await AnswerAsync(past.Id, ended.Id, ana, 1, "Je change d'avis");
        var refusals = new[]
        {
            await AnswerAsync(coming.Id, later.Id, cleo, 4), await AnswerAsync(coming.Id, coming.Id, cleo, 4),
            await AnswerAsync(past.Id, ended.Id, ben, 6), await AnswerAsync(past.Id, ended.Id, cleo, 4), await AnswerAsync(past.Id, later.Id, ben, 4),
        };
        var ben1 = await AnswerAsync(past.Id, past.Id, ben, 4);
        var surveys = await App.Services.InScopeAsync<Surveys, IReadOnlyList<Survey>>(d => d.SurveysAsync(coming.Id, cleo, Cancel));
        var results = await App.Services.InScopeAsync<Surveys, IReadOnlyList<SurveyResult>>(d => d.ResultsAsync(past.Id, Cancel));

        Assert.Equal((null, "Feedback.Already", null), (first, second, ben1));
        Assert.Equal(["Feedback.NotOpen", "Feedback.NotOpen", "Feedback.Rating.Required", "Feedback.NotRegistered", "Feedback.NotFound"], refusals.Select(r => r ?? ""));
        Assert.All(surveys, s => Assert.False(s.Open));
        var session = Assert.Single(results, r => r.Subject == ended.Id);
        Assert.Equal((1, 5.0), (session.Answers, session.Average!.Value));
        Assert.Equal([0, 0, 0, 0, 1], session.Ratings);
        Assert.Equal(["Très concret, merci."], session.Comments);
        // Anonymous by construction: the answers' table has no column naming a person, and the receipts no time.
        await using var db = App.NewDb();
        Assert.DoesNotContain(db.Model.FindEntityType(typeof(FeedbackAnswer))!.GetProperties(), x => x.Name.Contains("Person", StringComparison.Ordinal));
        Assert.DoesNotContain(db.Model.FindEntityType(typeof(FeedbackReceipt))!.GetProperties(), x => x.ClrType == typeof(DateTime));
        Assert.Equal(2, await db.FeedbackReceipts.CountAsync(r => r.EventId == past.Id, Cancel));
        // Participants cannot read the results; organisers read them without a name.
        var expert = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.Expert)));
        var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.GetAsync($"/api/v1/events/{past.Id}/feedback", Cancel)).StatusCode);
        var page = await manager.GetStringAsync($"/gestion/evenements/{past.Id}/avis", Cancel);
        Assert.Contains("Très concret, merci.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("P0 participant", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_visa_letter_names_the_person_passport_event_dates_venue_and_signatory_and_bad_details_change_nothing()
    {
        var e = await App.CreateEventAsync("Journées de l'expertise 2027", start: new DateOnly(2027, 8, 26));
        await using (var db = App.NewDb())
        {
            await db.Events.Where(x => x.Id == e.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SignatoryName, "Jérémie Pellet")
                .SetProperty(x => x.SignatoryTitle, "Directeur général"), Cancel);
        }
        var person = await App.CreatePersonAsync(Roles.Expert);
        await using (var db = App.NewDb())
        {
            db.Registrations.Add(new Registration { EventId = e.Id, PersonId = person.Id, Status = RegistrationStatus.Confirmed, RegisteredAt = DateTime.UtcNow });
            await db.SaveChangesAsync(Cancel);
        }
        var client = await App.SignInAsync(person);
        var form = await client.GetDocumentAsync($"/evenements/{e.Id}/lettre-invitation");

        using var bad = await client.SubmitAsync(form, "main form[method=post]", new Dictionary<string, string>
            { ["Input.Nationality"] = "XX", ["Input.PassportNumber"] = "12 34", ["Input.BirthDate"] = "2020-01-01" });
        var badPage = await Html.ParseAsync(bad);
        using var good = await client.SubmitAsync(form, "main form[method=post]", new Dictionary<string, string>
            { ["Input.Nationality"] = "SN", ["Input.PassportNumber"] = "a1234567", ["Input.BirthDate"] = "1980-05-17" });
        var letter = await client.GetDocumentAsync($"/evenements/{e.Id}/lettre-invitation");
        var text = letter.QuerySelector("article.letter")!.TextContent;

        Assert.Equal(3, badPage.QuerySelectorAll(".error-summary li").Length);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        foreach (var expected in new[] { "SÉNÉGAL", "A1234567", "17 mai 1980", "Journées de l'expertise 2027", "jeudi 26 août 2027", "INSP, Paris", "Jérémie Pellet", "Directeur général" })
        {
            Assert.Contains(expected, text, StringComparison.OrdinalIgnoreCase);
        }
        await using var check = App.NewDb();
        Assert.True(await check.Registrations.AnyAsync(r => r.PersonId == person.Id && r.VisaLetterRequested && r.PassportNumber == "A1234567", Cancel));
        // The organisers see who asked, in the registrations' export.
        var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        var csv = (await manager.GetStringAsync($"/gestion/evenements/{e.Id}/inscriptions?handler=csv", Cancel)).Split("\r\n");
        var column = Array.IndexOf(csv[0].Split(';'), "Lettre pour le visa demandée");
        Assert.Equal("oui", csv[1].Split(';')[column]);
    }

    [Fact]
    public async Task The_certificate_comes_after_the_event_to_those_checked_in_and_lists_the_sessions_they_were_seen_at()
    {
        var past = await App.CreateEventAsync("Journées passées", start: new DateOnly(2026, 11, 19));
        var seen = await App.AddSessionAsync(past, "Atelier suivi", new TimeOnly(10, 0), new TimeOnly(11, 0), 50);
        await App.AddSessionAsync(past, "Atelier manqué", new TimeOnly(14, 0), new TimeOnly(15, 0), 50);
        var coming = await App.CreateEventAsync("À venir");
        var (attended, absent) = (await App.RegisterPeopleAsync(past, 2)) is var p ? (p[0], p[1]) : default;
        var soon = (await App.RegisterPeopleAsync(coming, 1))[0];
        foreach (var (eventId, place, who) in new[] { (past.Id, past.Id, attended), (past.Id, seen.Id, attended), (coming.Id, coming.Id, soon) })
        {
            var result = await App.Services.InScopeAsync<CheckingIn, ScanResult>(d => d.CheckInAsync(eventId, place, who, Guid.Empty, Cancel));
            Assert.Equal(CheckingIn.CheckedIn, result.Outcome);
        }

        var (certificate, _) = await App.Services.InScopeAsync<Vivier.Web.Features.Events.Letters.ParticipantLetters, (Vivier.Web.Features.Events.Letters.AttendanceCertificate?, string?)>(
            d => d.CertificateAsync(past.Id, attended, Locale.French, Cancel));
        var (_, absentWhy) = await App.Services.InScopeAsync<Vivier.Web.Features.Events.Letters.ParticipantLetters, (Vivier.Web.Features.Events.Letters.AttendanceCertificate?, string?)>(
            d => d.CertificateAsync(past.Id, absent, Locale.French, Cancel));
        var (_, soonWhy) = await App.Services.InScopeAsync<Vivier.Web.Features.Events.Letters.ParticipantLetters, (Vivier.Web.Features.Events.Letters.AttendanceCertificate?, string?)>(
            d => d.CertificateAsync(coming.Id, soon, Locale.French, Cancel));

        Assert.NotNull(certificate);
        Assert.Equal(("P0 PARTICIPANT", "Journées passées", "INSP, Paris"), (certificate.Name, certificate.EventTitle, certificate.Venue));
        Assert.Equal(["Atelier suivi"], certificate.Sessions);
        Assert.Equal(("Letters.Certificate.NotCheckedIn", "Letters.Certificate.NotOver"), (absentWhy, soonWhy));
    }

    [Fact]
    public async Task Ten_answers_sent_at_once_by_one_person_over_two_instances_keep_one()
    {
        var past = await App.CreateEventAsync("Journées passées", start: new DateOnly(2026, 11, 19));
        var ended = await App.AddSessionAsync(past, "Atelier terminé", new TimeOnly(10, 0), new TimeOnly(11, 0), 50);
        var person = (await App.RegisterPeopleAsync(past, 1))[0];
        await using var other = await App.AnotherInstanceAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => (i % 2 == 0 ? App.Services : other.Services)
            .InScopeAsync<Surveys, Refusal?>(d => d.AnswerAsync(past.Id, ended.Id, person, 1 + i % 5, null, Cancel)))));

        Assert.Single(answers, a => a is null);
        Assert.All(answers.Where(a => a is not null), a => Assert.Equal("Feedback.Already", a!.MessageKey));
        await using var db = App.NewDb();
        Assert.Equal((1, 1), (await db.FeedbackAnswers.CountAsync(a => a.Subject == ended.Id, Cancel), await db.FeedbackReceipts.CountAsync(r => r.Subject == ended.Id, Cancel)));
    }
}
