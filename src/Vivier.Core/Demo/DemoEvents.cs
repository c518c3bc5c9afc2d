using Microsoft.AspNetCore.Identity;
using Vivier.Core.Deployments;
using Vivier.Core.Events;

namespace Vivier.Core.Demo;

/// <summary>
/// The events of the seed article: the 3rd expertise days, 29–30 August 2024 at INSP in Paris
/// (264 registrations, of whom 175 experts in post; the programme it tells), and the two
/// pre-departure days just before for the 50 first-time departees. Plus one preparation to come,
/// dated from the day the demo is loaded, so that registering and the waitlist can be tried.
/// </summary>
public static class DemoEvents
{
    public const string DaysTitle = "3es Journées de l'expertise technique internationale";
    public const string PreparationTitle = "Journées de préparation au départ des primo-partants";
    public const string ComingTitle = "Préparation au départ : prochaine cohorte";
    public const int ExpertsAtDays = 175;
    public const int FirstTimeDepartees = 50;
    public const int Sponsors = 12;
    public const int Partners = 9;
    public const int Staff = 15;
    public const int Guests = 3;
    public const int RegisteredAtDays = ExpertsAtDays + FirstTimeDepartees + Sponsors + Partners + Staff + Guests;
    public const int WorkshopCapacity = 30;
    public const int ComingWorkshopCapacity = 12;

    private static readonly DateOnly DaysStart = new(2024, 8, 29);
    private const string Insp = "Institut national du service public (INSP), 2 avenue de l'Observatoire, 75006 Paris";
    private const string Agency = "Expertise France, 40 boulevard de Port-Royal, 75005 Paris";

    private sealed record Slot(int Day, int FromHour, int FromMinute, int ToHour, int ToMinute);

    private sealed record Planned(string Title, SessionType Type, string Room, Slot Slot, int Capacity, string[] Themes, (string Name, string? Role)[] Speakers,
        string? Description = null, int Round = 0);

    private static readonly Slot Opening = new(0, 9, 30, 10, 15);
    private static readonly Slot Institutions = new(0, 10, 15, 11, 30);
    private static readonly Slot CartesDay1 = new(0, 11, 45, 12, 45);
    private static readonly Slot Round1 = new(0, 14, 0, 15, 30);
    private static readonly Slot Round2 = new(0, 16, 0, 17, 30);
    private static readonly Slot CartesDay2 = new(1, 9, 30, 10, 30);
    private static readonly Slot Round3 = new(1, 10, 45, 12, 15);
    private static readonly Slot Debate = new(1, 14, 0, 15, 45);
    private static readonly Slot Closing = new(1, 16, 0, 16, 45);

