namespace Vivier.Web.Features.Missions;

/// <summary>
/// Closes published missions whose deadline (23:59:59 Paris time) has passed, every
/// Missions:DeadlineCheckInterval (default 5 minutes), once across a cluster.
/// </summary>
public sealed class DeadlineCloser(JobServices jobs) : LeasedJob(Schedule, jobs)
{
    public static readonly JobSchedule Schedule = new("mission-deadlines", TimeSpan.FromMinutes(5), "Missions:DeadlineCheckInterval", TimeSpan.FromMinutes(5));

    protected override async Task<int> WorkAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VivierDb>();
        var now = Clock.GetUtcNow().UtcDateTime;
        // A deadline day D is over once D's last second in Paris has passed, so any D before today (Paris) and,
        // near midnight, today itself: the exact instant is checked on each candidate.
        var lastPossibleDay = ParisTime.Today(now);
        var candidates = await db.Missions.Where(m => m.Status == MissionStatus.Published && m.Deadline <= lastPossibleDay).ToListAsync(cancellationToken);
        var due = candidates.Where(m => now > m.DeadlineUtc).ToList();
        foreach (var mission in due)
        {
            mission.Close(now);
            db.MissionChanges.Add(new MissionChange { MissionId = mission.Id, At = now, Action = "closed", Detail = "deadline" });
        }
        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
