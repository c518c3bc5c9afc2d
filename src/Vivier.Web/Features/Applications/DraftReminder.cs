namespace Vivier.Web.Features.Applications;

/// <summary>
/// Reminds candidates of an unfinished draft when the mission's deadline is 3 days away (Paris
/// days), once per draft, every Applications:ReminderInterval (default an hour), once across a cluster.
/// </summary>
public sealed class DraftReminder(JobServices jobs) : LeasedJob(Schedule, jobs)
{
    public static readonly JobSchedule Schedule = new("draft-reminders", TimeSpan.FromMinutes(5), "Applications:ReminderInterval", TimeSpan.FromHours(1));
    public const int DaysBefore = 3;

    protected override async Task<int> WorkAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VivierDb>();
        var mailer = services.GetRequiredService<Mailer>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var today = ParisTime.Today(now);
        var last = today.AddDays(DaysBefore);
        // Drafts of open missions closing within 3 days (today included), not yet reminded.
        var due = await db.Applications.Where(a => a.StageKey == null && a.ReminderSentAt == null)
            .Join(db.Missions, a => a.MissionId, m => m.Id, (a, m) => new { Application = a, Mission = m })
            .Where(x => x.Mission.Status == MissionStatus.Published && x.Mission.Deadline >= today && x.Mission.Deadline <= last)
            .Join(db.Users, x => x.Application.PersonId, p => p.Id, (x, p) => new { x.Application, x.Mission, Person = p })
            .ToListAsync(cancellationToken);
        foreach (var item in due)
        {
            mailer.Queue(item.Person.Email!, item.Person.PreferredLanguage, "DraftReminder", item.Person.GivenName,
                ApplyModel.PathFor(item.Mission.Reference), [item.Mission.Title, item.Mission.Deadline.ToString("d", item.Person.PreferredLanguage.Culture)]);
            item.Application.ReminderSentAt = now;
            // The mail and the mark commit together: a reminder is neither lost nor sent twice.
            await db.SaveChangesAsync(cancellationToken);
        }
        return due.Count;
    }
}
