using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Events;
using Vivier.Core.Missions;

namespace Vivier.Bench;

/// <summary>
/// Events as the programme runs them: one a month, half past and half to come, each on two days with
/// eight workshops of 30 to 120 seats and 300 confirmed participants drawn from the candidates.
/// </summary>
public static class EventGenerator
{
    public const int Participants = 300;

    public static async Task FillAsync(VivierDb db, int count, DateTime now, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var people = await db.CandidateProfiles.AsNoTracking().OrderBy(p => p.PersonId).Select(p => p.PersonId).ToListAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var today = DateOnly.FromDateTime(now);
        for (var i = 0; i < count; i++)
        {
            var first = today.AddMonths(i - count / 2).AddDays(random.Next(20));
            var e = new Event
            {
                Title = $"Journées de l'expertise technique internationale {i + 1}", Venue = "INSP, Paris", StartDate = first, EndDate = first.AddDays(1),
                Audience = EventAudience.Open, RegistrationOpensAt = Event.StartsAt(first.AddMonths(-2)), RegistrationClosesAt = Event.StartsAt(first), CreatedAt = now,
            };
            db.Events.Add(e);
            for (var s = 0; s < 8; s++)
            {
                var day = first.AddDays(s / 4);
                var from = new TimeOnly(9 + 2 * (s % 4), 0);
                db.Sessions.Add(new Session
                {
                    EventId = e.Id, Title = $"Atelier {s + 1}", Room = $"Salle {1 + s % 4}", Type = SessionType.Workshop, Capacity = 30 + 10 * random.Next(10),
                    Start = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(from), ParisTime.Zone), End = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(from.AddHours(2)), ParisTime.Zone),
                });
            }
            var chosen = new HashSet<Guid>();
            while (people.Count > 0 && chosen.Count < Math.Min(Participants, people.Count))
            {
                chosen.Add(people[random.Next(people.Count)]);
            }
            foreach (var person in chosen)
            {
                db.Registrations.Add(new Registration
                {
                    EventId = e.Id, PersonId = person, ParticipantType = ParticipantType.Expert, Status = RegistrationStatus.Confirmed,
                    RegisteredAt = Event.StartsAt(first.AddMonths(-1)),
                });
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
}
