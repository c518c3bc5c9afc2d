using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Events;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Features.Events;

namespace Vivier.Tests.Events;

/// <summary>The events API as organisers and participants use it: creation, registration windows and audiences, seats, calendars.</summary>
public sealed class EventsApiTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpClient> AsAsync(string role) => App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(role)));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel));

    [Fact]
    public async Task An_organiser_creates_an_event_and_its_sessions_others_are_refused_and_bad_input_is_named()
    {
        var manager = await AsAsync(Roles.ProgrammeManager);
        var expert = await AsAsync(Roles.Expert);
        var body = new { title = "Journées de l'expertise 2027", startDate = "2027-08-26", endDate = "2027-08-27", venue = "INSP, Paris", audience = "approval",
            questions = new[] { "Viendrez-vous au dîner du premier soir ?" } };

        var refused = await expert.PostAsJsonAsync("/api/v1/events", body, Cancel);
        var anonymous = await App.NewClient().PostAsJsonAsync("/api/v1/events", body, Cancel);
        var bad = await manager.PostAsJsonAsync("/api/v1/events", new { title = "", startDate = "2027-08-27", endDate = "2027-08-26", venue = "INSP", audience = "everyone" }, Cancel);
        var created = await manager.PostAsJsonAsync("/api/v1/events", body, Cancel);
        var e = await JsonAsync(created);
        var id = e.GetProperty("id").GetGuid();
        var sessionBody = new { title = "Atelier nouvelles énergies", type = "workshop", room = "Salle 2", start = "2027-08-26T14:00", end = "2027-08-26T15:30", capacity = 30 };
        var sessionRefused = await expert.PostAsJsonAsync($"/api/v1/events/{id}/sessions", sessionBody, Cancel);
        var sessionBad = await manager.PostAsJsonAsync($"/api/v1/events/{id}/sessions",
            new { title = "Hors dates", type = "banquet", room = "Salle 2", start = "2027-09-01T14:00", end = "2027-09-01T13:00", capacity = 0 }, Cancel);
        var session = await manager.PostAsJsonAsync($"/api/v1/events/{id}/sessions", sessionBody, Cancel);
        var sessionJson = await JsonAsync(session);
        var read = await JsonAsync(await App.NewClient().GetAsync($"/api/v1/sessions/{sessionJson.GetProperty("id").GetGuid()}", Cancel));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest, HttpStatusCode.Created),
            (refused.StatusCode, anonymous.StatusCode, bad.StatusCode, created.StatusCode));
        var errors = (await JsonAsync(bad)).GetProperty("errors");
        Assert.Equal(["audience", "endDate", "title"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("approval", e.GetProperty("audience").GetString());
        Assert.Equal("Viendrez-vous au dîner du premier soir ?", Assert.Single(e.GetProperty("questions").EnumerateArray()).GetString());
        // The window defaults to open from now until the first day begins in Paris (midnight, summer time).
        Assert.Equal(new DateTimeOffset(2027, 8, 26, 0, 0, 0, TimeSpan.FromHours(2)), e.GetProperty("registrationClosesAt").GetDateTimeOffset());
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.BadRequest, HttpStatusCode.Created), (sessionRefused.StatusCode, sessionBad.StatusCode, session.StatusCode));
        Assert.Equal(["capacity", "end", "type"],
            (await JsonAsync(sessionBad)).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal((30, 0, 0, "2027-08-26T14:00:00+02:00"), (read.GetProperty("capacity").GetInt32(), read.GetProperty("enrolled").GetInt32(),
            read.GetProperty("waitlisted").GetInt32(), read.GetProperty("start").GetString()));
    }

    [Fact]
    public async Task Registration_follows_the_window_and_the_audience_and_only_a_confirmed_registration_picks_sessions()
    {
        var open = await App.CreateEventAsync("Ouvert");
        var invitation = await App.CreateEventAsync("Sur invitation", EventAudience.Invitation);
        var approval = await App.CreateEventAsync("Sur validation", EventAudience.Approval);
        var approvalSession = await App.AddSessionAsync(approval, "Atelier", new TimeOnly(10, 0), new TimeOnly(11, 0), 10);
        var notYet = await App.CreateEventAsync("Pas encore ouvert");
        var closed = await App.CreateEventAsync("Clos");
        await using (var db = App.NewDb())
        {
            await db.Events.Where(x => x.Id == notYet.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.RegistrationOpensAt, DateTime.UtcNow.AddYears(1)), Cancel);
            await db.Events.Where(x => x.Id == closed.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.RegistrationClosesAt, new DateTime(2026, 11, 27, 7, 59, 59, DateTimeKind.Utc)), Cancel);
        }
        var person = await App.CreatePersonAsync(Roles.Expert);
        var client = App.NewClient().WithBearer(await App.ApiLoginAsync(person));
        var manager = await App.CreatePersonAsync(Roles.ProgrammeManager);
        var expert = new { participantType = "expert", dietaryNeeds = "Végétarien", imageRightsConsent = true };

        var openAnswer = await client.PostAsJsonAsync($"/api/v1/events/{open.Id}/registrations", expert, Cancel);
        var asStaff = await client.PostAsJsonAsync($"/api/v1/events/{open.Id}/registrations", new { participantType = "staff" }, Cancel);
        var notInvited = await client.PostAsJsonAsync($"/api/v1/events/{invitation.Id}/registrations", expert, Cancel);
        var tooEarly = await client.PostAsJsonAsync($"/api/v1/events/{notYet.Id}/registrations", expert, Cancel);
        var tooLate = await client.PostAsJsonAsync($"/api/v1/events/{closed.Id}/registrations", expert, Cancel);
        var pending = await client.PostAsJsonAsync($"/api/v1/events/{approval.Id}/registrations", expert, Cancel);
        var enrolWhilePending = await client.PostAsync($"/api/v1/sessions/{approvalSession.Id}/enrollments", null, Cancel);

        Assert.Equal("confirmed", (await JsonAsync(openAnswer)).GetProperty("status").GetString());
        Assert.Contains("réservé aux comptes", await asStaff.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Contains("sur invitation", await notInvited.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Contains("pas encore ouvertes", await tooEarly.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Contains("sont closes", await tooLate.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var pendingJson = await JsonAsync(pending);
        Assert.Equal("pending", pendingJson.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, enrolWhilePending.StatusCode);

        // The organiser approves; the person is told and may now pick the session.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var desk = scope.ServiceProvider.GetRequiredService<Registering>();
            var id = pendingJson.GetProperty("id").GetGuid();
            Assert.Null(await desk.DecideAsync(id, approve: true, manager.Id, Cancel));
            Assert.Equal("Events.Decide.NotPending", (await desk.DecideAsync(id, approve: false, manager.Id, Cancel))?.MessageKey);
        }
        var enrolled = await client.PostAsync($"/api/v1/sessions/{approvalSession.Id}/enrollments", null, Cancel);
        Assert.Equal("enrolled", (await JsonAsync(enrolled)).GetProperty("status").GetString());
        var subjects = (await App.MailsToAsync(person.Email)).Select(m => m.Subject).ToList();
        Assert.Equal(["Votre inscription est confirmée", "Votre inscription attend la validation des organisateurs", "Votre inscription est confirmée"], subjects);

        // An invitation opens the invitation-only event.
        await using (var db = App.NewDb())
        {
            db.Invitations.Add(new Invitation { EventId = invitation.Id, PersonId = person.Id, InvitedAt = DateTime.UtcNow });
            await db.SaveChangesAsync(Cancel);
        }
        var invited = await client.PostAsJsonAsync($"/api/v1/events/{invitation.Id}/registrations", expert, Cancel);
        Assert.Equal("confirmed", (await JsonAsync(invited)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Enrolling_answers_the_waitlist_position_and_cancelling_a_registration_frees_the_seat_for_the_next_person()
    {
        var e = await App.CreateEventAsync("Positions");
        var session = await App.AddSessionAsync(e, "Atelier santé", new TimeOnly(11, 0), new TimeOnly(12, 0), 1);
        var clients = new List<(TestPerson Person, HttpClient Client)>();
        for (var i = 0; i < 3; i++)
        {
            var person = await App.CreatePersonAsync(Roles.Expert);
            var client = App.NewClient().WithBearer(await App.ApiLoginAsync(person));
            (await client.PostAsJsonAsync($"/api/v1/events/{e.Id}/registrations", new { participantType = "expert" }, Cancel)).EnsureSuccessStatusCode();
            clients.Add((person, client));
        }

        var answers = new List<JsonElement>();
        foreach (var (_, client) in clients)
        {
            answers.Add(await JsonAsync(await client.PostAsync($"/api/v1/sessions/{session.Id}/enrollments", null, Cancel)));
        }
        var cancelled = await clients[0].Client.DeleteAsync($"/api/v1/events/{e.Id}/registrations/me", Cancel);
        var left = await clients[2].Client.DeleteAsync($"/api/v1/sessions/{session.Id}/enrollments/me", Cancel);
        var leftAgain = await clients[2].Client.DeleteAsync($"/api/v1/sessions/{session.Id}/enrollments/me", Cancel);
        var counts = await JsonAsync(await App.NewClient().GetAsync($"/api/v1/sessions/{session.Id}", Cancel));

        Assert.Equal([("enrolled", null), ("waitlisted", 1), ("waitlisted", 2)],
            answers.Select(a => (a.GetProperty("status").GetString(), a.GetProperty("waitlistPosition").ValueKind == JsonValueKind.Null ? (int?)null : a.GetProperty("waitlistPosition").GetInt32())));
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NotFound), (cancelled.StatusCode, left.StatusCode, leftAgain.StatusCode));
        Assert.Equal((1, 1, 0), (counts.GetProperty("capacity").GetInt32(), counts.GetProperty("enrolled").GetInt32(), counts.GetProperty("waitlisted").GetInt32()));
        Assert.Contains(await App.MailsToAsync(clients[1].Person.Email), m => m.Subject.Contains("place", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_programme_and_the_private_agenda_parse_back_as_calendars_holding_what_the_agenda_shows_and_a_revoked_address_stops()
    {
        var e = await App.CreateEventAsync("Calendrier");
        var opening = await App.AddSessionAsync(e, "Plénière d'ouverture", new TimeOnly(9, 30), new TimeOnly(10, 30), 300);
        var workshop = await App.AddSessionAsync(e, "Atelier océans", new TimeOnly(14, 0), new TimeOnly(15, 30), 20);
        await App.AddSessionAsync(e, "Cérémonie de clôture", new TimeOnly(17, 0), new TimeOnly(18, 0), 300, day: 1);
        var person = await App.CreatePersonAsync(Roles.Expert);
        var client = App.NewClient().WithBearer(await App.ApiLoginAsync(person));
        (await client.PostAsJsonAsync($"/api/v1/events/{e.Id}/registrations", new { participantType = "expert" }, Cancel)).EnsureSuccessStatusCode();
        await client.PostAsync($"/api/v1/sessions/{opening.Id}/enrollments", null, Cancel);
        await client.PostAsync($"/api/v1/sessions/{workshop.Id}/enrollments", null, Cancel);

        var programme = Calendar.Load(await App.NewClient().GetStringAsync($"/api/v1/events/{e.Id}/calendar.ics", Cancel))!;
        var url = (await JsonAsync(await client.PostAsync("/api/v1/me/agenda-feed", null, Cancel))).GetProperty("url").GetString()!;
        var feedPath = new Uri(url).PathAndQuery;
        var anonymous = App.NewClient();
        var agenda = Calendar.Load(await anonymous.GetStringAsync(feedPath, Cancel))!;
        await client.DeleteAsync($"/api/v1/sessions/{workshop.Id}/enrollments/me", Cancel);
        var updated = Calendar.Load(await anonymous.GetStringAsync(feedPath, Cancel))!;
        var renewed = new Uri((await JsonAsync(await client.PostAsync("/api/v1/me/agenda-feed", null, Cancel))).GetProperty("url").GetString()!).PathAndQuery;
        var oldAddress = await anonymous.GetAsync(feedPath, Cancel);
        var revoked = await client.DeleteAsync("/api/v1/me/agenda-feed", Cancel);
        var afterRevoke = await anonymous.GetAsync(renewed, Cancel);

        Assert.Equal(3, programme.Events.Count);
        Assert.Equal("Mon agenda Vivier", agenda.Properties.Get<string>("X-WR-CALNAME"));
        var first = programme.Events.OrderBy(v => v.DtStart!.Value).First();
        Assert.Equal(("Plénière d'ouverture", EventCalendar.Uid(opening.Id), "Amphithéâtre, INSP, Paris", "Europe/Paris"),
            (first.Summary, first.Uid, first.Location, first.DtStart!.TzId));
        Assert.Equal((new DateTime(2026, 12, 28, 9, 30, 0), new DateTime(2026, 12, 28, 10, 30, 0)), (first.DtStart.Value, first.DtEnd!.Value));
        Assert.Equal([EventCalendar.Uid(opening.Id), EventCalendar.Uid(workshop.Id)], agenda.Events.OrderBy(v => v.DtStart!.Value).Select(v => v.Uid));
        Assert.Equal([EventCalendar.Uid(opening.Id)], updated.Events.Select(v => v.Uid));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NoContent, HttpStatusCode.NotFound), (oldAddress.StatusCode, revoked.StatusCode, afterRevoke.StatusCode));
    }
}
