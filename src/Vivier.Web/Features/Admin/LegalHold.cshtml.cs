using Vivier.Core.Privacy;

namespace Vivier.Web.Features.Admin;

/// <summary>
/// /admin/personnes/{id}/gel: the legal holds on a person's data — placed with a named reason,
/// lifted when the procedure ends; while one stands, no purge or erasure touches their data.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class LegalHoldModel(VivierDb db, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public string? Reason { get; set; }

    public Person Person { get; private set; } = null!;
    public IReadOnlyList<LegalHold> Holds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPlaceAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var reason = Reason?.Trim() ?? "";
        if (reason.Length == 0 || reason.Length > LegalHold.MaxReason)
        {
            ModelState.AddModelError(nameof(Reason), l["LegalHold.Refused.Reason", LegalHold.MaxReason]);
            return Page();
        }
        db.LegalHolds.Add(new LegalHold { PersonId = id, Reason = reason, PlacedAt = clock.GetUtcNow().UtcDateTime, PlacedBy = User.PersonId() });
        audit.Record(AuditActions.LegalHoldPlaced, personId: id);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/admin/personnes/{id}/gel");
    }

    public async Task<IActionResult> OnPostLiftAsync(Guid id, Guid hold, CancellationToken cancellationToken)
    {
        var standing = await db.LegalHolds.SingleOrDefaultAsync(h => h.Id == hold && h.PersonId == id && h.LiftedAt == null, cancellationToken);
        if (standing is null)
        {
            return NotFound();
        }
        standing.Lift(User.PersonId(), clock.GetUtcNow().UtcDateTime);
        audit.Record(AuditActions.LegalHoldLifted, personId: id);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/admin/personnes/{id}/gel");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Person = (await db.Users.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken))!;
        Holds = await db.LegalHolds.AsNoTracking().Where(h => h.PersonId == id).OrderByDescending(h => h.PlacedAt).ToListAsync(cancellationToken);
        return Person is not null;
    }
}
