namespace Vivier.Web.Features.Dashboards;

/// <summary>How many of the cohort's applications went furthest to a stage, by the applicant's declared gender.</summary>
public sealed record StageCount(string Stage, Vivier.Core.Candidates.SelfDeclaredGender? Gender, int Count);

/// <summary>
/// The rows a dashboard may count for a query and a viewer: staff every deployment and mission, a
/// sponsor those it funds alone, whatever the query asks. Every figure starts from here, so no
/// filter, URL or export reaches another sponsor's rows.
/// </summary>
/// <param name="namedSponsorId">The sponsor the query names, resolved from its short name (Guid.Empty when none has it).</param>
public sealed class DashboardScope(VivierDb db, DashboardQuery query, Guid? sponsorId, Guid? namedSponsorId)
{
    public DashboardQuery Query => query;

    /// <summary>The id of the sponsor a query names (Guid.Empty when none has that short name, so that nothing matches), or null when it names none.</summary>
    public static async Task<Guid?> NamedSponsorAsync(VivierDb db, string? shortName, CancellationToken cancellationToken) =>
        shortName is null ? null : await db.Organisations.Where(o => o.ShortName == shortName).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(cancellationToken) ?? Guid.Empty;

    /// <summary>The viewer's sponsor, when the viewer is a sponsor.</summary>
    public Guid? SponsorId => sponsorId;

    /// <summary>Deployments that were ever in post (deployed or ended), in scope.</summary>
    public IQueryable<Deployment> Deployments()
    {
        var deployments = db.Deployments.Where(d => d.InPostFrom != null);
        if (sponsorId is { } own)
        {
            deployments = deployments.Where(d => d.Sponsors.Any(s => s.Id == own));
        }
        if (namedSponsorId is { } named)
        {
            deployments = deployments.Where(d => d.Sponsors.Any(s => s.Id == named));
        }
        if (query.Kind is { } kind)
        {
            deployments = deployments.Where(d => d.Kind == kind);
        }
        return deployments;
    }

    /// <summary>Deployments in post on a day, both ends included (as the roster counts them).</summary>
    public IQueryable<Deployment> InPost(DateOnly day) => Deployments().InPostOn(day);

    /// <summary>Missions published in the period, in scope: the recruitment figures' cohort.</summary>
    public IQueryable<Mission> Missions()
    {
        var missions = db.Missions.Where(m => m.PublishedAt != null);
        if (sponsorId is { } own)
        {
            missions = missions.Where(m => m.Sponsors.Any(s => s.Id == own));
        }
        if (namedSponsorId is { } named)
        {
            missions = missions.Where(m => m.Sponsors.Any(s => s.Id == named));
        }
        if (query.Kind is { } kind)
        {
            missions = missions.Where(m => m.Kind == kind);
        }
        if (query.From is { } from)
        {
            var after = ParisTime.EndOfDay(from.AddDays(-1));
            missions = missions.Where(m => m.PublishedAt > after);
        }
        if (query.To is { } to)
        {
            var until = ParisTime.EndOfDay(to);
            missions = missions.Where(m => m.PublishedAt <= until);
        }
        return missions;
    }

    /// <summary>Sent applications to the cohort's missions.</summary>
    public IQueryable<JobApplication> Applications()
    {
        // "mission_id IN (cohort)": the cohort is read once, not once per application.
        var missions = Missions().Select(m => m.Id);
        return db.Applications.Where(a => a.FurthestStage != null && missions.Contains(a.MissionId));
    }

    /// <summary>The cohort's applications by furthest stage and the gender applicants declared when applying (null: not declared): the funnel and its parity, from the funnel counts.</summary>
    public async Task<List<StageCount>> StageCountsAsync(CancellationToken cancellationToken) =>
        (await Counts().GroupBy(c => new { c.Stage, c.Gender }).Select(g => new { g.Key.Stage, g.Key.Gender, Count = g.Sum(c => c.Count) }).ToListAsync(cancellationToken))
        .ConvertAll(c => new StageCount(c.Stage, FunnelCount.GenderOf(c.Gender), c.Count));

    private IQueryable<FunnelCount> Counts()
    {
        var missions = Missions().Select(m => m.Id);
        return db.FunnelCounts.Where(c => c.Count != 0 && missions.Contains(c.MissionId));
    }
}
