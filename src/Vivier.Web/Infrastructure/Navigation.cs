using System.Security.Claims;

namespace Vivier.Web.Infrastructure;

/// <summary>An entry of the main menu: a resource key, a path, and the roles that see it (none: everyone).</summary>
public sealed record NavigationItem(string TextKey, string Path, params string[] Roles)
{
    public bool IsVisibleTo(ClaimsPrincipal user) => Roles.Length == 0 || Roles.Any(user.IsInRole);

    public bool IsCurrent(PathString current) => Path == "/"
        ? current == "/" || !current.HasValue
        : current.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The main menu, by role. Each feature adds its entries here as it arrives.</summary>
public static class Navigation
{
    public static IReadOnlyList<NavigationItem> Items { get; } =
    [
        new("Nav.Home", "/"),
        new("Nav.ReferenceData", "/referentiels"),
    ];

    public static IEnumerable<NavigationItem> For(ClaimsPrincipal user) => Items.Where(i => i.IsVisibleTo(user));
}