    /// <summary>The programme the article tells; the speakers it names, with the titles it gives them.</summary>
    private static readonly Planned[] DaysProgramme =
    [
        new("Ouverture des Journées", SessionType.Plenary, "Amphithéâtre", Opening, 300, [],
            [("Jérémie Pellet", "directeur général d'Expertise France")],
            "Le savoir-faire technique des ETI au service des politiques publiques des pays partenaires."),
        new("Ancrer les dispositifs ETI au réseau de coopération et d'influence", SessionType.Plenary, "Amphithéâtre", Institutions, 300, ["economic-diplomacy"],
            [("Olivier Richard", "directeur général adjoint de la mondialisation, ministère de l'Europe et des Affaires étrangères"),
             ("Armel Castets", "sous-directeur du financement international des entreprises et du soutien au commerce extérieur, direction générale du Trésor")],
            "L'élargissement du dispositif à tous les continents, le travail en Équipe France et le rôle de « traducteurs » des ETI."),
        new("Carte blanche : l'hydrogène vert, de l'étude au projet", SessionType.CarteBlanche, "Salle Tocqueville", CartesDay1, 60, ["new-energies"], []),
        new("Carte blanche : l'intelligence artificielle dans les administrations partenaires", SessionType.CarteBlanche, "Salle Montesquieu", CartesDay1, 60, ["digital-ai"], []),
        new("Atelier nouvelles énergies", SessionType.Workshop, "Salle 101", Round1, WorkshopCapacity, ["new-energies"], [], Round: 1),
        new("Atelier lutte contre le blanchiment d'argent", SessionType.Workshop, "Salle 102", Round1, WorkshopCapacity, ["anti-money-laundering"], [], Round: 1),
        new("Atelier décentralisation et appui à la gouvernance locale", SessionType.Workshop, "Salle 103", Round1, WorkshopCapacity, ["decentralisation"], [], Round: 1),
        new("Atelier santé", SessionType.Workshop, "Salle 104", Round1, WorkshopCapacity, ["health"], [], Round: 1),
        new("Atelier océans", SessionType.Workshop, "Salle 105", Round1, WorkshopCapacity, ["oceans"], [], Round: 1),
        new("Atelier langue française", SessionType.Workshop, "Salle 101", Round2, WorkshopCapacity, ["french-language"], [], Round: 2),
        new("Atelier sport", SessionType.Workshop, "Salle 102", Round2, WorkshopCapacity, ["sport"], [], Round: 2),
        new("Atelier crise, fragilité et résilience", SessionType.Workshop, "Salle 103", Round2, WorkshopCapacity, ["crisis-resilience"], [], Round: 2),
        new("Atelier continuum éducatif", SessionType.Workshop, "Salle 104", Round2, WorkshopCapacity, ["education"], [], Round: 2),
        new("Carte blanche : l'expertise française dans la coopération spatiale", SessionType.CarteBlanche, "Salle Tocqueville", CartesDay2, 60, ["space"], []),
        new("Carte blanche : « traducteurs » entre administrations et entreprises françaises", SessionType.CarteBlanche, "Salle Montesquieu", CartesDay2, 60, ["economic-diplomacy"], []),
        new("Atelier entrepreneuriat et influence économique", SessionType.Workshop, "Salle 101", Round3, WorkshopCapacity, ["economic-diplomacy"], [], Round: 3),
        new("Grand débat : la diplomatie féministe", SessionType.Debate, "Amphithéâtre", Debate, 300, ["gender-equality"],
            [("Isabelle Rome", "ambassadrice pour les droits de l'Homme"),
             ("Marie Soulié", "cheffe de la Mission de la diplomatie féministe et de l'éducation, ministère de l'Europe et des Affaires étrangères"),
             ("Charlotte Lebas", "experte technique internationale, éducation, Washington")],
            "L'égalité de genre, enjeu politique et d'influence : déconstruire les stéréotypes, intégrer le genre dans tous les pans de la politique extérieure."),
        new("Cérémonie de clôture", SessionType.Ceremony, "Amphithéâtre", Closing, 300, [], []),
    ];

    private static readonly (string Title, int Day, int From, int To)[] PreparationProgramme =
    [
        ("Le dispositif ETI, vos interlocuteurs et vos premiers mois", 0, 9, 11),
        ("Sécurité et sûreté en poste", 0, 11, 13),
        ("Travailler avec l'ambassade et le réseau de coopération", 0, 14, 16),
        ("Santé, protection sociale et vie pratique à l'étranger", 0, 16, 17),
        ("Rendre compte : rapports de terrain et opportunités de coopération", 1, 9, 11),
        ("Communication interculturelle et posture de conseil", 1, 11, 13),
        ("Rencontre avec des ETI confirmés", 1, 14, 16),
    ];

    private static readonly string[] GivenNames = ["Agnès", "Bruno", "Cécile", "David", "Élodie", "François", "Hélène", "Julien", "Laure", "Michel", "Nora", "Pierre", "Sandrine", "Vincent"];
    private static readonly string[] FamilyNames = ["Aubert", "Boyer", "Carpentier", "Dupuis", "Fleury", "Guérin", "Hamon", "Lemoine", "Mercier", "Royer", "Vidal"];

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5394", Justification = "Demo data: a fixed seed makes it the same every time; nothing secret depends on it.")]
    public static async Task SeedAsync(VivierDb db, DateTime now, CancellationToken cancellationToken = default)
    {
        var random = new Random(2024);
        var themes = await db.Themes.ToDictionaryAsync(t => t.Code, cancellationToken);
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.ShortName, o => o.Id, cancellationToken);
        var accounts = await db.Users.Where(p => p.IsDemo && p.Email!.EndsWith("@vivier.test"))
            .ToDictionaryAsync(p => p.Email!, p => p.Id, cancellationToken);

