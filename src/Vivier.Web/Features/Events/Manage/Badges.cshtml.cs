using Vivier.Web.Features.Events.OnSite;

namespace Vivier.Web.Features.Events.Manage;

/// <summary>/gestion/evenements/{id}/badges: the confirmed participants' A6 badges, in batches by participant type, printed from the print stylesheet.</summary>
[Authorize(Roles = $"{Roles.Recruiter},{Roles.ProgrammeManager},{Roles.Admin}")]
public sealed class BadgesModel(VivierDb db, OnSiteReads reads) : PageModel
{
    public Event Event { get; private set; } = null!;
    public IReadOnlyList<Badge> Badges { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } e)
        {
            return NotFound();
        }
        Event = e;
        ParticipantType? type = null;
        if (!string.IsNullOrEmpty(Type))
        {
            if (!EventNames.TryRead(EventNames.ParticipantTypes, Type, out var known))
            {
                return BadRequest();
            }
            type = known;
        }
        Badges = await reads.BadgesAsync(id, type, cancellationToken);
        return Page();
    }
}
