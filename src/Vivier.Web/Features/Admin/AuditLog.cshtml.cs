namespace Vivier.Web.Features.Admin;

/// <summary>Searches the audit log, newest first.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class AuditLogModel(VivierDb db) : PageModel
{
    private const int PageSize = 100;

    public static readonly string[] Actions = typeof(AuditActions).GetFields()
        .Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal).ToArray();

    [BindProperty(SupportsGet = true)] public string? Qui { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Du { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Au { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Qui))
        {
            var who = Qui.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.ActorEmail != null && e.ActorEmail.ToLower().Contains(who));
        }
        if (!string.IsNullOrEmpty(Action))
        {
            entries = entries.Where(e => e.Action == Action);
        }
        if (Du is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At >= start);
        }
        if (Au is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At < end);
        }
        Total = await entries.CountAsync(cancellationToken);
        Pager = Pager.Of(PageSize, Total, Request.Query);
        Entries = await entries.OrderByDescending(e => e.Id).Skip(Pager.Skip).Take(PageSize).ToListAsync(cancellationToken);
    }
}