        // The first-time departees: first deployments starting in the autumn and winter after the days.
        var departees = (await db.Deployments.AsNoTracking()
                .Where(d => d.IsFirstDeployment && d.Status != DeploymentStatus.Cancelled && d.PlannedStart >= new DateOnly(2024, 9, 1) && d.PlannedStart <= new DateOnly(2025, 3, 31))
                .Join(db.Users, d => d.PersonId, p => p.Id, (d, p) => new { d.PlannedStart, p.Email, p.Id }).ToListAsync(cancellationToken))
            .OrderBy(x => x.PlannedStart).ThenBy(x => x.Email, StringComparer.Ordinal).Select(x => x.Id).Distinct().Take(FirstTimeDepartees).ToList();
        var experts = (await db.Deployments.AsNoTracking().InPostOn(DaysStart)
                .Join(db.Users, d => d.PersonId, p => p.Id, (d, p) => new { p.Email, p.Id }).ToListAsync(cancellationToken))
            .Where(x => !departees.Contains(x.Id)).OrderBy(x => x.Email, StringComparer.Ordinal).Select(x => x.Id).Distinct().Take(ExpertsAtDays).ToList();
        if (departees.Count < FirstTimeDepartees || experts.Count < ExpertsAtDays)
        {
            throw new InvalidOperationException($"The demo roster has {departees.Count} first-time departees and {experts.Count} experts for the 2024 days.");
        }

