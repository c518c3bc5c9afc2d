using Vivier.Core.Text;

namespace Vivier.Web.Features.Onboarding;

/// <summary>
/// Every Deployments:AlertInterval (default an hour), once across a cluster: reminds the owners of
/// checklist steps due within a week or late (once per step; the expert's steps to the expert, the
/// team's to Deployments:StaffAddress when set), and sends the end-of-mission alerts 90 and 30
/// days before the planned end (again after an extension moves it).
/// </summary>
public sealed class DepartureAlerts(JobServices jobs) : LeasedJob(Schedule, jobs)
{
    public static readonly JobSchedule Schedule = new("departure-alerts", TimeSpan.FromMinutes(5), "Deployments:AlertInterval", TimeSpan.FromHours(1));
    public const int DaysAhead = 7;

    protected override async Task<int> WorkAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VivierDb>();
        var mailer = services.GetRequiredService<Mailer>();
        var staffAddress = Configuration["Deployments:StaffAddress"];
        var now = Clock.GetUtcNow().UtcDateTime;
        var today = ParisTime.Today(now);
        var queued = 0;

        var soon = today.AddDays(DaysAhead);
        var due = await db.ChecklistItems.Where(i => i.DoneAt == null && i.ReminderSentAt == null && i.DueOn <= soon)
            .Join(db.Deployments.Where(d => d.Status == DeploymentStatus.Preparing), i => i.DeploymentId, d => d.Id, (i, d) => new { Item = i, d.PersonId, d.HostInstitution })
            .Join(db.Users, x => x.PersonId, p => p.Id, (x, p) => new { x.Item, x.HostInstitution, Person = p })
            .ToListAsync(cancellationToken);
        foreach (var group in due.GroupBy(x => (x.Item.DeploymentId, x.Item.Owner)))
        {
            var person = group.First().Person;
            var expert = group.Key.Owner == ChecklistOwner.Expert;
            var (to, language) = expert ? (person.Email, person.PreferredLanguage) : (staffAddress, Locale.French);
            if (string.IsNullOrWhiteSpace(to))
            {
                continue;
            }
            var culture = language.Culture;
            var steps = group.Select(x => $"- {language.Pick(x.Item.TitleFr, x.Item.TitleEn)} ({x.Item.DueOn.ToString("d", culture)})").ToList();
            mailer.Queue(to, language, expert ? "ChecklistReminder" : "ChecklistReminderStaff", expert ? person.GivenName : person.FullName,
                expert ? "/mon-depart" : "/gestion/departs?retard=true", steps);
            foreach (var x in group)
            {
                x.Item.ReminderSentAt = now;
            }
            queued++;
        }
        await db.SaveChangesAsync(cancellationToken);

        // End of mission: 90 then 30 days before the planned end.
        var horizon = today.AddDays(90);
        var ending = await db.Deployments.Where(d => d.Status == DeploymentStatus.Deployed && d.PlannedEnd >= today && d.PlannedEnd <= horizon
                && (d.EndAlert90For != d.PlannedEnd || d.EndAlert30For != d.PlannedEnd))
            .Join(db.Users, d => d.PersonId, p => p.Id, (d, p) => new { Deployment = d, Person = p })
            .ToListAsync(cancellationToken);
        foreach (var x in ending)
        {
            var d = x.Deployment;
            var within30 = d.PlannedEnd <= today.AddDays(30);
            if (within30 ? d.EndAlert30For == d.PlannedEnd : d.EndAlert90For == d.PlannedEnd)
            {
                continue;
            }
            var days = within30 ? 30 : 90;
            var culture = x.Person.PreferredLanguage.Culture;
            string[] facts = [d.HostInstitution, Dates.Long(d.PlannedEnd, culture), days.ToString(CultureInfo.InvariantCulture)];
            mailer.Queue(x.Person.Email!, x.Person.PreferredLanguage, "EndOfMission", x.Person.GivenName, "/compte", facts);
            if (!string.IsNullOrWhiteSpace(staffAddress))
            {
                mailer.Queue(staffAddress, Locale.French, "EndOfMissionStaff", x.Person.FullName, "/roster", facts);
            }
            // Within 30 days the 90-day alert is moot: both are marked for this planned end.
            d.EndAlert30For = within30 ? d.PlannedEnd : d.EndAlert30For;
            d.EndAlert90For = d.PlannedEnd;
            queued++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }
}
