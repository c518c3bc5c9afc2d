namespace Vivier.Core.Demo;

/// <summary>
/// The demo's job board: the article's calls, plus synthetic missions over ~110 countries and the
/// three kinds, open ones dated from the day of loading so the board is alive whenever it is tried.
/// </summary>
public static class DemoMissions
{
    public const int SyntheticOpen = 146;
    public const int Past = 40;

    /// <summary>Countries where ETI serve in the demo, every continent.</summary>
    public static readonly string[] EtiCountries =
    [
        "DZ", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "KM", "CG", "CD", "DJ", "ET", "GA", "GH", "GN", "GW", "KE", "LR", "MG",
        "MW", "ML", "MR", "MU", "MZ", "NA", "NE", "NG", "RW", "SC", "SL", "TN", "TG", "UG", "ZM", "ZW", "TZ", "ST", "GQ", "LS",
        "AF", "AM", "AZ", "KH", "CN", "GE", "IN", "ID", "JO", "KZ", "LA", "LB", "MN", "MM", "NP", "PK", "PH", "SA", "SG", "KR",
        "LK", "UZ", "IQ", "AE", "KG", "TJ", "MY", "AL", "BA", "MK", "ME", "RS", "MD", "UA", "TR", "PL", "RO", "BG", "HR",
        "AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HT", "HN", "PA", "PY", "PE", "UY", "US", "CA",
        "AU", "FJ", "VU", "PG", "SB",
    ];

    private static readonly string[] EndCities = ["Bruxelles", "Luxembourg"];
    internal static readonly (string Country, string City)[] Overseas =
        [("RE", "Saint-Denis"), ("GP", "Basse-Terre"), ("MQ", "Fort-de-France"), ("GF", "Cayenne"), ("YT", "Mamoudzou"),
         ("NC", "Nouméa"), ("PF", "Papeete"), ("PM", "Saint-Pierre"), ("WF", "Mata-Utu")];

    /// <summary>Per theme: the title of the post, and the work it describes.</summary>
    internal static readonly Dictionary<string, (string Title, string TitleEn, string Work)> Posts = new()
    {
        ["economic-diplomacy"] = ("Conseil en attractivité et diplomatie économique", "Investment and economic diplomacy adviser", "le climat des affaires et les partenariats économiques"),
        ["public-finance"] = ("Appui à la gestion des finances publiques", "Public finance management support", "la préparation budgétaire et la mobilisation des recettes"),
        ["anti-money-laundering"] = ("Conseil en lutte contre le blanchiment de capitaux", "Anti-money-laundering adviser", "la cellule de renseignement financier et la supervision bancaire"),
        ["decentralisation"] = ("Appui à la décentralisation et à la gouvernance locale", "Decentralisation and local governance support", "le transfert de compétences aux collectivités et leurs finances"),
        ["justice"] = ("Appui à la modernisation de la justice", "Justice modernisation support", "l'organisation des juridictions et la formation des magistrates et des magistrats"),
        ["education"] = ("Appui au pilotage du système éducatif", "Education system management support", "le pilotage par les données et la formation des enseignantes et des enseignants"),
        ["french-language"] = ("Appui à l'enseignement du français", "French language teaching support", "la formation des professeures et des professeurs de français"),
        ["culture"] = ("Appui aux politiques culturelles", "Cultural policy support", "les industries culturelles et la valorisation du patrimoine"),
        ["creative-cities"] = ("Appui aux villes créatives", "Creative cities support", "les politiques culturelles urbaines et les échanges entre villes"),
        ["sport"] = ("Appui aux politiques sportives", "Sport policy support", "le sport pour toutes et tous et l'accueil de grands événements"),
        ["health"] = ("Appui au système de santé", "Health system support", "l'organisation des soins et la surveillance épidémiologique"),
        ["climate"] = ("Conseil climat", "Climate adviser", "les plans d'atténuation et d'adaptation et l'accès aux financements climat"),
        ["carbon-market"] = ("Appui aux instruments de tarification du carbone", "Carbon pricing support", "les registres et les méthodologies de mesure des émissions"),
        ["new-energies"] = ("Conseil en transition énergétique et hydrogène", "Energy transition and hydrogen adviser", "la planification énergétique et les filières renouvelables"),
        ["oceans"] = ("Appui à la gouvernance des océans", "Ocean governance support", "la gestion des pêches et la protection des aires marines"),
        ["agriculture"] = ("Appui aux politiques agricoles et alimentaires", "Agriculture and food policy support", "la sécurité alimentaire et les filières agricoles"),
        ["digital-ai"] = ("Conseil en transformation numérique et intelligence artificielle", "Digital transformation and AI adviser", "la stratégie numérique de l'État et la régulation de l'intelligence artificielle"),
        ["cybersecurity"] = ("Conseil en cybersécurité", "Cybersecurity adviser", "la protection des infrastructures critiques et la gestion de crise cyber"),
        ["space"] = ("Appui à la coopération spatiale", "Space cooperation support", "les applications spatiales et la formation d'ingénieures et d'ingénieurs"),
        ["crisis-resilience"] = ("Appui à la prévention des crises et à la résilience", "Crisis prevention and resilience support", "la réduction des risques et la stabilisation"),
        ["gender-equality"] = ("Conseil en égalité femmes-hommes", "Gender equality adviser", "l'intégration de l'égalité dans les politiques publiques"),
        ["water"] = ("Appui aux politiques de l'eau", "Water policy support", "la gestion des ressources en eau et l'assainissement"),
    };

