using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Events;
using Vivier.Core.Identity;
using Vivier.Core.Missions;

namespace Vivier.Testing;

/// <summary>Events, sessions and registered people written straight to the database, for the tests of seats and calendars.</summary>
public static class Events
{
    /// <summary>An event on two days a month after the fake clock's today, registration open.</summary>
    public static async Task<Event> CreateEventAsync(this VivierApp app, string title, EventAudience audience = EventAudience.Open, DateOnly? start = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var first = start ?? new DateOnly(2026, 12, 28);
        var e = new Event
        {
            Title = title, Venue = "INSP, Paris", StartDate = first, EndDate = first.AddDays(1), Audience = audience,
            RegistrationOpensAt = now.AddDays(-1), RegistrationClosesAt = Event.StartsAt(first), CreatedAt = now,
        };
        await using var db = app.NewDb();
        db.Events.Add(e);
        await db.SaveChangesAsync();
        return e;
    }

    /// <summary>A session on the event's first day, between two Paris times.</summary>
    public static async Task<Session> AddSessionAsync(this VivierApp app, Event e, string title, TimeOnly from, TimeOnly to, int capacity, int day = 0)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(e);
        var date = e.StartDate.AddDays(day);
        var session = new Session
        {
            EventId = e.Id, Title = title, Room = "Amphithéâtre", Type = SessionType.Workshop, Capacity = capacity,
            Start = TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(from), ParisTime.Zone), End = TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(to), ParisTime.Zone),
        };
        await using var db = app.NewDb();
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    /// <summary>People without a password (enough for the services), registered and confirmed to the event.</summary>
    public static async Task<List<Guid>> RegisterPeopleAsync(this VivierApp app, Event e, int count, string prefix = "participant")
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(e);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await using var db = app.NewDb();
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var email = $"{prefix}{i}-{Guid.NewGuid():N}@vivier.test";
            var person = new Person
            {
                Id = Guid.NewGuid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, GivenName = $"P{i}", FamilyName = prefix, CreatedAt = now, SecurityStamp = Guid.NewGuid().ToString(),
            };
            db.Users.Add(person);
            db.Registrations.Add(new Registration
            {
                EventId = e.Id, PersonId = person.Id, ParticipantType = ParticipantType.Expert, Status = RegistrationStatus.Confirmed, RegisteredAt = now,
            });
            ids.Add(person.Id);
        }
        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>Runs a service of the app in its own scope (its own connection), as one request would.</summary>
    public static async Task<T> InScopeAsync<TService, T>(this IServiceProvider services, Func<TService, Task<T>> work) where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
