namespace Vivier.Web.Features.Roster;

/// <summary>
/// /roster?asOf=YYYY-MM-DD: who was in post that day, with filters and counts by kind. Staff see
/// every deployment; a sponsor, those of the missions it funds.
/// </summary>
[Authorize(Roles = $"{Roles.Staff},{Roles.Sponsor}")]
public sealed class IndexModel(VivierDb db, RosterReads roster, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public RosterPage? Result { get; private set; }
    public List<string> Problems { get; } = [];
    public Pager? Pager { get; private set; }
    public IReadOnlyList<Country> Countries { get; private set; } = [];
    public IReadOnlyList<Theme> Themes { get; private set; } = [];
    public IReadOnlyList<Organisation> Sponsors { get; private set; } = [];
    public bool IsSponsor { get; private set; }

    public string? Value(string name) => Request.Query[name].FirstOrDefault();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var q = Request.Query;
        var today = ParisTime.Today(clock.GetUtcNow().UtcDateTime);
        var (query, refusals) = RosterQuery.Parse(today, q["asOf"], q["kind"], q["continent"], q["country"], q["theme"], q["sponsor"], q["host"], q["page"], null);
        Problems.AddRange(refusals.Select(r => r.MessageOf(l)));
        var scope = await DeploymentsApi.SponsorScopeAsync(User, db, cancellationToken);
        IsSponsor = scope is not null;
        Countries = await db.Countries.AsNoTracking().OrderBy(c => c.NameFr).ToListAsync(cancellationToken);
        Themes = await db.Themes.AsNoTracking().OrderBy(t => t.NameFr).ToListAsync(cancellationToken);
        Sponsors = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Sponsor).OrderBy(o => o.ShortName).ToListAsync(cancellationToken);
        if (query is not null)
        {
            Result = await roster.ReadAsync(query, scope, cancellationToken);
            Pager = new Pager(query.Page, query.PageSize, Result.Listed, q);
        }
        ViewData["AsOf"] = (query?.AsOf ?? today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}
