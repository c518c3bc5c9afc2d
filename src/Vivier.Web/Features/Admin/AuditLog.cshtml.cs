namespace Vivier.Web.Features.Admin;

/// <summary>
/// Searches the audit log, newest first, in words: each action in the reader's language, the
/// people by their names (linked to their page), the object by what it is, the time in Paris.
/// Filters by who acted or read (qui) and by the person concerned (personne: a name, an address, or
/// the id a person's page links with), by action and by Paris day.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class AuditLogModel(VivierDb db) : PageModel
{
    private const int PageSize = 100;
    /// <summary>How many people a name filter may stand for: enough for any real search, bounded for a one-letter one.</summary>
    private const int MatchingPeople = 500;

    public static readonly string[] Actions = typeof(AuditActions).GetFields()
        .Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal).ToArray();

    [BindProperty(SupportsGet = true)] public string? Qui { get; set; }
    [BindProperty(SupportsGet = true)] public string? Personne { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Du { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Au { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;
    /// <summary>The people the page's entries name, by id: full name (empty once erased) and address.</summary>
    public IReadOnlyDictionary<Guid, (string Name, string? Email)> People { get; private set; } = new Dictionary<Guid, (string, string?)>();
    /// <summary>The objects the page's entries name by id: what to show and where it leads, if anywhere.</summary>
    public IReadOnlyDictionary<string, (string Text, string? Link)> Objects { get; private set; } = new Dictionary<string, (string, string?)>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (Clean(Qui) is { } who)
        {
            var ids = await MatchingAsync(who, cancellationToken);
            entries = entries.Where(e => (e.ActorEmail != null && e.ActorEmail.ToLower().Contains(who)) || (e.ActorId != null && ids.Contains(e.ActorId.Value)));
        }
        if (Clean(Personne) is { } concerned)
        {
            var ids = await MatchingAsync(concerned, cancellationToken);
            entries = entries.Where(e => e.PersonId != null && ids.Contains(e.PersonId.Value));
        }
        if (!string.IsNullOrEmpty(Action))
        {
            entries = entries.Where(e => e.Action == Action);
        }
        // Days are Paris days; the calendar's ends stand for no bound at all.
        if (Du is { Year: > 1 } from)
        {
            var start = ParisTime.At(from, 0);
            entries = entries.Where(e => e.At >= start);
        }
        if (Au is { Year: < 9999 } to)
        {
            var end = ParisTime.At(to.AddDays(1), 0);
            entries = entries.Where(e => e.At < end);
        }
        Total = await entries.CountAsync(cancellationToken);
        Pager = Pager.Of(PageSize, Total, Request.Query);
        Entries = await entries.OrderByDescending(e => e.Id).Skip(Pager.Skip).Take(PageSize).ToListAsync(cancellationToken);
        await NameAsync(cancellationToken);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();

    /// <summary>The people a filter names: by id, or whose name or address holds the text.</summary>
    private async Task<List<Guid>> MatchingAsync(string text, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(text, out var id))
        {
            return [id];
        }
        return await db.Users.Where(p => (p.Email != null && p.Email.ToLower().Contains(text))
                || (p.GivenName + " " + p.FamilyName).ToLower().Contains(text) || (p.FamilyName + " " + p.GivenName).ToLower().Contains(text))
            .Select(p => p.Id).Take(MatchingPeople).ToListAsync(cancellationToken);
    }

    /// <summary>Names the people and objects of the page's entries, each kind in one query.</summary>
    private async Task NameAsync(CancellationToken cancellationToken)
    {
        var people = Entries.SelectMany(e => new[] { e.ActorId, e.PersonId }).OfType<Guid>().Distinct().ToList();
        People = await db.Users.AsNoTracking().Where(p => people.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (p.GivenName + " " + p.FamilyName, p.Email), cancellationToken);
        var ids = Entries.Select(e => Guid.TryParse(e.Subject, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        var objects = new Dictionary<string, (string, string?)>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in await db.Applications.AsNoTracking().Where(a => ids.Contains(a.Id))
                     .Join(db.Missions, a => a.MissionId, m => m.Id, (a, m) => new { a.Id, m.Reference }).ToListAsync(cancellationToken))
        {
            objects[a.Id.ToString()] = (a.Reference, $"/gestion/candidatures/{a.Id}");
        }
        foreach (var f in await db.StoredFiles.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.FileName }).ToListAsync(cancellationToken))
        {
            objects[f.Id.ToString()] = (f.FileName, null);
        }
        foreach (var e in await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken))
        {
            objects[e.Id.ToString()] = (e.TitleIn(Locale.Current), $"/gestion/evenements/{e.Id}");
        }
        Objects = objects;
    }

    /// <summary>The link to the entries about one person, as their page offers it.</summary>
    public static string AboutPerson(Guid id) => $"/admin/journal?personne={id}";
}
