using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Events;
using Vivier.Core.Events.Networking;
using Vivier.Testing;
using Vivier.Web.Features.Events;
using Vivier.Web.Features.Events.Networking;

namespace Vivier.Tests.Events;

/// <summary>One-to-one meetings through the desks and the database: requests, answers, placement checked from the stored plan, and replanning.</summary>
public sealed class NetworkingTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static readonly TimeSpan Slot = TimeSpan.FromMinutes(20);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<T> Desk<T>(Func<MeetingRequests, Task<T>> work) => App.Services.InScopeAsync(work);

    /// <summary>A meeting request, answer or cancellation: null when done, else the refusal's message key.</summary>
    private async Task<string?> Refused(Func<MeetingRequests, Task<Refusal?>> work) => (await App.Services.InScopeAsync(work))?.MessageKey;

    private async Task ListAsync(Event e, IEnumerable<Guid> people)
    {
        await using var db = App.NewDb();
        await db.Registrations.Where(r => r.EventId == e.Id && people.Contains(r.PersonId)).ExecuteUpdateAsync(s => s.SetProperty(r => r.InDirectory, true)
            .SetProperty(r => r.Organisation, "Ministère").SetProperty(r => r.CountryCode, "SN").SetProperty(r => r.SectorCode, (string?)null), Cancel);
    }

    private async Task SetUpAsync(Event e, int tables, params (int From, int To)[] windows)
    {
        var problems = await App.Services.InScopeAsync<MeetingPlanning, IReadOnlyCollection<Refusal>>(p => p.SaveSettingsAsync(e.Id,
            new NetworkingSettingsInput(20, tables, windows.Select(w => new WindowInput($"{e.StartDate:yyyy-MM-dd}T{w.From:00}:00", $"{e.StartDate:yyyy-MM-dd}T{w.To:00}:00")).ToList()), Cancel));
        Assert.Empty(problems);
    }

    private async Task<Guid> AcceptedAsync(Event e, Guid from, Guid to)
    {
        Assert.Null(await Refused(d => d.RequestAsync(e.Id, from, to, "Parlons de gouvernance locale.", Cancel)));
        await using var db = App.NewDb();
        var id = await db.Meetings.Where(m => m.EventId == e.Id && m.FromId == from && m.ToId == to && m.Status == MeetingStatus.Requested).Select(m => m.Id).SingleAsync(Cancel);
        Assert.Null(await Refused(d => d.AnswerAsync(id, to, true, Cancel)));
        return id;
    }

    /// <summary>The stored plan, checked by the same independent reading as the scheduler's own tests, from what the database holds.</summary>
    private async Task<List<Meeting>> AssertStoredPlanKeepsTheRulesAsync(Event e)
    {
        await using var db = App.NewDb();
        var settings = await db.Events.Where(x => x.Id == e.Id).Select(x => new { x.MeetingMinutes, x.MeetingTables }).SingleAsync(Cancel);
        var windows = await db.NetworkingWindows.Where(w => w.EventId == e.Id).Select(w => new MeetingWindow(w.Start, w.End)).ToListAsync(Cancel);
        var accepted = await db.Meetings.Where(m => m.EventId == e.Id && m.Status == MeetingStatus.Accepted).ToListAsync(Cancel);
        var busy = await db.Enrolments.Where(x => x.EventId == e.Id && x.Status == EnrolmentStatus.Enrolled)
            .Join(db.Sessions, x => x.SessionId, s => s.Id, (x, s) => new BusySpan(x.PersonId, s.Start, s.End)).ToListAsync(Cancel);
        var instance = new MeetingInstance(windows, TimeSpan.FromMinutes(settings.MeetingMinutes), settings.MeetingTables,
            accepted.Select(m => new MeetingRequest(m.Id, m.FromId, m.ToId)).ToList(), busy);
        var placed = accepted.Where(m => m.Start is not null).Select(m => new MeetingPlacement(m.Id, m.Start!.Value, m.End!.Value, m.Table!.Value)).ToList();
        MeetingRules.AssertKept(instance, new MeetingSchedule(placed, accepted.Where(m => m.Start is null).Select(m => m.Id).ToList()));
        return accepted;
    }

    [Fact]
    public async Task The_directory_finds_a_name_whatever_the_accents_and_case_typed()
    {
        var e = await App.CreateEventAsync("Annuaire");
        var people = await App.RegisterPeopleAsync(e, 3, "annuaire");
        await using (var db = App.NewDb())
        {
            var (emilie, emile) = (await db.Users.SingleAsync(p => p.Id == people[0], Cancel), await db.Users.SingleAsync(p => p.Id == people[1], Cancel));
            (emilie.GivenName, emilie.FamilyName, emile.GivenName, emile.FamilyName) = ("Émilie", "Lefèvre", "Emile", "Lefort");
            await db.SaveChangesAsync(Cancel);
        }
        await ListAsync(e, people);

        Task<IReadOnlyList<DirectoryEntry>> Find(string name) =>
            App.Services.InScopeAsync<NetworkingReads, IReadOnlyList<DirectoryEntry>>(r => r.DirectoryAsync(e.Id, people[2], null, null, name, Cancel));

        Assert.Equal(people[0], Assert.Single(await Find("emilie LEFEVRE")).PersonId);
        Assert.Equal(people[0], Assert.Single(await Find("Lefèvre")).PersonId);
        Assert.Equal(2, (await Find("LEF")).Count);
        Assert.Equal(2, (await Find("ministère")).Count);
    }

    [Fact]
    public async Task Requests_are_refused_to_people_not_listed_twice_between_two_people_without_a_message_and_past_fifteen()
    {
        var e = await App.CreateEventAsync("Journées");
        var people = await App.RegisterPeopleAsync(e, 19);
        var (ana, ben, unlisted) = (people[0], people[1], people[2]);
        await ListAsync(e, people.Where(p => p != unlisted));
        var outsider = (await App.RegisterPeopleAsync(await App.CreateEventAsync("Autre"), 1))[0];

        var refusals = new[]
        {
            await Refused(d => d.RequestAsync(e.Id, ana, unlisted, "Bonjour", Cancel)),
            await Refused(d => d.RequestAsync(e.Id, ana, ben, "  ", Cancel)),
            await Refused(d => d.RequestAsync(e.Id, ana, ana, "Bonjour", Cancel)),
            await Refused(d => d.RequestAsync(e.Id, outsider, ben, "Bonjour", Cancel)),
            await Refused(d => d.RequestAsync(e.Id, ana, ben, new string('a', Meeting.MaxMessage + 1), Cancel)),
        };
        Assert.Null(await Refused(d => d.RequestAsync(e.Id, ana, ben, "Bonjour", Cancel)));
        var twice = await Refused(d => d.RequestAsync(e.Id, ben, ana, "Bonjour à vous", Cancel));
        foreach (var other in people.Skip(3).Take(14))
        {
            Assert.Null(await Refused(d => d.RequestAsync(e.Id, ana, other, "Bonjour", Cancel)));
        }
        var sixteenth = await Refused(d => d.RequestAsync(e.Id, ana, people[17], "Bonjour", Cancel));

        Assert.Equal(["Networking.Request.NotListed", "Networking.Message.Required", "Networking.Request.Yourself", "Networking.NotRegistered", "Networking.Message.TooLong"],
            refusals.Select(r => r ?? ""));
        Assert.Equal(("Networking.Request.Already", "Networking.Request.TooMany"), (twice, sixteenth));
        var mails = await App.MailsToAsync((await App.NewDb().Users.SingleAsync(p => p.Id == ben, Cancel)).Email!);
        Assert.Contains(mails, m => m.TextBody.Contains("Bonjour", StringComparison.Ordinal) && m.TextBody.Contains("P0 participant", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Accepted_meetings_are_placed_clear_of_sessions_and_each_other_and_reach_both_agendas_and_feeds()
    {
        var e = await App.CreateEventAsync("Journées");
        var people = await App.RegisterPeopleAsync(e, 12);
        await ListAsync(e, people);
        // A lunch window 12:00–14:00 (six slots), two tables; a workshop 12:00–13:00 that half the people hold a seat in.
        var workshop = await App.AddSessionAsync(e, "Atelier du midi", new TimeOnly(12, 0), new TimeOnly(13, 0), 100);
        foreach (var person in people.Take(6))
        {
            Assert.True((await App.Services.InScopeAsync<Enrolling, EnrolmentOutcome>(d => d.EnrolAsync(workshop.Id, person, Cancel))).Status == EnrolmentStatus.Enrolled);
        }
        await SetUpAsync(e, 2, (12, 14));
        var requests = new List<Guid>();
        for (var i = 0; i < people.Count; i++)
        {
            requests.Add(await AcceptedAsync(e, people[i], people[(i + 1) % people.Count]));
            requests.Add(await AcceptedAsync(e, people[i], people[(i + 5) % people.Count]));
        }
        var declined = await Refused(d => d.RequestAsync(e.Id, people[0], people[3], "Et nous ?", Cancel));

        var accepted = await AssertStoredPlanKeepsTheRulesAsync(e);
        Assert.Null(declined);
        Assert.Equal(24, accepted.Count);
        Assert.True(accepted.Count(m => m.Start is not null) >= 10, $"{accepted.Count(m => m.Start is not null)} placed");
        var placed = accepted.First(m => m.Start is not null);
        var agenda = await App.Services.InScopeAsync<EventReads, List<CalendarEntry>>(r => r.AgendaEntriesAsync(placed.FromId, Locale.French, Cancel));
        var entry = Assert.Single(agenda, x => x.IsMeeting && x.SessionId == placed.Id);
        Assert.Equal((placed.Start, $"Table {placed.Table}"), (entry.Start, entry.Room));
        var feed = EventCalendar.Write("Agenda", agenda, DateTime.UtcNow);
        Assert.Contains($"UID:meeting-{placed.Id:D}@vivier", feed, StringComparison.Ordinal);
        // The meeting is named after the other person, in the agenda's language.
        await using var db = App.NewDb();
        var other = await db.Users.Where(p => p.Id == placed.ToId).Select(p => p.GivenName + " " + p.FamilyName).SingleAsync(Cancel);
        var inEnglish = await App.Services.InScopeAsync<EventReads, List<CalendarEntry>>(r => r.AgendaEntriesAsync(placed.FromId, Locale.English, Cancel));
        Assert.Equal(($"Rendez-vous avec {other}", $"Meeting with {other}"),
            (entry.Title, Assert.Single(inEnglish, x => x.IsMeeting && x.SessionId == placed.Id).Title));
    }

    [Fact]
    public async Task A_seat_taken_at_a_meetings_time_or_a_session_moved_onto_it_moves_that_meeting_only_and_tells_both()
    {
        var e = await App.CreateEventAsync("Journées");
        var people = await App.RegisterPeopleAsync(e, 6);
        await ListAsync(e, people);
        await SetUpAsync(e, 1, (12, 14));
        var first = await AcceptedAsync(e, people[0], people[1]);
        var second = await AcceptedAsync(e, people[2], people[3]);
        var third = await AcceptedAsync(e, people[4], people[5]);
        Meeting Read(Guid id) => App.NewDb().Meetings.AsNoTracking().Single(m => m.Id == id);
        var before = new[] { Read(first), Read(second), Read(third) };
        Assert.All(before, m => Assert.NotNull(m.Start));

        // Person 0 takes a seat in a session at the first meeting's time: it moves, the others stay.
        var start = EventNames.Paris(before[0].Start!.Value);
        var clash = await App.AddSessionAsync(e, "Conférence", TimeOnly.FromDateTime(start.DateTime), TimeOnly.FromDateTime(start.DateTime).AddMinutes(20), 50);
        Assert.True((await App.Services.InScopeAsync<Enrolling, EnrolmentOutcome>(d => d.EnrolAsync(clash.Id, people[0], Cancel))).Status == EnrolmentStatus.Enrolled);
        var afterSeat = new[] { Read(first), Read(second), Read(third) };
        // The organiser moves a session person 2 holds a seat in onto the second meeting's time.
        var talk = await App.AddSessionAsync(e, "Table ronde", new TimeOnly(9, 0), new TimeOnly(10, 0), 50);
        Assert.True((await App.Services.InScopeAsync<Enrolling, EnrolmentOutcome>(d => d.EnrolAsync(talk.Id, people[2], Cancel))).Status == EnrolmentStatus.Enrolled);
        await using (var db = App.NewDb())
        {
            await db.Sessions.Where(s => s.Id == talk.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Start, afterSeat[1].Start!.Value).SetProperty(x => x.End, afterSeat[1].End!.Value), Cancel);
        }
        await App.Services.InScopeAsync<Enrolling, int>(d => d.OfferFreeSeatsAsync(talk.Id, Cancel));
        var afterMove = new[] { Read(first), Read(second), Read(third) };

        Assert.NotEqual(before[0].Start, afterSeat[0].Start);
        Assert.Equal((before[1].Start, before[1].Table, before[2].Start, before[2].Table), (afterSeat[1].Start, afterSeat[1].Table, afterSeat[2].Start, afterSeat[2].Table));
        Assert.NotEqual(afterSeat[1].Start, afterMove[1].Start);
        Assert.Equal((afterSeat[0].Start, afterSeat[2].Start), (afterMove[0].Start, afterMove[2].Start));
        await AssertStoredPlanKeepsTheRulesAsync(e);
        foreach (var person in new[] { people[0], people[1], people[2], people[3] })
        {
            var mails = await App.MailsToAsync((await App.NewDb().Users.SingleAsync(p => p.Id == person, Cancel)).Email!);
            Assert.Contains(mails, m => m.Subject == "Votre rendez-vous change de créneau");
        }
        Assert.DoesNotContain(await App.MailsToAsync((await App.NewDb().Users.SingleAsync(p => p.Id == people[4], Cancel)).Email!),
            m => m.Subject == "Votre rendez-vous change de créneau");
    }

    [Fact]
    public async Task The_networking_page_shows_the_directory_and_sends_a_request_and_a_bad_one_changes_nothing()
    {
        var e = await App.CreateEventAsync("Journées");
        var listed = await App.RegisterPeopleAsync(e, 2, "Listé");
        await ListAsync(e, listed);
        var person = await App.CreatePersonAsync(Vivier.Core.Identity.Roles.Expert);
        await using (var db = App.NewDb())
        {
            db.Registrations.Add(new Registration { EventId = e.Id, PersonId = person.Id, Status = RegistrationStatus.Confirmed, RegisteredAt = DateTime.UtcNow });
            await db.SaveChangesAsync(Cancel);
        }
        var client = await App.SignInAsync(person);

        var page = await client.GetDocumentAsync($"/evenements/{e.Id}/reseau");
        using var empty = await client.SubmitAsync(page, $"form[action*='to={listed[0]}']", new Dictionary<string, string> { ["message"] = " " });
        var emptyPage = await Html.ParseAsync(empty);
        using var sent = await client.SubmitAsync(page, $"form[action*='to={listed[0]}']", new Dictionary<string, string> { ["message"] = "Bonjour !" });
        var after = await client.GetDocumentAsync($"/evenements/{e.Id}/reseau?done=requested");

        Assert.Equal(2, page.QuerySelectorAll("main details").Length);
        Assert.Contains("Écrivez un message", emptyPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("en attente de réponse", after.QuerySelector("#mine-title")!.ParentElement!.TextContent, StringComparison.Ordinal);
        await using var check = App.NewDb();
        var meeting = await check.Meetings.SingleAsync(m => m.EventId == e.Id, Cancel);

        // Accepted and placed: it is in the asker's agenda page, with its table and the other person.
        await SetUpAsync(e, 3, (12, 14));
        Assert.Null(await Refused(d => d.AnswerAsync(meeting.Id, listed[0], true, Cancel)));
        var agenda = await client.GetDocumentAsync("/mon-agenda");
        var text = agenda.QuerySelector("main")!.TextContent;
        Assert.Contains("table 1", text, StringComparison.Ordinal);
        Assert.Contains("P0 Listé", text, StringComparison.Ordinal);
        Assert.Contains(await App.MailsToAsync(person.Email), m => m.Subject == "Votre rendez-vous est accepté" && m.TextBody.Contains("table 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelling_a_registration_cancels_the_persons_meetings_and_frees_their_slots()
    {
        var e = await App.CreateEventAsync("Journées");
        var people = await App.RegisterPeopleAsync(e, 4);
        await ListAsync(e, people);
        await SetUpAsync(e, 1, (12, 13));
        var gone = await AcceptedAsync(e, people[0], people[1]);
        var stays = await AcceptedAsync(e, people[2], people[3]);

        Assert.True(await App.Services.InScopeAsync<Registering, bool>(d => d.CancelAsync(e.Id, people[0], Cancel)));

        await using var db = App.NewDb();
        var cancelled = await db.Meetings.SingleAsync(m => m.Id == gone, Cancel);
        Assert.Equal((MeetingStatus.Cancelled, (DateTime?)null, (int?)null), (cancelled.Status, cancelled.Start, cancelled.Table));
        Assert.NotNull((await db.Meetings.SingleAsync(m => m.Id == stays, Cancel)).Start);
        await AssertStoredPlanKeepsTheRulesAsync(e);
    }

    [Fact]
    public async Task Requests_asked_at_once_over_two_instances_keep_one_open_request_per_pair_and_fifteen_per_person()
    {
        var e = await App.CreateEventAsync("Journées");
        var people = await App.RegisterPeopleAsync(e, 30);
        await ListAsync(e, people);
        await using var other = await App.AnotherInstanceAsync();
        async Task<string?> Ask(IServiceProvider services, Guid from, Guid to) =>
            (await services.InScopeAsync<MeetingRequests, Refusal?>(d => d.RequestAsync(e.Id, from, to, "Bonjour", Cancel)))?.MessageKey;

        // Five pairs asking each other at the same moment, from both instances; person 29 asking 20 people at once.
        var crossed = await Task.WhenAll(Enumerable.Range(0, 5).SelectMany(i => new[]
        {
            Task.Run(() => Ask(App.Services, people[2 * i], people[2 * i + 1])), Task.Run(() => Ask(other.Services, people[2 * i + 1], people[2 * i])),
        }));
        var burst = await Task.WhenAll(people.Skip(10).Take(19).Append(people[0]).Select((to, i) => Task.Run(() => Ask(i % 2 == 0 ? App.Services : other.Services, people[29], to))));

        await using var db = App.NewDb();
        var open = await db.Meetings.Where(m => m.EventId == e.Id && m.Status == MeetingStatus.Requested).ToListAsync(Cancel);
        Assert.Equal(5, crossed.Count(r => r is null));
        Assert.All(crossed.Where(r => r is not null), r => Assert.Equal("Networking.Request.Already", r));
        Assert.All(Enumerable.Range(0, 5), i => Assert.Single(open, m => new[] { m.FromId, m.ToId }.Order().SequenceEqual(new[] { people[2 * i], people[2 * i + 1] }.Order())));
        Assert.Equal(Meeting.MaxSentPerEvent, burst.Count(r => r is null));
        Assert.All(burst.Where(r => r is not null), r => Assert.Equal("Networking.Request.TooMany", r));
        Assert.Equal(Meeting.MaxSentPerEvent, open.Count(m => m.FromId == people[29]));
    }

    [Fact]
    public async Task Only_the_person_asked_answers_once_and_only_the_two_people_cancel()
    {
        var e = await App.CreateEventAsync("Journées");
        var people = await App.RegisterPeopleAsync(e, 3);
        await ListAsync(e, people);
        var (ana, ben, chloe) = (people[0], people[1], people[2]);
        Assert.Null(await Refused(d => d.RequestAsync(e.Id, ana, ben, "Bonjour", Cancel)));
        Guid id;
        await using (var db = App.NewDb())
        {
            id = await db.Meetings.Where(m => m.EventId == e.Id).Select(m => m.Id).SingleAsync(Cancel);
        }

        var byAsker = await Refused(d => d.AnswerAsync(id, ana, true, Cancel));
        var byStranger = await Refused(d => d.AnswerAsync(id, chloe, true, Cancel));
        var declined = await Refused(d => d.AnswerAsync(id, ben, false, Cancel));
        var twice = await Refused(d => d.AnswerAsync(id, ben, true, Cancel));
        var cancelByStranger = await Refused(d => d.CancelAsync(id, chloe, Cancel));
        var cancelDeclined = await Refused(d => d.CancelAsync(id, ana, Cancel));

        Assert.Equal(("Networking.Meeting.NotFound", "Networking.Meeting.NotFound", null, "Networking.Meeting.Answered"), (byAsker, byStranger, declined, twice));
        Assert.Equal(("Networking.Meeting.NotFound", "Networking.Meeting.Closed"), (cancelByStranger, cancelDeclined));
        await using var check = App.NewDb();
        Assert.Equal(MeetingStatus.Declined, (await check.Meetings.SingleAsync(m => m.Id == id, Cancel)).Status);
    }

    [Fact]
    public async Task A_directory_entry_needs_a_known_country_and_sector_and_an_organisation_and_a_bad_one_changes_nothing()
    {
        var e = await App.CreateEventAsync("Journées");
        var person = (await App.RegisterPeopleAsync(e, 1))[0];
        async Task<Dictionary<string, string>> Save(NetworkingProfileInput input) =>
            ByField(await Desk(d => d.SaveProfileAsync(e.Id, person, input, Cancel)));

        var missing = await Save(new NetworkingProfileInput(true, " ", null, null));
        var unknown = await Save(new NetworkingProfileInput(true, "Ministère", "XX", "not-a-theme"));
        var tooLong = await Save(new NetworkingProfileInput(false, new string('a', Registration.MaxOrganisation + 1), null, null));
        var outsider = ByField(await Desk(d => d.SaveProfileAsync(e.Id, Guid.NewGuid(), new NetworkingProfileInput(false, null, null, null), Cancel)));
        string theme;
        await using (var db = App.NewDb())
        {
            theme = await db.Themes.OrderBy(t => t.Code).Select(t => t.Code).FirstAsync(Cancel);
        }
        var saved = await Save(new NetworkingProfileInput(true, " Ministère de la Santé ", "sn", theme));

        Assert.Equal(["CountryCode", "Organisation", "SectorCode"], missing.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("Networking.Country.Unknown", "Networking.Sector.Unknown"), (unknown["CountryCode"], unknown["SectorCode"]));
        Assert.Equal("Networking.Organisation.TooLong", tooLong["Organisation"]);
        Assert.Equal("Networking.NotRegistered", outsider[""]);
        Assert.Empty(saved);
        await using var check = App.NewDb();
        var registration = await check.Registrations.SingleAsync(r => r.EventId == e.Id && r.PersonId == person, Cancel);
        Assert.Equal((true, "Ministère de la Santé", "SN", theme), (registration.InDirectory, registration.Organisation, registration.CountryCode, registration.SectorCode));
    }

    [Fact]
    public async Task The_organisers_settings_refuse_bad_lengths_tables_and_windows_through_the_api_and_change_nothing()
    {
        var e = await App.CreateEventAsync("Journées");
        await SetUpAsync(e, 4, (12, 14));
        var manager = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Vivier.Core.Identity.Roles.ProgrammeManager)));
        var day = e.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var outside = e.StartDate.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var bad = await manager.PutAsJsonAsync($"/api/v1/events/{e.Id}/networking", new
        {
            minutes = 2, tables = -1,
            windows = new[]
            {
                new { start = $"{day}T10:00", end = $"{day}T11:00" }, new { start = $"{day}T10:30", end = $"{day}T11:30" },
                new { start = $"{day}T15:00", end = $"{day}T14:00" }, new { start = $"{outside}T10:00", end = $"{outside}T11:00" },
                new { start = "demain", end = $"{day}T11:00" },
            },
        }, Cancel);
        using var unknown = await manager.PutAsJsonAsync($"/api/v1/events/{Guid.NewGuid()}/networking", new { minutes = 20, tables = 1 }, Cancel);

        Assert.Equal((System.Net.HttpStatusCode.BadRequest, System.Net.HttpStatusCode.NotFound), (bad.StatusCode, unknown.StatusCode));
        var errors = (await bad.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel)).GetProperty("errors");
        Assert.Equal(["minutes", "tables", "windows[1]", "windows[2]", "windows[3]", "windows[4]"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        await using var db = App.NewDb();
        var stored = await db.Events.SingleAsync(x => x.Id == e.Id, Cancel);
        Assert.Equal((20, 4), (stored.MeetingMinutes, stored.MeetingTables));
        Assert.Single(await db.NetworkingWindows.Where(w => w.EventId == e.Id).ToListAsync(Cancel));
    }

    /// <summary>Refusals as field → message key ("" for the whole request).</summary>
    private static Dictionary<string, string> ByField(IEnumerable<Refusal> refusals) => refusals.ToDictionary(r => r.Field ?? "", r => r.MessageKey);
}
