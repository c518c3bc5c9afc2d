namespace Vivier.Web.Features.SiteMap;

/// <summary>
/// /plan-du-site: every page the reader can reach, as the menu groups them, with the pages the
/// footer and the account lead to — the second way through the site the RGAA asks for (12.1).
/// </summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    /// <summary>Pages outside the menu, open to everyone: a resource key and a path.</summary>
    public static readonly IReadOnlyList<(string TextKey, string Path)> Information =
    [
        ("Footer.Statement", "/accessibilite"),
        ("SiteMap.Privacy", "/confidentialite"),
        ("SiteMap.Countries", "/referentiels/pays"),
        ("SiteMap.Sectors", "/referentiels/secteurs"),
        ("Footer.Api", "/openapi/v1.json"),
    ];

    /// <summary>The account's own pages, for a signed-in reader.</summary>
    public static readonly IReadOnlyList<(string TextKey, string Path)> Account =
    [
        ("SiteMap.Alerts", "/compte/alertes"),
        ("SiteMap.Passkeys", "/compte/cles-d-acces"),
    ];

    public IReadOnlyList<MenuEntry> Menu { get; private set; } = [];

    public void OnGet() => Menu = Navigation.MenuFor(User);
}
