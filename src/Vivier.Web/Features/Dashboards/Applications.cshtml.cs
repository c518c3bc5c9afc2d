namespace Vivier.Web.Features.Dashboards;

/// <summary>An application behind a recruitment figure: who, to which mission, where it stands.</summary>
public sealed record CohortApplication(Guid Id, string Candidate, string Reference, string Title, string Stage, DateTime? SubmittedAt);

/// <summary>
/// /gestion/candidatures: the applications behind a recruitment figure of the dashboards, across
/// missions: those to the missions published in the period (from, to), of a kind and a sponsor,
/// that reached a stage (reached). Staff only: it names people.
/// </summary>
[Authorize(Roles = Roles.Staff)]
public sealed class ApplicationsModel(VivierDb db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 50;

    public List<CohortApplication> Rows { get; } = [];
    public int Total { get; private set; }
    public Pager? Pager { get; private set; }
    public List<string> Problems { get; } = [];
    public PipelineStage? Reached { get; private set; }
    public DashboardQuery? Query { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var q = Request.Query;
        var (query, refusals) = DashboardQuery.Parse(ParisTime.Today(clock.GetUtcNow().UtcDateTime), null, q["kind"], q["sponsor"], q["from"], q["to"]);
        Problems.AddRange(refusals.Select(r => r.MessageOf(l)));
        var stages = await db.PipelineStages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
        if (q["reached"].FirstOrDefault() is { Length: > 0 } key)
        {
            Reached = stages.SingleOrDefault(s => s.Key == key && !s.IsExit);
            if (Reached is null)
            {
                Problems.Add(l["Cohort.Invalid.reached"]);
            }
        }
        if (query is null || Problems.Count > 0)
        {
            return;
        }
        Query = query;
        var named = await DashboardScope.NamedSponsorAsync(db, query.Sponsor, cancellationToken);
        var applications = new DashboardScope(db, query, sponsorId: null, named).Applications().AsNoTracking();
        if (Reached is { } stage)
        {
            var further = stages.Where(s => !s.IsExit && s.Position >= stage.Position).Select(s => s.Key).ToList();
            applications = applications.Where(a => further.Contains(a.FurthestStage!));
        }
        Total = await applications.CountAsync(cancellationToken);
        Pager = Pager.Of(PageSize, Total, q);
        var english = Locale.Current.IsEnglish;
        var names = stages.ToDictionary(s => s.Key, s => english ? s.NameEn : s.NameFr);
        var rows = await applications
            .Join(db.Users, a => a.PersonId, p => p.Id, (a, p) => new { a, p.GivenName, p.FamilyName })
            .Join(db.Missions, x => x.a.MissionId, m => m.Id, (x, m) => new { x.a.Id, x.GivenName, x.FamilyName, m.Reference, m.Title, x.a.StageKey, x.a.SubmittedAt })
            .OrderByDescending(x => x.SubmittedAt).ThenBy(x => x.Id).Skip(Pager.Skip).Take(PageSize).ToListAsync(cancellationToken);
        Rows.AddRange(rows.Select(r => new CohortApplication(r.Id, $"{r.GivenName} {r.FamilyName}", r.Reference, r.Title, names[r.StageKey!], r.SubmittedAt)));
    }
}
