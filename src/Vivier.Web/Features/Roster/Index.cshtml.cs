using Microsoft.AspNetCore.Mvc.Rendering;
using Vivier.Web.Infrastructure.Forms;

namespace Vivier.Web.Features.Roster;

/// <summary>
/// /roster?asOf=YYYY-MM-DD: who was in post that day, with filters and counts by kind. Staff see
/// every deployment; a sponsor, those of the missions it funds.
/// </summary>
[Authorize(Roles = $"{Roles.Staff},{Roles.Sponsor}")]
public sealed class IndexModel(VivierDb db, RosterReads roster, CountryChoices countryChoices, TimeProvider clock, AuditTrail audit, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The most rows one export holds: far above any programme's roster, a bound on the work a request can ask.</summary>
    public const int MaxExportRows = 20_000;

    public RosterPage? Result { get; private set; }
    public List<string> Problems { get; } = [];
    public Pager? Pager { get; private set; }
    public IReadOnlyList<SelectListItem> Countries { get; private set; } = [];
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
        Countries = await countryChoices.DeployedFirstAsync(cancellationToken);
        Themes = await db.Themes.AsNoTracking().OrderBy(t => t.NameFr).ToListAsync(cancellationToken);
        Sponsors = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Sponsor).OrderBy(o => o.ShortName).ToListAsync(cancellationToken);
        if (query is not null)
        {
            Result = await roster.ReadAsync(query, scope, cancellationToken);
            Pager = new Pager(query.Page, query.PageSize, Result.Listed, q);
        }
        ViewData["AsOf"] = (query?.AsOf ?? today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// ?handler=csv with the page's filters: every row of the roster that day (in post and planned),
    /// as CSV for a spreadsheet (semicolons in French). It names people: each export is audited.
    /// </summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var q = Request.Query;
        var (query, refusals) = RosterQuery.Parse(ParisTime.Today(clock.GetUtcNow().UtcDateTime), q["asOf"], q["kind"], q["continent"], q["country"], q["theme"],
            q["sponsor"], q["host"], null, RosterQuery.MaxPageSize.ToString(CultureInfo.InvariantCulture));
        if (query is null)
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }
        var scope = await DeploymentsApi.SponsorScopeAsync(User, db, cancellationToken);
        var rows = new List<RosterRow>();
        for (var page = 1; rows.Count < MaxExportRows; page++)
        {
            var read = await roster.ReadAsync(query with { Page = page }, scope, cancellationToken);
            rows.AddRange(read.Items);
            if (read.Items.Count < query.PageSize || rows.Count >= read.Listed)
            {
                break;
            }
        }
        await audit.RecordNowAsync(AuditActions.Exported, "roster.csv", Request.QueryString.Value);
        string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string[] header = ["Roster.Expert", "Roster.Kind", "Board.Facet.country", "Roster.Host", "Roster.Post", "Board.Facet.sponsor", "Roster.Export.Start",
            "Roster.Export.End", "Roster.Export.State", "Roster.First"];
        var lines = rows.Take(MaxExportRows).Select(r => ((string[])
        [
            r.Person, r.Kind.ToString(), r.Country, r.HostInstitution, r.Post ?? "", string.Join(", ", r.Sponsors), Day(r.Start), Day(r.End),
            l[r.Planned ? "Roster.Planned" : "Roster.Export.InPost"].Value, r.FirstDeployment ? l["Events.Export.Yes"].Value : l["Events.Export.No"].Value,
        ]).Select(Dashboards.FigureExport.Neutralise));
        var semicolon = !Locale.Current.IsEnglish;
        return File(Dashboards.FigureExport.Csv([header.Select(h => Dashboards.FigureExport.Neutralise(l[h].Value)), .. lines], semicolon ? ';' : ','),
            Dashboards.FigureExport.CsvType, $"roster-{Day(query.AsOf)}.csv");
    }
}
