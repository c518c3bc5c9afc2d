namespace Vivier.Web.Features.Dashboards;

/// <summary>
/// /dashboards/{table}.csv (sep=semicolon for French Excel) and /dashboards/{table}.xlsx: one table
/// with the page's filters, as the viewer may see it; each export is written to the audit log.
/// </summary>
[Authorize(Roles = $"{Roles.Staff},{Roles.Sponsor}")]
public sealed class ExportModel(DashboardAccess access, DashboardReads desk, AuditTrail audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string table, string format, CancellationToken cancellationToken)
    {
        if (!FigureTable.Ids.Contains(table) || format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }
        var asked = await access.ResolveAsync(User, Request.Query, cancellationToken);
        if (asked.Refused)
        {
            return Forbid();
        }
        if (asked.Query is not { } query)
        {
            return BadRequest(string.Join(" ", asked.Refusals.Select(r => r.MessageOf(l))));
        }
        var figures = (await desk.ReadAsync(query, asked.SponsorId, cancellationToken, only: table))[table];
        var semicolon = Request.Query["sep"] == "semicolon";
        await audit.RecordNowAsync(AuditActions.Exported, $"dashboards/{table}.{format}", $"{query.ToQueryString()}{(semicolon ? "&sep=semicolon" : "")}");
        var name = $"vivier-{table}-{DashboardQuery.Iso(query.AsOf)}";
        return format == "csv"
            ? File(FigureExport.Csv(figures, semicolon, l["Dashboard.Hidden"]), FigureExport.CsvType, $"{name}{(semicolon ? "-fr" : "")}.csv")
            : File(FigureExport.Xlsx(figures, l["Dashboard.Hidden"]), FigureExport.XlsxType, $"{name}.xlsx");
    }
}
