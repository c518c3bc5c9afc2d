using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core;
using Vivier.Core.Events;
using Vivier.Testing;
using Vivier.Web.Features.Events;

namespace Vivier.Tests.Events;

/// <summary>A session never holds more people than its capacity; its waitlist keeps the commit order and is promoted past clashes.</summary>
public sealed class SeatTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<EnrolmentOutcome> EnrolAsync(IServiceProvider services, Guid session, Guid person) =>
        services.InScopeAsync<Enrolling, EnrolmentOutcome>(desk => desk.EnrolAsync(session, person, Cancel));

    private Task<EnrolmentOutcome> EnrolAsync(Guid session, Guid person) => EnrolAsync(App.Services, session, person);

    /// <summary>Everyone at once, in as many concurrent requests as <paramref name="parallel"/>, spread over the given app instances.</summary>
    private static async Task<EnrolmentOutcome[]> RushAsync(IReadOnlyList<IServiceProvider> instances, Guid session, IReadOnlyList<Guid> people, int parallel,
        Func<IServiceProvider, Guid, Task<EnrolmentOutcome>> enrol)
    {
        var outcomes = new EnrolmentOutcome[people.Count];
        using var start = new ManualResetEventSlim();
        await Parallel.ForEachAsync(Enumerable.Range(0, people.Count), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = Cancel },
            async (i, _) => outcomes[i] = await enrol(instances[i % instances.Count], people[i]));
        return outcomes;
    }

    [Fact]
    public async Task Two_hundred_people_rushing_for_thirty_seats_on_two_instances_leave_exactly_thirty_seated_and_the_rest_waitlisted_in_commit_order()
    {
        var e = await App.CreateEventAsync("Ruée sur un atelier");
        var session = await App.AddSessionAsync(e, "Atelier très demandé", new TimeOnly(14, 0), new TimeOnly(16, 0), 30);
        var people = await App.RegisterPeopleAsync(e, 200, "rush");
        await using var other = await App.AnotherInstanceAsync();

        var outcomes = await RushAsync([App.Services, other.Services], session.Id, people, 40, (services, person) => EnrolAsync(services, session.Id, person));

        Assert.All(outcomes, o => Assert.Null(o.Refusal));
        Assert.Equal(30, outcomes.Count(o => o.Status == EnrolmentStatus.Enrolled));
        await using var db = App.NewDb();
        var stored = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == session.Id, Cancel);
        var rows = await db.Enrolments.Where(x => x.SessionId == session.Id).OrderBy(x => x.Ticket).ToListAsync(Cancel);
        Assert.Equal((30, 200L), (stored.Enrolled, stored.NextTicket));
        Assert.Equal(30, rows.Count(r => r.Status == EnrolmentStatus.Enrolled));
        // Tickets 1…200 with no gap or repeat: each enrolment numbered under the session's lock, in commit order;
        // the first thirty tickets are the seats, the waitlist follows in ticket order.
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), rows.Select(r => r.Ticket));
        Assert.All(rows.Take(30), r => Assert.Equal(EnrolmentStatus.Enrolled, r.Status));
        Assert.All(rows.Skip(30), r => Assert.Equal(EnrolmentStatus.Waitlisted, r.Status));
        var positions = outcomes.Where(o => o.Status == EnrolmentStatus.Waitlisted).Select(o => o.Position!.Value).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 170), positions);
        // Each answer's position is that person's place in the stored order.
        var byPerson = rows.Skip(30).Select((r, i) => (r.PersonId, Position: i + 1)).ToDictionary(x => x.PersonId, x => x.Position);
        Assert.All(people.Zip(outcomes).Where(p => p.Second.Status == EnrolmentStatus.Waitlisted), p => Assert.Equal(byPerson[p.First], p.Second.Position));
    }

    [Fact]
    public async Task Without_the_guard_the_same_rush_overfills_the_session()
    {
        var e = await App.CreateEventAsync("Ruée sans garde");
        var session = await App.AddSessionAsync(e, "Atelier sans garde", new TimeOnly(14, 0), new TimeOnly(16, 0), 30);
        var people = await App.RegisterPeopleAsync(e, 120, "unguarded");

        // Check, then act: the count read first is stale by the time the seat is written.
        await RushAsync([App.Services], session.Id, people, 40, async (services, person) =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VivierDb>();
            var taken = await db.Enrolments.CountAsync(x => x.SessionId == session.Id && x.Status == EnrolmentStatus.Enrolled, Cancel);
            await Task.Delay(20, Cancel);
            db.Enrolments.Add(new Enrolment
            {
                SessionId = session.Id, EventId = e.Id, PersonId = person, Ticket = 0, CreatedAt = DateTime.UtcNow,
                Status = taken < 30 ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waitlisted,
            });
            await db.SaveChangesAsync(Cancel);
            return new EnrolmentOutcome(null, null);
        });

        await using var check = App.NewDb();
        Assert.True(await check.Enrolments.CountAsync(x => x.SessionId == session.Id && x.Status == EnrolmentStatus.Enrolled, Cancel) > 30);
    }

    [Fact]
    public async Task A_freed_seat_goes_to_the_first_person_waiting_without_a_clash_who_is_told_and_the_skipped_person_keeps_her_place()
    {
        var e = await App.CreateEventAsync("Promotion");
        var workshop = await App.AddSessionAsync(e, "Atelier océans", new TimeOnly(14, 0), new TimeOnly(16, 0), 2);
        var other = await App.AddSessionAsync(e, "Atelier santé", new TimeOnly(14, 0), new TimeOnly(15, 0), 10);
        var later = await App.AddSessionAsync(e, "Atelier sport", new TimeOnly(15, 0), new TimeOnly(17, 0), 10);
        var p = await App.RegisterPeopleAsync(e, 4, "promotion");
        var (ana, ben, chloe, david) = (p[0], p[1], p[2], p[3]);
        await EnrolAsync(workshop.Id, ana);
        await EnrolAsync(workshop.Id, ben);
        var chloeWaits = await EnrolAsync(workshop.Id, chloe);
        var davidWaits = await EnrolAsync(workshop.Id, david);
        // Chloé then takes a seat in a workshop at the same time (her waitlist place does not stop her).
        var chloeElsewhere = await EnrolAsync(other.Id, chloe);

        var left = await App.Services.InScopeAsync<Enrolling, bool>(desk => desk.LeaveAsync(workshop.Id, ana, Cancel));

        Assert.True(left);
        Assert.Equal((EnrolmentStatus.Waitlisted, 1, EnrolmentStatus.Waitlisted, 2, EnrolmentStatus.Enrolled),
            (chloeWaits.Status, chloeWaits.Position, davidWaits.Status, davidWaits.Position, chloeElsewhere.Status));
        await using var db = App.NewDb();
        var places = await db.Enrolments.Where(x => x.SessionId == workshop.Id).ToDictionaryAsync(x => x.PersonId, x => x.Status, Cancel);
        Assert.Equal(EnrolmentStatus.Enrolled, places[david]);
        Assert.Equal(EnrolmentStatus.Waitlisted, places[chloe]);
        Assert.False(places.ContainsKey(ana));
        Assert.Equal(2, (await db.Sessions.SingleAsync(s => s.Id == workshop.Id, Cancel)).Enrolled);
        var davidEmail = await db.Users.Where(u => u.Id == david).Select(u => u.Email!).SingleAsync(Cancel);
        var chloeEmail = await db.Users.Where(u => u.Id == chloe).Select(u => u.Email!).SingleAsync(Cancel);
        var told = Assert.Single(await App.MailsToAsync(davidEmail));
        Assert.Contains("Atelier océans", told.TextBody, StringComparison.Ordinal);
        Assert.Empty(await App.MailsToAsync(chloeEmail));
        var chloePlace = await App.Services.InScopeAsync<EventReads, Dictionary<Guid, Place>>(r => r.PlacesAsync(chloe, e.Id, Cancel));
        Assert.Equal(new Place(EnrolmentStatus.Waitlisted, 1), chloePlace[workshop.Id]);

        // When Chloé gives up the clashing workshop and the next seat frees, it is hers.
        await App.Services.InScopeAsync<Enrolling, bool>(desk => desk.LeaveAsync(other.Id, chloe, Cancel));
        await App.Services.InScopeAsync<Enrolling, bool>(desk => desk.LeaveAsync(workshop.Id, ben, Cancel));
        await using var after = App.NewDb();
        Assert.Equal(EnrolmentStatus.Enrolled, (await after.Enrolments.SingleAsync(x => x.SessionId == workshop.Id && x.PersonId == chloe, Cancel)).Status);
        Assert.Equal(EnrolmentStatus.Enrolled, (await EnrolAsync(later.Id, ben)).Status);
    }

    [Fact]
    public async Task A_clash_with_the_agenda_is_refused_with_the_session_named_and_asking_twice_keeps_one_place()
    {
        var e = await App.CreateEventAsync("Conflits");
        var morning = await App.AddSessionAsync(e, "Plénière d'ouverture", new TimeOnly(9, 0), new TimeOnly(10, 30), 300);
        var overlapping = await App.AddSessionAsync(e, "Carte blanche", new TimeOnly(10, 0), new TimeOnly(11, 0), 50);
        var touching = await App.AddSessionAsync(e, "Atelier langue française", new TimeOnly(10, 30), new TimeOnly(12, 0), 50);
        var person = (await App.RegisterPeopleAsync(e, 1, "clash"))[0];
        var outsider = (await App.RegisterPeopleAsync(await App.CreateEventAsync("Autre événement"), 1, "outsider"))[0];

        var first = await EnrolAsync(morning.Id, person);
        var again = await EnrolAsync(morning.Id, person);
        var clash = await EnrolAsync(overlapping.Id, person);
        var next = await EnrolAsync(touching.Id, person);
        var notRegistered = await EnrolAsync(morning.Id, outsider);
        var missing = await EnrolAsync(Guid.NewGuid(), person);

        Assert.Equal((EnrolmentStatus.Enrolled, EnrolmentStatus.Enrolled, EnrolmentStatus.Enrolled), (first.Status, again.Status, next.Status));
        Assert.Equal(("Events.Enrol.Clash", "Plénière d'ouverture"), (clash.Refusal?.MessageKey, (string?)clash.Refusal?.Arguments.Single()));
        Assert.Equal("Events.Enrol.NotRegistered", notRegistered.Refusal?.MessageKey);
        Assert.Equal(Enrolling.NotFound, missing.Refusal?.MessageKey);
        await using var db = App.NewDb();
        Assert.Equal(1, (await db.Sessions.SingleAsync(s => s.Id == morning.Id, Cancel)).Enrolled);
        Assert.Equal(0, await db.Enrolments.CountAsync(x => x.SessionId == overlapping.Id, Cancel));
    }

    [Fact]
    public async Task One_person_asking_at_once_for_sessions_at_the_same_time_gets_at_most_one_of_them()
    {
        var e = await App.CreateEventAsync("Un agenda, plusieurs demandes");
        var sessions = new List<Vivier.Core.Events.Session>();
        for (var i = 0; i < 6; i++)
        {
            sessions.Add(await App.AddSessionAsync(e, $"Atelier parallèle {i}", new TimeOnly(14, 0), new TimeOnly(15, 30), 50));
        }
        var person = (await App.RegisterPeopleAsync(e, 1, "impatient"))[0];
        await using var other = await App.AnotherInstanceAsync();

        // Each of the six sessions asked for from both instances at once: the person's registration lock makes each clash check see the others.
        var asks = sessions.SelectMany(s => new[] { (App.Services, s.Id), (other.Services, s.Id) }).ToList();
        var outcomes = await Task.WhenAll(asks.Select(a => Task.Run(() => EnrolAsync(a.Item1, a.Item2, person), Cancel)));

        await using var db = App.NewDb();
        Assert.Equal(1, await db.Enrolments.CountAsync(x => x.PersonId == person && x.Status == EnrolmentStatus.Enrolled, Cancel));
        // The answers agree with the rows: every "enrolled" answer names the one session held.
        Assert.Single(asks.Zip(outcomes).Where(x => x.Second.Status == EnrolmentStatus.Enrolled).Select(x => x.First.Item2).Distinct());
        Assert.All(outcomes.Where(o => o.Refusal is not null), o => Assert.Equal("Events.Enrol.Clash", o.Refusal!.MessageKey));
    }

    [Fact]
    public async Task A_larger_capacity_seats_the_people_waiting_and_a_session_that_has_started_takes_nobody()
    {
        var e = await App.CreateEventAsync("Capacité");
        var session = await App.AddSessionAsync(e, "Atelier décentralisation", new TimeOnly(9, 0), new TimeOnly(10, 0), 1);
        var people = await App.RegisterPeopleAsync(e, 3, "capacity");
        foreach (var person in people)
        {
            await EnrolAsync(session.Id, person);
        }

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VivierDb>();
            var tracked = await db.Sessions.Include(s => s.Speakers).Include(s => s.Themes).SingleAsync(s => s.Id == session.Id, Cancel);
            var problems = await scope.ServiceProvider.GetRequiredService<EventEditor>().UpdateSessionAsync(e, tracked,
                new SessionInput(tracked.Title, null, null, "workshop", tracked.Room, "2026-12-28T09:00", "2026-12-28T10:00", 3), Cancel);
            Assert.Empty(problems);
        }
        await using var check = App.NewDb();
        Assert.Equal(3, await check.Enrolments.CountAsync(x => x.SessionId == session.Id && x.Status == EnrolmentStatus.Enrolled, Cancel));

        // 09:00 in Paris on the fake clock's day: a session that began at 08:30 is under way.
        var today = await App.CreateEventAsync("Aujourd'hui", start: new DateOnly(2026, 11, 27));
        var started = await App.AddSessionAsync(today, "Déjà commencée", new TimeOnly(8, 30), new TimeOnly(10, 0), 10);
        var late = (await App.RegisterPeopleAsync(today, 1, "late"))[0];
        Assert.Equal("Events.Enrol.Started", (await EnrolAsync(started.Id, late)).Refusal?.MessageKey);
    }
}
