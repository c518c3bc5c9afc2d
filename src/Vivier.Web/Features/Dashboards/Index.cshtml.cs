namespace Vivier.Web.Features.Dashboards;

/// <summary>
/// /dashboards: deployments on a day (by kind, continent, country with the map, sector, sponsor, and
/// month by month), the recruitment of the missions published in a period, and gender parity. Staff
/// see everything, with a link behind each figure; a sponsor sees its own scope, figures only.
/// </summary>
[Authorize(Roles = $"{Roles.Staff},{Roles.Sponsor}")]
public sealed class IndexModel(VivierDb db, DashboardAccess access, DashboardReads desk, WorldMap map, IStringLocalizer<SharedResource> l) : PageModel
{
    public Dashboard? Figures { get; private set; }
    public MapView? Map { get; private set; }
    public List<string> Problems { get; } = [];
    public DashboardRequest? Asked { get; private set; }
    public IReadOnlyList<Organisation> Sponsors { get; private set; } = [];

    public string? Value(string name) => Request.Query[name].FirstOrDefault();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Asked = await access.ResolveAsync(User, Request.Query, cancellationToken);
        if (Asked.Refused)
        {
            return Forbid();
        }
        Problems.AddRange(Asked.Refusals.Select(r => r.MessageOf(l)));
        Sponsors = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Sponsor).OrderBy(o => o.ShortName).ToListAsync(cancellationToken);
        if (Asked.Query is { } query)
        {
            Figures = await desk.ReadAsync(query, Asked.SponsorId, cancellationToken);
            var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, cancellationToken);
            Map = MapView.Of(map, Figures.InPostByCountry, countries, Locale.Current.IsEnglish,
                query.AsOf.ToString("d", System.Globalization.CultureInfo.CurrentCulture));
        }
        return Page();
    }
}