        // The others who came: sponsors' and partners' people, the agency's staff, guests.
        var number = 0;
        var registered = 0;
        Guid Person(string role, string? organisation)
        {
            number++;
            var email = string.Create(CultureInfo.InvariantCulture, $"participant{number:D2}@evenements.vivier.test");
            var person = new Person
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
                SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
                GivenName = GivenNames[number % GivenNames.Length], FamilyName = FamilyNames[number * 7 % FamilyNames.Length],
                OrganisationId = organisation is null ? null : organisations[organisation], CreatedAt = now,
            };
            db.Users.Add(person);
            if (role.Length > 0)
            {
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = person.Id, RoleId = roleIds[role] });
            }
            return person.Id;
        }
        var sponsors = new List<Guid> { accounts["meae@vivier.test"], accounts["tresor@vivier.test"] };
        sponsors.AddRange(Enumerable.Range(0, Sponsors - 2).Select(i => Person(Roles.Sponsor, i % 5 < 3 ? "MEAE" : "DG Trésor")));
        string[] hosts = ["EgSA", "MFB Tchad", "MINAMB", "MCST"];
        var partners = new List<Guid> { accounts["partenaire@vivier.test"] };
        partners.AddRange(Enumerable.Range(0, Partners - 1).Select(i => Person(Roles.Partner, hosts[i % hosts.Length])));
        var staff = new List<Guid> { accounts["suivi@vivier.test"], accounts["admin@vivier.test"], accounts["recruteur@vivier.test"] };
        staff.AddRange(Enumerable.Range(0, Staff - 3).Select(_ => Person(Roles.ProgrammeManager, null)));
        var guests = Enumerable.Range(0, Guests).Select(_ => Person("", null)).ToList();

        var registrationsOpen = new DateTime(2024, 6, 3, 8, 0, 0, DateTimeKind.Utc);
        var preparation = NewEvent(PreparationTitle, DaysStart.AddDays(-2), DaysStart.AddDays(-1), Agency, EventAudience.Invitation, registrationsOpen,
            "Deux journées pour préparer le départ : le dispositif et ses interlocuteurs, la sécurité, le travail avec l'ambassade, rendre compte, la vie pratique — et la rencontre d'ETI confirmés. Un moment d'apprentissage et de convivialité avant de partir vers l'un des quelque 110 pays d'intervention.");
        var days = NewEvent(DaysTitle, DaysStart, DaysStart.AddDays(1), Insp, EventAudience.Approval, registrationsOpen,
            "Deux jours de conférences, d'ateliers et d'échanges pour les experts techniques internationaux, leurs partenaires et les ministères commanditaires : ancrer les dispositifs ETI au réseau de coopération et d'influence, de l'entrepreneuriat à la diplomatie féministe.");
        days.TitleEn = "3rd International Technical Expertise Days";
        days.Questions = ["Souhaitez-vous présenter votre mission lors d'une carte blanche ? Si oui, en quelques mots :"];
        preparation.TitleEn = "Pre-departure days for first-time departees";

        // The preparation days: every first-time departee invited, registered and in every session, with the staff who run it.
        var preparationSessions = PreparationProgramme.Select(p => NewSession(preparation, p.Title, SessionType.Training, "Salle Port-Royal",
            new Slot(p.Day, p.From, 0, p.To, 0), 60, [], [], null)).ToList();
        foreach (var person in departees)
        {
            db.Invitations.Add(new Invitation { EventId = preparation.Id, PersonId = person, ParticipantType = ParticipantType.FirstTimeDeparting, InvitedAt = registrationsOpen });
            Register(preparation, person, ParticipantType.FirstTimeDeparting);
        }
        foreach (var person in staff.Take(3))
        {
            Register(preparation, person, ParticipantType.Staff);
        }
        foreach (var session in preparationSessions)
        {
            Fill(session, departees);
        }

        // The expertise days.
        var sessions = DaysProgramme.Select(p => (Plan: p, Session: NewSession(days, p.Title, p.Type, p.Room, p.Slot, p.Capacity, p.Themes, p.Speakers, p.Description))).ToList();
        var everyone = new List<Guid>();
        foreach (var (group, type) in new[] { (experts, ParticipantType.Expert), (departees, ParticipantType.FirstTimeDeparting), (sponsors, ParticipantType.Sponsor),
                     (partners, ParticipantType.Partner), (staff, ParticipantType.Staff), (guests, ParticipantType.Guest) })
        {
            foreach (var person in group)
            {
                Register(days, person, type);
                everyone.Add(person);
            }
        }
        // Plenaries, the debate and the closing for all; in each round of workshops and cartes blanches, most pick one,
        // in the order their choices reached the site: the popular ones fill up and keep a waitlist.
        foreach (var (plan, session) in sessions.Where(s => s.Plan.Capacity >= 300))
        {
            Fill(session, everyone);
        }
        foreach (var round in sessions.Where(s => s.Plan.Capacity < 300).GroupBy(s => s.Plan.Slot))
        {
            var options = round.Select(s => s.Session).ToList();
            var choices = options.ToDictionary(s => s.Id, _ => new List<Guid>());
            // About as many people pick a session of the round as it has seats; the first ones draw more.
            var share = Math.Min(90, options.Sum(o => o.Capacity) * 100 / everyone.Count);
            foreach (var person in everyone.OrderBy(_ => random.Next()))
            {
                if (random.Next(100) < share)
                {
                    var pick = Math.Min(options.Count - 1, (int)Math.Floor(Math.Pow(random.NextDouble(), 1.25) * options.Count));
                    choices[options[pick].Id].Add(person);
                }
            }
            foreach (var session in options)
            {
                Fill(session, choices[session.Id]);
            }
        }

        DemoOnSite.Seed(db, days, await ProfilesAsync(db, everyone, themes.Keys.Order(StringComparer.Ordinal).ToList(), cancellationToken), staff[0], random);
        await SeedComingAsync(db, now, themes, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        Event NewEvent(string title, DateOnly start, DateOnly end, string venue, EventAudience audience, DateTime opens, string description)
        {
            var e = new Event
            {
                Title = title, StartDate = start, EndDate = end, Venue = venue, Audience = audience, Description = description,
                RegistrationOpensAt = opens, RegistrationClosesAt = Event.StartsAt(start), CreatedAt = opens,
            };
            db.Events.Add(e);
            return e;
        }

        Session NewSession(Event e, string title, SessionType type, string room, Slot slot, int capacity, string[] codes, (string Name, string? Role)[] speakers, string? description)
        {
            var day = e.StartDate.AddDays(slot.Day);
            var session = new Session
            {
                EventId = e.Id, Title = title, Type = type, Room = room, Capacity = capacity, Description = description,
                Start = ParisTime.At(day, slot.FromHour, slot.FromMinute), End = ParisTime.At(day, slot.ToHour, slot.ToMinute),
                Themes = codes.Select(c => themes[c]).ToList(),
                Speakers = speakers.Select((s, i) => new SessionSpeaker { Name = s.Name, Role = s.Role, Order = i }).ToList(),
            };
            db.Sessions.Add(session);
            return session;
        }

        void Register(Event e, Guid person, ParticipantType type)
        {
            db.Registrations.Add(new Registration
            {
                EventId = e.Id, PersonId = person, ParticipantType = type, Status = RegistrationStatus.Confirmed,
                RegisteredAt = e.RegistrationOpensAt.AddHours(++registered % 900), ImageRightsConsent = registered % 9 != 0,
                DietaryNeeds = registered % 11 == 0 ? "Végétarien" : registered % 17 == 0 ? "Sans gluten" : null,
                AccessibilityNeeds = registered % 53 == 0 ? "Accès de plain-pied" : null,
                DecidedAt = e.Audience == EventAudience.Approval ? e.RegistrationOpensAt.AddDays(7) : null,
            });
        }

        void Fill(Session session, IEnumerable<Guid> people)
        {
            var tickets = 0;
            foreach (var person in people)
            {
                tickets++;
                db.Enrolments.Add(new Enrolment
                {
                    SessionId = session.Id, EventId = session.EventId, PersonId = person, Ticket = tickets, CreatedAt = session.Start.AddDays(-20).AddMinutes(tickets),
                    Status = tickets <= session.Capacity ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waitlisted,
                });
            }
            session.Counted(Math.Min(tickets, session.Capacity), tickets);
        }
    }

    /// <summary>
    /// Where each participant of the days works: experts and departees their post (host institution,
    /// country, first theme); the others their organisation, or the agency for its staff. Guests have none.
    /// </summary>
    private static async Task<Dictionary<Guid, DemoOnSite.Profile>> ProfilesAsync(VivierDb db, IReadOnlyCollection<Guid> people, IReadOnlyList<string> themes,
        CancellationToken cancellationToken)
    {
        var posts = (await db.Deployments.AsNoTracking().Where(d => people.Contains(d.PersonId) && d.Status != DeploymentStatus.Cancelled && d.PlannedStart <= new DateOnly(2025, 3, 31))
                .Select(d => new { d.PersonId, d.HostInstitution, d.CountryCode, d.PlannedStart, Theme = d.Themes.Select(t => t.Code).OrderBy(c => c).FirstOrDefault() })
                .ToListAsync(cancellationToken))
            .GroupBy(d => d.PersonId).ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.PlannedStart).First());
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        // The accounts made by this seeding are not saved yet: read from the tracker, the others in one query each.
        var saved = await db.Users.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OrganisationId, cancellationToken);
        var organisationOf = db.Users.Local.ToDictionary(p => p.Id, p => p.OrganisationId);
        foreach (var (id, organisationId) in saved)
        {
            organisationOf.TryAdd(id, organisationId);
        }
        var withRole = (await db.UserRoles.AsNoTracking().Where(r => people.Contains(r.UserId)).Select(r => r.UserId).ToListAsync(cancellationToken))
            .Concat(db.UserRoles.Local.Select(r => r.UserId)).ToHashSet();
        var profiles = new Dictionary<Guid, DemoOnSite.Profile>();
        var i = 0;
        foreach (var person in people)
        {
            var theme = themes[i++ % themes.Count];
            if (posts.TryGetValue(person, out var post))
            {
                profiles[person] = new(post.HostInstitution, post.CountryCode, post.Theme ?? theme);
            }
            else if (organisationOf.GetValueOrDefault(person) is { } id && organisations.TryGetValue(id, out var organisation))
            {
                profiles[person] = new(organisation.Name, organisation.CountryCode.Trim(), theme);
            }
            else if (withRole.Contains(person))
            {
                profiles[person] = new("Expertise France", "FR", theme);
            }
        }
        return profiles;
    }

    /// <summary>A preparation three to four weeks after the demo is loaded, on approval: its cohort registered, its security workshop full with a waitlist.</summary>
    private static async Task SeedComingAsync(VivierDb db, DateTime now, Dictionary<string, ReferenceData.Theme> themes, CancellationToken cancellationToken)
    {
        // A Monday and a Tuesday, three to four weeks ahead.
        var start = ParisTime.Today(now).AddDays(21);
        while (start.DayOfWeek != DayOfWeek.Monday)
        {
            start = start.AddDays(1);
        }
        var opened = Event.StartsAt(start.AddDays(-35)).AddHours(9);
        var e = new Event
        {
            Title = ComingTitle, StartDate = start, EndDate = start.AddDays(1), Venue = Agency, Audience = EventAudience.Approval, CreatedAt = opened,
            RegistrationOpensAt = opened, RegistrationClosesAt = Event.StartsAt(start),
            Description = "Pour les expertes et les experts qui partent pour la première fois : deux journées pour préparer le départ. Inscription sur validation de l'équipe.",
            Questions = ["Dans quel pays partez-vous, et à quelle date ?"],
        };
        db.Events.Add(e);
        var cohort = await db.Deployments.AsNoTracking().Where(d => d.IsFirstDeployment && d.Status == DeploymentStatus.Preparing)
            .Join(db.Users, d => d.PersonId, p => p.Id, (d, p) => new { p.Id, p.Email }).ToListAsync(cancellationToken);
        var people = cohort.OrderBy(x => x.Email, StringComparer.Ordinal).Select(x => x.Id).Distinct().ToList();
        Session Add(string title, SessionType type, int day, int from, int to, int capacity, string? theme = null)
        {
            var date = start.AddDays(day);
            var session = new Session
            {
                EventId = e.Id, Title = title, Type = type, Room = type == SessionType.Workshop ? "Salle Val-de-Grâce" : "Salle Port-Royal", Capacity = capacity,
                Start = ParisTime.At(date, from), End = ParisTime.At(date, to), Themes = theme is null ? [] : [themes[theme]],
            };
            db.Sessions.Add(session);
            return session;
        }
        var welcome = Add("Le dispositif ETI, vos interlocuteurs et vos premiers mois", SessionType.Training, 0, 9, 12, 40);
        var security = Add("Sécurité en poste : mises en situation", SessionType.Workshop, 0, 14, 17, ComingWorkshopCapacity, "crisis-resilience");
        Add("Rendre compte : rapports de terrain et opportunités de coopération", SessionType.Training, 1, 9, 12, 40);
        Add("Rencontre avec des ETI confirmés", SessionType.Training, 1, 14, 16, 40);
        var tickets = 0;
        foreach (var person in people)
        {
            db.Invitations.Add(new Invitation { EventId = e.Id, PersonId = person, ParticipantType = ParticipantType.FirstTimeDeparting, InvitedAt = e.CreatedAt });
            db.Registrations.Add(new Registration
            {
                EventId = e.Id, PersonId = person, ParticipantType = ParticipantType.FirstTimeDeparting, Status = RegistrationStatus.Confirmed, RegisteredAt = e.CreatedAt.AddDays(1),
                ImageRightsConsent = true,
            });
            tickets++;
            foreach (var session in new[] { welcome, security })
            {
                db.Enrolments.Add(new Enrolment
                {
                    SessionId = session.Id, EventId = e.Id, PersonId = person, Ticket = tickets, CreatedAt = e.CreatedAt.AddDays(1).AddMinutes(tickets),
                    Status = tickets <= session.Capacity ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waitlisted,
                });
            }
        }
        welcome.Counted(Math.Min(tickets, welcome.Capacity), tickets);
        security.Counted(Math.Min(tickets, security.Capacity), tickets);
    }

}