    internal static readonly string[] EconomicThemes = ["economic-diplomacy", "public-finance", "anti-money-laundering", "carbon-market"];

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5394", Justification = "Demo data: a fixed seed makes it the same every time; nothing secret depends on it.")]
    public static async Task SeedAsync(VivierDb db, DateTime now, CancellationToken cancellationToken = default)
    {
        var random = new Random(2024);
        var today = ParisTime.Today(now);
        var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, cancellationToken);
        var themes = await db.Themes.Include(t => t.Sectors).ToDictionaryAsync(t => t.Code, cancellationToken);
        var sponsors = await db.Organisations.Where(o => o.Kind == OrganisationKind.Sponsor).ToDictionaryAsync(o => o.ShortName, cancellationToken);
        var numbers = new Dictionary<string, int>();
        string NextReference(ExpertKind kind, int year)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{kind}-{year}-");
            numbers[prefix] = numbers.GetValueOrDefault(prefix) + 1;
            return string.Create(CultureInfo.InvariantCulture, $"{prefix}{numbers[prefix]:D4}");
        }
        Mission Make(ExpertKind kind, string country, string city, string host, string title, string titleEn, string description, string profile,
            string[] themeCodes, string[] sponsorNames, DateTime publishedAt, DateOnly deadline, (string, CefrLevel)[] languages)
        {
            var mission = new Mission
            {
                Reference = NextReference(kind, publishedAt.Year),
                Title = title,
                TitleEn = titleEn,
                Kind = kind,
                CountryCode = country,
                City = city,
                HostInstitution = host,
                Description = description,
                Profile = profile,
                StartDate = deadline.AddMonths(2 + random.Next(3)),
                DurationMonths = kind == ExpertKind.END ? 24 : 12 * (1 + random.Next(3)),
                Deadline = deadline,
                CreatedAt = publishedAt.AddDays(-3),
                Languages = languages.Select(l => new MissionLanguage(l.Item1, l.Item2)).ToList(),
            };
            mission.Themes.AddRange(themeCodes.Select(code => themes[code]));
            mission.Sponsors.AddRange(sponsorNames.Select(name => sponsors[name]));
            mission.RefreshSearchText(countries[country], mission.Themes, mission.Sponsors);
            mission.Publish(publishedAt);
            return mission;
        }

        // Draws of their own, so that adding them left every other figure of the demo as it was.
        var pay = new Random(2025);
        var titles = new HashSet<string>(DemoCalls.All.Select(c => c.Title), StringComparer.Ordinal);
        // Within the programme's scale for the kind (see Mission.PayScale.* in the resources); END are paid by their
        // administration, so their postings show the scale's words instead of a range.
        void StatePay(Mission mission)
        {
            if (mission.Kind == ExpertKind.END)
            {
                return;
            }
            var (floor, step, spread) = mission.Kind == ExpertKind.ETI ? (4_200, 300, 1_200) : (3_800, 300, 900);
            mission.PayMinMonthly = floor + pay.Next(mission.Kind == ExpertKind.ETI ? 6 : 4) * step;
            mission.PayMaxMonthly = mission.PayMinMonthly + spread + pay.Next(mission.Kind == ExpertKind.ETI ? 4 : 3) * step;
        }

        var missions = new List<Mission>();
        foreach (var call in DemoCalls.All)
        {
            var published = now.AddDays(-random.Next(1, 30));
            missions.Add(Make(call.Kind, call.Country, call.City, call.Host, call.Title, call.TitleEn, call.Description, call.Profile,
                call.Themes, call.Sponsors, published, today.AddDays(random.Next(20, 75)), call.Languages));
            StatePay(missions[^1]);
        }
        var themeCodes = Posts.Keys.ToArray();
        for (var i = 0; i < SyntheticOpen + Past; i++)
        {
            var (kind, country, city) = i switch
            {
                _ when i % 16 == 7 => (ExpertKind.END, i % 2 == 0 ? "BE" : "LU", EndCities[i % 2]),
                _ when i % 16 == 11 => (ExpertKind.AT, Overseas[i % Overseas.Length].Country, Overseas[i % Overseas.Length].City),
                _ => (ExpertKind.ETI, EtiCountries[i % EtiCountries.Length], ""),
            };
            var theme = themeCodes[random.Next(themeCodes.Length)];
            var post = Posts[theme];
            var countryName = countries[country].NameFr;
            (city, var host) = DemoPostings.Place(kind, theme, country, city, i);
            var angle = DemoPostings.Angle(theme, i);
            var (title, titleEn) = ($"{post.Title} – {angle.Fr}", $"{post.TitleEn} – {angle.En}");
            if (!titles.Add(title))
            {
                (title, titleEn) = ($"{title} à {city}", $"{titleEn} in {city}");
                titles.Add(title);
            }
            string[] sponsorNames = EconomicThemes.Contains(theme) ? (random.Next(3) == 0 ? ["MEAE", "DG Trésor"] : ["DG Trésor"]) : ["MEAE"];
            var isPast = i >= SyntheticOpen;
            var published = isPast ? now.AddDays(-random.Next(200, 900)) : now.AddDays(-random.Next(1, 60));
            var deadline = isPast ? ParisTime.Today(published).AddDays(45) : today.AddDays(random.Next(3, 80));
            var description = DemoPostings.Description(countryName, city, host, post.Work, angle.Work, kind);
            var profile = DemoPostings.Profile(6 + i % 3 * 2, angle.Fr);
            var mission = Make(kind, country, city, host, title, titleEn, description, profile, [theme], sponsorNames, published, deadline,
                [("fr", CefrLevel.C1), ("en", i % 3 == 0 ? CefrLevel.C1 : CefrLevel.B2)]);
            StatePay(mission);
            if (isPast)
            {
                if (i % 2 == 0)
                {
                    mission.Close(ParisTime.EndOfDay(deadline).AddSeconds(1));
                }
                else
                {
                    // Hired 15 to 55 days after the deadline (before the start, two months after it at the earliest), spread by
                    // the mission's rank rather than a draw, so the rest of the demo stays as it was.
                    mission.MarkFilled(ParisTime.EndOfDay(deadline).AddDays(15 + i * 17 % 41));
                }
            }
            missions.Add(mission);
        }
        db.Missions.AddRange(missions);
        await db.SaveChangesAsync(cancellationToken);
    }
}
