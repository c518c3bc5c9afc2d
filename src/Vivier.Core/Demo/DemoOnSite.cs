using Vivier.Core.Events;
using Vivier.Core.Events.Networking;

namespace Vivier.Core.Demo;

/// <summary>
/// What happened on the 2024 expertise days, on top of their registrations and seats: the
/// organisations on the badges, the directory, one-to-one meetings over two lunch windows
/// (placed by the platform's own scheduler), arrivals at the desk and the doors, and the surveys'
/// answers. Reads the tracked (not yet saved) registrations and seats of the event.
/// </summary>
internal static class DemoOnSite
{
    public const int MeetingTables = 25;
    public const int MeetingRequests = 150;
    public const int MeetingsAccepted = 110;
    public const int MeetingsDeclined = 20;
    /// <summary>One in twenty confirmed participants did not come.</summary>
    public const int AbsentEvery = 20;

    /// <summary>Where a participant works: their badge's organisation and their directory entry.</summary>
    public sealed record Profile(string Organisation, string CountryCode, string SectorCode);

    private static readonly string[] Comments =
    [
        "Des échanges très concrets avec des collègues d'autres régions.",
        "Trop court : on aurait aimé plus de temps pour les questions.",
        "Les retours d'expérience de terrain étaient le meilleur moment.",
        "Salle trop petite pour le nombre de participants.",
        "Utile pour comprendre le rôle des ministères commanditaires.",
        "Je repars avec trois contacts pour des projets communs.",
        "Bonne organisation, ponctualité à améliorer.",
        "Very useful for networking with partner institutions.",
    ];

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5394", Justification = "Demo data: a fixed seed makes it the same every time; nothing secret depends on it.")]
    public static void Seed(VivierDb db, Event days, IReadOnlyDictionary<Guid, Profile> profiles, Guid desk, Random random)
    {
        days.SignatoryName = "Jérémie Pellet";
        days.SignatoryTitle = "Directeur général d'Expertise France";
        var registrations = db.Registrations.Local.Where(r => r.EventId == days.Id).OrderBy(r => r.RegisteredAt).ThenBy(r => r.PersonId).ToList();
        var sessions = db.Sessions.Local.Where(s => s.EventId == days.Id).OrderBy(s => s.Start).ThenBy(s => s.Room).ToList();
        var seats = db.Enrolments.Local.Where(e => e.EventId == days.Id && e.Status == EnrolmentStatus.Enrolled).ToList();

        // Badges and the directory: seven in ten list themselves.
        foreach (var (registration, i) in registrations.Select((r, i) => (r, i)))
        {
            if (profiles.TryGetValue(registration.PersonId, out var profile))
            {
                registration.Organisation = profile.Organisation;
                (registration.CountryCode, registration.SectorCode, registration.InDirectory) = (profile.CountryCode, profile.SectorCode, i % 10 < 7);
            }
        }

        // Meetings over the two lunch breaks, between people of the directory.
        var firstDay = days.StartDate;
        days.MeetingMinutes = 20;
        days.MeetingTables = MeetingTables;
        var windows = new[]
        {
            new NetworkingWindow { EventId = days.Id, Start = ParisTime.At(firstDay, 12, 40), End = ParisTime.At(firstDay, 14, 0) },
            new NetworkingWindow { EventId = days.Id, Start = ParisTime.At(firstDay.AddDays(1), 12, 20), End = ParisTime.At(firstDay.AddDays(1), 14, 0) },
        };
        db.NetworkingWindows.AddRange(windows);
        var listed = registrations.Where(r => r.InDirectory).Select(r => r.PersonId).ToList();
        var meetings = new List<Meeting>();
        var pairs = new HashSet<(Guid, Guid)>();
        while (meetings.Count < MeetingRequests)
        {
            var (from, to) = (listed[random.Next(listed.Count)], listed[random.Next(listed.Count)]);
            if (from == to || !pairs.Add((from, to)) || !pairs.Add((to, from)))
            {
                continue;
            }
            var status = meetings.Count < MeetingsAccepted ? MeetingStatus.Accepted : meetings.Count < MeetingsAccepted + MeetingsDeclined ? MeetingStatus.Declined : MeetingStatus.Requested;
            var asked = days.RegistrationOpensAt.AddDays(40).AddMinutes(meetings.Count * 37);
            meetings.Add(new Meeting
            {
                EventId = days.Id, FromId = from, ToId = to, Status = status, RequestedAt = asked,
                AnsweredAt = status == MeetingStatus.Requested ? null : asked.AddHours(20),
                Message = $"Bonjour, je travaille à {profiles[from].Organisation} : j'aimerais échanger avec vous sur nos expériences et d'éventuelles coopérations.",
            });
        }
        var sessionTimes = sessions.ToDictionary(s => s.Id);
        var schedule = MeetingScheduler.Place(windows.Select(w => new MeetingWindow(w.Start, w.End)).ToList(), TimeSpan.FromMinutes(days.MeetingMinutes), MeetingTables,
            meetings.Where(m => m.Status == MeetingStatus.Accepted).Select(m => new MeetingRequest(m.Id, m.FromId, m.ToId)).ToList(),
            seats.Select(s => new BusySpan(s.PersonId, sessionTimes[s.SessionId].Start, sessionTimes[s.SessionId].End)).ToList());
        var placements = schedule.Placed.ToDictionary(p => p.RequestId);
        foreach (var meeting in meetings.Where(m => placements.ContainsKey(m.Id)))
        {
            var p = placements[meeting.Id];
            meeting.PlaceAt(p.Start, p.End, p.Table);
        }
        db.Meetings.AddRange(meetings);

        // Arrivals: at the desk on the first morning (or the second, for a few), then at the doors of the sessions they held a seat in.
        var came = registrations.Where((r, i) => i % AbsentEvery != AbsentEvery - 1).Select(r => r.PersonId).ToHashSet();
        foreach (var (person, i) in came.Select((p, i) => (p, i)))
        {
            var day = i % 12 == 0 ? firstDay.AddDays(1) : firstDay;
            db.CheckIns.Add(new CheckIn { EventId = days.Id, PersonId = person, Place = days.Id, At = ParisTime.At(day, 8, 30).AddSeconds(i * 13), CheckedInBy = desk });
        }
        var seen = seats.Where((s, i) => came.Contains(s.PersonId) && i % 9 != 0).ToList();
        foreach (var (seat, i) in seen.Select((s, i) => (s, i)))
        {
            db.CheckIns.Add(new CheckIn
            {
                EventId = days.Id, PersonId = seat.PersonId, Place = seat.SessionId, At = sessionTimes[seat.SessionId].Start.AddMinutes(-10).AddSeconds(i % 600), CheckedInBy = desk,
            });
        }

        // Surveys: about a third of those seen at a session rate it, four in ten of those who came rate the days.
        var answerDay = ParisTime.Today(sessions[^1].End).AddDays(1);
        foreach (var group in seen.GroupBy(s => s.SessionId))
        {
            Answer(group.Key, group.Select(s => s.PersonId).Where(_ => random.Next(100) < 33));
        }
        Answer(days.Id, came.Where(_ => random.Next(100) < 40));

        void Answer(Guid subject, IEnumerable<Guid> people)
        {
            foreach (var person in people)
            {
                var roll = random.Next(100);
                db.FeedbackReceipts.Add(new FeedbackReceipt { EventId = days.Id, Subject = subject, PersonId = person });
                db.FeedbackAnswers.Add(new FeedbackAnswer
                {
                    EventId = days.Id, Subject = subject, SubmittedOn = answerDay,
                    Rating = roll < 40 ? 5 : roll < 75 ? 4 : roll < 90 ? 3 : roll < 97 ? 2 : 1,
                    Comment = random.Next(4) == 0 ? Comments[random.Next(Comments.Length)] : null,
                });
            }
        }
    }
}
