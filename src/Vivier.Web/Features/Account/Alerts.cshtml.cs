using Vivier.Core.Alerts;
using Vivier.Web.Features.Missions;

namespace Vivier.Web.Features.Account;

/// <summary>My saved searches and their alerts; the board's "alert me" form posts here.</summary>
[Authorize]
public sealed class AlertsModel(VivierDb db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int MaxPerPerson = 20;

    public IReadOnlyList<SavedSearch> Searches { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Searches = await db.SavedSearches.AsNoTracking().Where(s => s.PersonId == User.PersonId()).OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync([FromForm] string? query, [FromForm] AlertFrequency frequency, CancellationToken cancellationToken)
    {
        // Stored as the board would write it: only known, valid filters survive.
        var (parsed, errors) = BoardQuery.Parse(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query ?? "")), l);
        if (errors.Count > 0 || !Enum.IsDefined(frequency)
            || await db.SavedSearches.CountAsync(s => s.PersonId == User.PersonId(), cancellationToken) >= MaxPerPerson)
        {
            return BadRequest();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.SavedSearches.Add(new SavedSearch
        {
            PersonId = User.PersonId(),
            Query = (parsed with { Page = 1 }).ToQueryString(("sort", null)),
            Frequency = frequency,
            CreatedAt = now,
            LastSentAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/compte/alertes?saved=true");
    }

    public async Task<IActionResult> OnPostDeleteAsync([FromForm] Guid id, CancellationToken cancellationToken)
    {
        // Someone else's search is left alone, as if it did not exist.
        await db.SavedSearches.Where(s => s.Id == id && s.PersonId == User.PersonId()).ExecuteDeleteAsync(cancellationToken);
        return Redirect("/compte/alertes");
    }
}
