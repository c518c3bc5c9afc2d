namespace Vivier.Web.Features.Accessibility;

/// <summary>
/// The accessibility statement the RGAA requires of French public bodies' services. The contact
/// address is the operator's own: Vivier:AccessibilityContact.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(IConfiguration configuration) : PageModel
{
    public static readonly DateOnly EstablishedOn = new(2026, 11, 27);

    public string? Contact { get; } = configuration["Vivier:AccessibilityContact"] is { Length: > 0 } address ? address : null;

    public void OnGet()
    {
    }
}
