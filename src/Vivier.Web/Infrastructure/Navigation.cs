namespace Vivier.Web.Infrastructure;

/// <summary>Who sees a menu entry.</summary>
public enum Audience
{
    Everyone,
    SignedOut,
    SignedIn,
}

/// <summary>The tasks the menu groups its entries by; an entry outside any group stands alone.</summary>
public enum MenuGroup
{
    None,
    Missions,
    Events,
    Experts,
    Administration,
    Mine,
}

/// <summary>
/// An entry of the main menu: a resource key, a path, who sees it, and the roles needed (none: any);
/// its task group, and the name it takes inside the group's list when that differs from its own.
/// </summary>
public sealed record NavigationItem(string TextKey, string Path, Audience Audience = Audience.Everyone, params string[] Roles)
{
    public MenuGroup Group { get; init; }

    /// <summary>The entry's name inside its group's list (the public board is "Missions" alone, "Offres publiées" beside the staff's pages).</summary>
    public string? InGroupKey { get; init; }

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

/// <summary>One place of the menu as a reader sees it: an entry alone, or a task group's list of entries.</summary>
public sealed record MenuEntry(MenuGroup Group, IReadOnlyList<NavigationItem> Items)
{
    public bool IsList => Items.Count > 1;

    public bool IsCurrent(PathString current) => Items.Any(i => i.IsCurrent(current));
}

/// <summary>
/// The main menu, by role, grouped by task: a group the reader sees one entry of is that entry
/// alone, so a visitor's menu stays flat and a staff member's fits one line. Each feature adds its
/// entries here as it arrives.
/// </summary>
public static class Navigation
{
    private const string Recruiter = Core.Identity.Roles.Recruiter, Manager = Core.Identity.Roles.ProgrammeManager, Admin = Core.Identity.Roles.Admin,
        Sponsor = Core.Identity.Roles.Sponsor, Partner = Core.Identity.Roles.Partner, Expert = Core.Identity.Roles.Expert;

    public static IReadOnlyList<NavigationItem> Items { get; } =
    [
        new("Nav.Home", "/"),
        new("Nav.Missions", "/missions") { Group = MenuGroup.Missions, InGroupKey = "Nav.Missions.Published" },
        new("Nav.ManageMissions", "/gestion/missions", Audience.SignedIn, Recruiter, Manager, Admin) { Group = MenuGroup.Missions },
        new("Nav.PipelineStages", "/gestion/etapes", Audience.SignedIn, Recruiter, Manager, Admin) { Group = MenuGroup.Missions },
        new("Nav.ForYou", "/missions-pour-vous", Audience.SignedIn, Expert) { Group = MenuGroup.Missions },
        new("Nav.Events", "/evenements") { Group = MenuGroup.Events, InGroupKey = "Nav.Events.Public" },
        new("Nav.ManageEvents", "/gestion/evenements", Audience.SignedIn, Manager, Admin) { Group = MenuGroup.Events },
        new("Nav.Roster", "/roster", Audience.SignedIn, Recruiter, Manager, Admin, Sponsor) { Group = MenuGroup.Experts },
        new("Nav.Departures", "/gestion/departs", Audience.SignedIn, Recruiter, Manager, Admin) { Group = MenuGroup.Experts },
        new("Nav.Directory", "/annuaire", Audience.SignedIn, Recruiter, Manager, Admin, Sponsor, Partner) { Group = MenuGroup.Experts },
        new("Nav.Dashboards", "/dashboards", Audience.SignedIn, Recruiter, Manager, Admin, Sponsor),
        new("Nav.ReferenceData", "/referentiels"),
        new("Nav.People", "/admin/personnes", Audience.SignedIn, Admin) { Group = MenuGroup.Administration },
        new("Nav.AuditLog", "/admin/journal", Audience.SignedIn, Admin) { Group = MenuGroup.Administration },
        new("Nav.Retention", "/admin/conservation", Audience.SignedIn, Admin) { Group = MenuGroup.Administration },
        new("Nav.DataRequests", "/admin/demandes", Audience.SignedIn, Admin) { Group = MenuGroup.Administration },
        new("Nav.Matching", "/gestion/rapprochement", Audience.SignedIn, Admin) { Group = MenuGroup.Administration },
        new("Nav.PartnerNeed", "/partenaire/besoin", Audience.SignedIn, Partner) { Group = MenuGroup.Mine },
        new("Nav.Profile", "/profil", Audience.SignedIn, Expert) { Group = MenuGroup.Mine },
        new("Nav.Applications", "/candidatures", Audience.SignedIn, Expert) { Group = MenuGroup.Mine },
        new("Nav.Departure", "/mon-depart", Audience.SignedIn, Expert) { Group = MenuGroup.Mine },
        new("Nav.Account", "/compte", Audience.SignedIn) { Group = MenuGroup.Mine },
        new("Nav.SignUp", "/inscription", Audience.SignedOut),
        new("Nav.SignIn", "/connexion", Audience.SignedOut),
    ];

    public static IEnumerable<NavigationItem> For(ClaimsPrincipal user) => Items.Where(i => i.IsVisibleTo(user));

    /// <summary>The reader's menu: entries in order, each group where its first entry stands.</summary>
    public static IReadOnlyList<MenuEntry> MenuFor(ClaimsPrincipal user)
    {
        var entries = new List<MenuEntry>();
        foreach (var item in For(user))
        {
            if (item.Group != MenuGroup.None && entries.FindIndex(e => e.Group == item.Group) is var at and >= 0)
            {
                entries[at] = entries[at] with { Items = [.. entries[at].Items, item] };
            }
            else
            {
                entries.Add(new MenuEntry(item.Group, [item]));
            }
        }
        return entries;
    }
}
