namespace Vivier.Web.Infrastructure;

/// <summary>Who sees a menu entry.</summary>
public enum Audience
{
    Everyone,
    SignedOut,
    SignedIn,
}

/// <summary>An entry of the main menu: a resource key, a path, who sees it, and the roles needed (none: any).</summary>
public sealed record NavigationItem(string TextKey, string Path, Audience Audience = Audience.Everyone, params string[] Roles)
{
    public bool IsVisibleTo(ClaimsPrincipal user)
    {
        var signedIn = user.Identity?.IsAuthenticated == true;
        return Audience switch
        {
            Audience.SignedOut => !signedIn,
            Audience.SignedIn => signedIn && (Roles.Length == 0 || Roles.Any(user.IsInRole)),
            _ => true,
        };
    }

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
        new("Nav.Missions", "/missions"),
        new("Nav.Events", "/evenements"),
        new("Nav.ReferenceData", "/referentiels"),
        new("Nav.ManageMissions", "/gestion/missions", Audience.SignedIn, Core.Identity.Roles.Recruiter, Core.Identity.Roles.ProgrammeManager, Core.Identity.Roles.Admin),
        new("Nav.Roster", "/roster", Audience.SignedIn, Core.Identity.Roles.Recruiter, Core.Identity.Roles.ProgrammeManager, Core.Identity.Roles.Admin, Core.Identity.Roles.Sponsor),
        new("Nav.Dashboards", "/dashboards", Audience.SignedIn, Core.Identity.Roles.Recruiter, Core.Identity.Roles.ProgrammeManager, Core.Identity.Roles.Admin, Core.Identity.Roles.Sponsor),
        new("Nav.Directory", "/annuaire", Audience.SignedIn, Core.Identity.Roles.Recruiter, Core.Identity.Roles.ProgrammeManager, Core.Identity.Roles.Admin, Core.Identity.Roles.Sponsor, Core.Identity.Roles.Partner),
        new("Nav.ManageEvents", "/gestion/evenements", Audience.SignedIn, Core.Identity.Roles.ProgrammeManager, Core.Identity.Roles.Admin),
        new("Nav.Departures", "/gestion/departs", Audience.SignedIn, Core.Identity.Roles.Recruiter, Core.Identity.Roles.ProgrammeManager, Core.Identity.Roles.Admin),
        new("Nav.PipelineStages", "/gestion/etapes", Audience.SignedIn, Core.Identity.Roles.Recruiter, Core.Identity.Roles.ProgrammeManager, Core.Identity.Roles.Admin),
        new("Nav.PartnerNeed", "/partenaire/besoin", Audience.SignedIn, Core.Identity.Roles.Partner),
        new("Nav.Profile", "/profil", Audience.SignedIn, Core.Identity.Roles.Expert),
        new("Nav.Applications", "/candidatures", Audience.SignedIn, Core.Identity.Roles.Expert),
        new("Nav.Departure", "/mon-depart", Audience.SignedIn, Core.Identity.Roles.Expert),
        new("Nav.People", "/admin/personnes", Audience.SignedIn, Core.Identity.Roles.Admin),
        new("Nav.AuditLog", "/admin/journal", Audience.SignedIn, Core.Identity.Roles.Admin),
        new("Nav.Account", "/compte", Audience.SignedIn),
        new("Nav.SignUp", "/inscription", Audience.SignedOut),
        new("Nav.SignIn", "/connexion", Audience.SignedOut),
    ];

    public static IEnumerable<NavigationItem> For(ClaimsPrincipal user) => Items.Where(i => i.IsVisibleTo(user));
}
