namespace Vivier.Web.Features.Accessibility;

/// <summary>
/// The accessibility statement the RGAA requires of French public bodies' services: its state,
/// rate and non-compliances come from the self-assessment grid (docs/rgaa/grille.csv). The contact
/// address is the operator's own: Vivier:AccessibilityContact.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(IConfiguration configuration) : PageModel
{
    public static readonly DateOnly EstablishedOn = new(2026, 12, 7);

    public string? Contact { get; } = configuration["Vivier:AccessibilityContact"] is { Length: > 0 } address ? address : null;

    public void OnGet()
    {
    }
}
