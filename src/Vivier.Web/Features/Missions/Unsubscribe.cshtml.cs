namespace Vivier.Web.Features.Missions;

/// <summary>
/// The alert mail's link: one button stops the alert, without signing in. A button rather than the
/// link itself, so that mail scanners that open links do not unsubscribe anyone.
/// </summary>
[AllowAnonymous]
public sealed class UnsubscribeModel(VivierDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Jeton { get; set; }

    public bool Known { get; private set; }
    public bool Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Known = Jeton is { Length: > 0 and <= 64 } && await db.SavedSearches.AnyAsync(s => s.UnsubscribeToken == Jeton, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Jeton is { Length: > 0 and <= 64 })
        {
            Done = await db.SavedSearches.Where(s => s.UnsubscribeToken == Jeton).ExecuteDeleteAsync(cancellationToken) > 0;
        }
        Known = Done;
        return Page();
    }
}
