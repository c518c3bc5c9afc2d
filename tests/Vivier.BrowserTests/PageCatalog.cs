using Vivier.Core.Identity;

namespace Vivier.BrowserTests;

/// <summary>A page to check: a name for its screenshot, its path, and who looks at it (null: a visitor).
/// "{self}" in the path stands for the signed-in person's id, "{application}" for a demo application at the interview stage,
/// "{pipeline}" for its mission's reference, "{deployment}" for a demo deployment in post with its history,
/// "{event}" for the 2024 expertise days, "{session}" for one of its workshops, "{coming}" for the demo's event to come.</summary>
public sealed record CatalogPage(string Name, string Path, string? Role = null);

/// <summary>
/// Every page a person can reach, checked with axe in French and in English. Each module's issue
/// adds its pages here; a page missing from this list is a page nobody checks.
/// </summary>
public static class PageCatalog
{
    public static readonly CatalogPage[] Pages =
    [
        new("home", "/"),
        new("accessibility-statement", "/accessibilite"),
        new("privacy-notice", "/confidentialite"),
        new("erase-link", "/compte/effacement?jeton=perime"),
        new("site-map", "/plan-du-site"),
        new("site-map-admin", "/plan-du-site", Roles.Admin),
        new("reference-data", "/referentiels"),
        new("reference-data-countries", "/referentiels/pays"),
        new("reference-data-sectors", "/referentiels/secteurs"),
        new("not-found", "/page-qui-n-existe-pas"),
        new("missions", "/missions"),
        new("missions-search", "/missions?q=cybers%C3%A9curit%C3%A9&continent=Asia&sort=closing"),
        new("missions-empty", "/missions?q=introuvable&kind=AT"),
        new("missions-bad-input", "/missions?page=0&kind=XYZ"),
        new("mission", "/missions/ETI-2026-0001"),
        new("sign-up", "/inscription"),
        new("sign-up-sent", "/inscription/envoyee"),
        new("sign-up-resend", "/inscription/renvoyer"),
        new("confirm-email-invalid", "/compte/confirmer?personne=00000000-0000-0000-0000-000000000001&code=x"),
        new("sign-in", "/connexion"),
        new("forgot-password", "/mot-de-passe-oublie"),
        new("forgot-password-sent", "/mot-de-passe-oublie?Sent=True"),
        new("reset-password", "/mot-de-passe/nouveau?personne=00000000-0000-0000-0000-000000000001&code=x"),
        new("sign-out", "/deconnexion"),
        new("too-many-attempts", "/erreur/429"),
        new("account", "/compte", Roles.Expert),
        new("my-data", "/compte/donnees", Roles.Expert),
        new("alerts", "/compte/alertes", Roles.Expert),
        new("missions-signed-in", "/missions?theme=climate", Roles.Expert),
        new("unsubscribe-unknown", "/alertes/desabonner?jeton=inconnu"),
        new("change-password", "/compte/mot-de-passe", Roles.Expert),
        new("two-factor-setup", "/compte/double-authentification", Roles.Expert),
        new("passkeys", "/compte/cles-d-acces", Roles.Expert),
        new("manage-missions", "/gestion/missions", Roles.Recruiter),
        new("manage-mission-new", "/gestion/missions/nouvelle", Roles.Recruiter),
        new("manage-mission-edit", "/gestion/missions/ETI-2026-0001", Roles.Recruiter),
        new("pipeline-board", "/gestion/missions/{pipeline}/candidatures", Roles.Recruiter),
        new("pipeline-list", "/gestion/missions/{pipeline}/candidatures?vue=liste&tri=nom", Roles.ProgrammeManager),
        new("pipeline-by-fit", "/gestion/missions/{pipeline}/candidatures?vue=adequation", Roles.Recruiter),
        new("pool-suggestions", "/gestion/missions/{pipeline}/suggestions", Roles.Recruiter),
        new("pool-suggestions-read", "/gestion/missions/{pipeline}/suggestions", Roles.ProgrammeManager),
        new("pool-suggestions-refused", "/gestion/missions/{pipeline}/suggestions?probleme=Match.Invite.Already", Roles.Recruiter),
        new("suggestions-balance", "/gestion/missions/{pipeline}/suggestions/equite", Roles.ProgrammeManager),
        new("mission-weights", "/gestion/missions/{pipeline}/ponderations", Roles.Recruiter),
        new("programme-matching", "/gestion/rapprochement", Roles.Admin),
        new("missions-for-you", "/missions-pour-vous", Roles.Expert),
        new("application-folder", "/gestion/candidatures/{application}", Roles.Recruiter),
        new("application-folder-read", "/gestion/candidatures/{application}", Roles.ProgrammeManager),
        new("hire-confirmation", "/gestion/candidatures/{application}/recruter?back=%2Fgestion%2Fmissions%2F{pipeline}%2Fcandidatures", Roles.Recruiter),
        new("pipeline-stages", "/gestion/etapes", Roles.Admin),
        new("roster", "/roster?asOf=2023-12-31", Roles.ProgrammeManager),
        new("departures", "/gestion/departs", Roles.ProgrammeManager),
        new("departures-late", "/gestion/departs?retard=true", Roles.Recruiter),
        new("my-departure", "/mon-depart", Roles.Expert),
        new("directory", "/annuaire", Roles.Partner),
        new("directory-filtered", "/annuaire?pays=BE", Roles.Sponsor),
        new("departure-template", "/gestion/departs/modele", Roles.ProgrammeManager),
        new("deployment", "/gestion/deploiements/{deployment}", Roles.ProgrammeManager),
        new("deployment-import", "/gestion/deploiements/import", Roles.ProgrammeManager),
        new("roster-filtered", "/roster?asOf=2023-12-31&continent=Africa&kind=ETI&page=2", Roles.Recruiter),
        new("roster-sponsor", "/roster?asOf=2023-12-31", Roles.Sponsor),
        new("roster-bad-input", "/roster?asOf=31-12-2023&kind=XYZ", Roles.Admin),
        new("pipeline-stage", "/gestion/etapes/interview", Roles.Recruiter),
        new("dashboards", "/dashboards?asOf=2023-12-31", Roles.ProgrammeManager),
        new("dashboards-sponsor", "/dashboards?asOf=2023-12-31", Roles.Sponsor),
        new("dashboards-filtered", "/dashboards?asOf=2024-06-30&kind=ETI&sponsor=MEAE&from=2020-01-01&to=2026-11-27", Roles.Admin),
        new("dashboards-bad-input", "/dashboards?asOf=2024-13-01&from=2025-01-01&to=2024-01-01", Roles.Recruiter),
        new("dashboard-applications", "/gestion/candidatures?reached=interview", Roles.Recruiter),
        new("partner-need", "/partenaire/besoin", Roles.Partner),
        new("profile", "/profil", Roles.Expert),
        new("profile-preview", "/profil/apercu", Roles.Expert),
        new("profile-identite", "/profil/identite", Roles.Expert),
        new("profile-langues", "/profil/langues", Roles.Expert),
        new("profile-expertise", "/profil/expertise", Roles.Expert),
        new("profile-parcours", "/profil/parcours", Roles.Expert),
        new("profile-formation", "/profil/formation", Roles.Expert),
        new("profile-disponibilite", "/profil/disponibilite", Roles.Expert),
        new("applications", "/candidatures", Roles.Expert),
        new("apply", "/missions/ETI-2026-0001/postuler", Roles.Expert),
        new("events", "/evenements"),
        new("event-programme", "/evenements/{event}"),
        new("event-programme-signed-in", "/evenements/{coming}", Roles.Expert),
        new("event-register", "/evenements/{coming}/inscription", Roles.Expert),
        new("my-agenda", "/mon-agenda", Roles.Expert),
        new("manage-events", "/gestion/evenements", Roles.ProgrammeManager),
        new("manage-event-new", "/gestion/evenements/nouveau", Roles.ProgrammeManager),
        new("manage-event", "/gestion/evenements/{event}", Roles.ProgrammeManager),
        new("manage-session", "/gestion/evenements/{event}/sessions/{session}", Roles.Admin),
        new("manage-session-new", "/gestion/evenements/{coming}/sessions/nouvelle", Roles.ProgrammeManager),
        new("manage-registrations", "/gestion/evenements/{event}/inscriptions?type=expert&needs=true", Roles.ProgrammeManager),
        new("manage-invitations", "/gestion/evenements/{coming}/invitations?source=FirstTimeDepartees&from=2026-12-01&until=2027-06-30", Roles.ProgrammeManager),
        new("event-badges", "/gestion/evenements/{event}/badges?type=partner", Roles.Recruiter),
        new("event-check-in", "/gestion/evenements/{event}/accueil", Roles.Recruiter),
        new("event-meetings", "/gestion/evenements/{event}/rencontres", Roles.ProgrammeManager),
        new("event-feedback-results", "/gestion/evenements/{event}/avis", Roles.ProgrammeManager),
        new("event-networking", "/evenements/{event}/reseau", Roles.Expert),
        new("event-visa-letter", "/evenements/{event}/lettre-invitation", Roles.Expert),
        new("event-certificate", "/evenements/{event}/attestation", Roles.Expert),
        new("event-surveys", "/evenements/{event}/avis", Roles.Expert),
        new("admin-people", "/admin/personnes", Roles.Admin),
        new("admin-invite", "/admin/personnes/inviter", Roles.Admin),
        new("admin-person", "/admin/personnes/{self}", Roles.Admin),
        new("admin-legal-hold", "/admin/personnes/{self}/gel", Roles.Admin),
        new("admin-audit-log", "/admin/journal", Roles.Admin),
        new("admin-retention", "/admin/conservation", Roles.Admin),
        new("admin-data-requests", "/admin/demandes", Roles.Admin),
    ];

    /// <summary>The pages staff work in (Recruiter, ProgrammeManager, Admin), also checked on a phone's screen.</summary>
    public static TheoryData<string> StaffNames()
    {
        var data = new TheoryData<string>();
        foreach (var page in Pages.Where(p => p.Role is Roles.Recruiter or Roles.ProgrammeManager or Roles.Admin))
        {
            data.Add(page.Name);
        }
        return data;
    }

    /// <summary>The other pages (visitors', candidates', experts', sponsors', partners'), also checked on a phone's screen.</summary>
    public static TheoryData<string> OtherNames()
    {
        var data = new TheoryData<string>();
        foreach (var page in Pages.Where(p => p.Role is not (Roles.Recruiter or Roles.ProgrammeManager or Roles.Admin)))
        {
            data.Add(page.Name);
        }
        return data;
    }

    /// <summary>Every page's name, for one language's check (the two languages run side by side, each class with its own app).</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var page in Pages)
        {
            data.Add(page.Name);
        }
        return data;
    }
}
