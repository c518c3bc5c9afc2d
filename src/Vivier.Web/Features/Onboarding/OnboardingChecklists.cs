namespace Vivier.Web.Features.Onboarding;

/// <summary>A checklist step as shown: whose it is, when it is due, whether it is done or late.</summary>
public sealed record ChecklistStep(long Id, string Title, ChecklistOwner Owner, DateOnly DueOn, DateTime? DoneAt, bool Late);

/// <summary>A deployment being prepared, with its checklist and how far along it is.</summary>
public sealed record Departure(Guid DeploymentId, Guid PersonId, string Person, string Country, string HostInstitution, DateOnly PlannedStart,
    IReadOnlyList<ChecklistStep> Steps)
{
    public int Done => Steps.Count(s => s.DoneAt is not null);
    public int Late => Steps.Count(s => s.Late);

    /// <summary>The first step still to do, when none is late: what the overview shows in their place.</summary>
    public ChecklistStep? Next => Steps.FirstOrDefault(s => s.DoneAt is null);
}

/// <summary>
/// Pre-departure onboarding: each deployment being prepared has its checklist; the expert ticks
/// their steps, staff tick theirs (and may tick any on the expert's behalf) and see who is late.
/// </summary>
public sealed class OnboardingChecklists(VivierDb db, TimeProvider clock)
{
    private DateOnly Today => ParisTime.Today(clock.GetUtcNow().UtcDateTime);

    /// <summary>The person's own deployments being prepared, with their checklists.</summary>
    public Task<List<Departure>> MineAsync(Guid personId, CancellationToken cancellationToken) =>
        ReadAsync(db.Deployments.Where(d => d.PersonId == personId && d.Status == DeploymentStatus.Preparing), cancellationToken);

    /// <summary>How many deployments are being prepared (<paramref name="lateOnly"/>: with a late step).</summary>
    public Task<int> CountAsync(bool lateOnly, CancellationToken cancellationToken) => Preparing(lateOnly).CountAsync(cancellationToken);

    /// <summary>The deployments being prepared, soonest departure first, from <paramref name="skip"/> on (<paramref name="lateOnly"/>: with a late step).</summary>
    public Task<List<Departure>> AllAsync(bool lateOnly, int skip, int take, CancellationToken cancellationToken) =>
        ReadAsync(Preparing(lateOnly), cancellationToken, skip, take);

    private IQueryable<Deployment> Preparing(bool lateOnly)
    {
        var today = Today;
        var preparing = db.Deployments.Where(d => d.Status == DeploymentStatus.Preparing);
        return lateOnly ? preparing.Where(d => db.ChecklistItems.Any(i => i.DeploymentId == d.Id && i.DoneAt == null && i.DueOn < today)) : preparing;
    }

    /// <summary>One deployment's checklist, whatever its status (the deployment page shows it to staff).</summary>
    public async Task<Departure?> OfAsync(Guid deploymentId, CancellationToken cancellationToken) =>
        (await ReadAsync(db.Deployments.Where(d => d.Id == deploymentId), cancellationToken)).SingleOrDefault();

    private async Task<List<Departure>> ReadAsync(IQueryable<Deployment> deployments, CancellationToken cancellationToken, int skip = 0, int take = int.MaxValue)
    {
        var today = Today;
        var english = Locale.Current.IsEnglish;
        var rows = await deployments.AsNoTracking()
            .Join(db.Users, d => d.PersonId, p => p.Id, (d, p) => new { d.Id, d.PersonId, p.GivenName, p.FamilyName, d.CountryCode, d.HostInstitution, d.PlannedStart })
            .Join(db.Countries, x => x.CountryCode, c => c.Code, (x, c) => new { x, c.NameFr, c.NameEn })
            .OrderBy(r => r.x.PlannedStart).ThenBy(r => r.x.FamilyName).ThenBy(r => r.x.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var ids = rows.ConvertAll(r => r.x.Id);
        var items = (await db.ChecklistItems.AsNoTracking().Where(i => ids.Contains(i.DeploymentId)).OrderBy(i => i.Position).ToListAsync(cancellationToken))
            .ToLookup(i => i.DeploymentId);
        return rows.ConvertAll(r => new Departure(r.x.Id, r.x.PersonId, $"{r.x.GivenName} {r.x.FamilyName}", english ? r.NameEn : r.NameFr, r.x.HostInstitution,
            r.x.PlannedStart, items[r.x.Id].Select(i => new ChecklistStep(i.Id, english ? i.TitleEn : i.TitleFr, i.Owner, i.DueOn, i.DoneAt, i.IsLate(today))).ToList()));
    }

    /// <summary>
    /// Marks a step done (or not done again). An expert may only tick their own steps of their own
    /// deployment; staff may tick any (of <paramref name="deploymentId"/> when given). False when
    /// the step is not there for this person.
    /// </summary>
    public async Task<bool> TickAsync(long itemId, Guid actorId, bool isStaff, bool done, CancellationToken cancellationToken, Guid? deploymentId = null)
    {
        var item = await db.ChecklistItems.SingleOrDefaultAsync(i => i.Id == itemId && (deploymentId == null || i.DeploymentId == deploymentId) && (isStaff
            || (i.Owner == ChecklistOwner.Expert && db.Deployments.Any(d => d.Id == i.DeploymentId && d.PersonId == actorId))), cancellationToken);
        if (item is null)
        {
            return false;
        }
        (item.DoneAt, item.DoneBy) = done ? (item.DoneAt ?? clock.GetUtcNow().UtcDateTime, item.DoneBy ?? actorId) : ((DateTime?)null, (Guid?)null);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
