namespace Vivier.Core.Demo;

/// <summary>
/// What makes the demo's synthetic postings read like real ones: the city where the post is (the
/// capital, where ministries sit), a host institution of the theme's kind, one of three angles per
/// theme (so that no two titles are the same), and a job description with the context, the tasks,
/// the expected results and the working environment.
/// </summary>
internal static class DemoPostings
{
    /// <summary>Where the partner institutions sit, for every country of <see cref="DemoMissions.EtiCountries"/>.</summary>
    public static readonly Dictionary<string, string> Capitals = new()
    {
        ["DZ"] = "Alger", ["BJ"] = "Cotonou", ["BW"] = "Gaborone", ["BF"] = "Ouagadougou", ["BI"] = "Gitega", ["CV"] = "Praia",
        ["CM"] = "Yaoundé", ["CF"] = "Bangui", ["KM"] = "Moroni", ["CG"] = "Brazzaville", ["CD"] = "Kinshasa", ["DJ"] = "Djibouti",
        ["ET"] = "Addis-Abeba", ["GA"] = "Libreville", ["GH"] = "Accra", ["GN"] = "Conakry", ["GW"] = "Bissau", ["KE"] = "Nairobi",
        ["LR"] = "Monrovia", ["MG"] = "Antananarivo", ["MW"] = "Lilongwe", ["ML"] = "Bamako", ["MR"] = "Nouakchott", ["MU"] = "Port-Louis",
        ["MZ"] = "Maputo", ["NA"] = "Windhoek", ["NE"] = "Niamey", ["NG"] = "Abuja", ["RW"] = "Kigali", ["SC"] = "Victoria",
        ["SL"] = "Freetown", ["TN"] = "Tunis", ["TG"] = "Lomé", ["UG"] = "Kampala", ["ZM"] = "Lusaka", ["ZW"] = "Harare",
        ["TZ"] = "Dodoma", ["ST"] = "São Tomé", ["GQ"] = "Malabo", ["LS"] = "Maseru", ["AF"] = "Kaboul", ["AM"] = "Erevan",
        ["AZ"] = "Bakou", ["KH"] = "Phnom Penh", ["CN"] = "Pékin", ["GE"] = "Tbilissi", ["IN"] = "New Delhi", ["ID"] = "Jakarta",
        ["JO"] = "Amman", ["KZ"] = "Astana", ["LA"] = "Vientiane", ["LB"] = "Beyrouth", ["MN"] = "Oulan-Bator", ["MM"] = "Naypyidaw",
        ["NP"] = "Katmandou", ["PK"] = "Islamabad", ["PH"] = "Manille", ["SA"] = "Riyad", ["SG"] = "Singapour", ["KR"] = "Séoul",
        ["LK"] = "Colombo", ["UZ"] = "Tachkent", ["IQ"] = "Bagdad", ["AE"] = "Abou Dabi", ["KG"] = "Bichkek", ["TJ"] = "Douchanbé",
        ["MY"] = "Kuala Lumpur", ["AL"] = "Tirana", ["BA"] = "Sarajevo", ["MK"] = "Skopje", ["ME"] = "Podgorica", ["RS"] = "Belgrade",
        ["MD"] = "Chișinău", ["UA"] = "Kyiv", ["TR"] = "Ankara", ["PL"] = "Varsovie", ["RO"] = "Bucarest", ["BG"] = "Sofia",
        ["HR"] = "Zagreb", ["AR"] = "Buenos Aires", ["BO"] = "La Paz", ["BR"] = "Brasília", ["CL"] = "Santiago", ["CO"] = "Bogota",
        ["CR"] = "San José", ["CU"] = "La Havane", ["DO"] = "Saint-Domingue", ["EC"] = "Quito", ["SV"] = "San Salvador",
        ["GT"] = "Guatemala", ["HT"] = "Port-au-Prince", ["HN"] = "Tegucigalpa", ["PA"] = "Panama", ["PY"] = "Asuncion", ["PE"] = "Lima",
        ["UY"] = "Montevideo", ["US"] = "Washington", ["CA"] = "Ottawa", ["AU"] = "Canberra", ["FJ"] = "Suva", ["VU"] = "Port-Vila",
        ["PG"] = "Port Moresby", ["SB"] = "Honiara",
    };

    /// <summary>Per theme: two host institutions abroad (the kind found in most countries) and the European Commission's directorate-general.</summary>
    private static readonly Dictionary<string, (string First, string Second, string Commission)> Hosts = new()
    {
        ["economic-diplomacy"] = ("Agence de promotion des investissements", "Ministère du Commerce et de l'Industrie", "DG Commerce (TRADE)"),
        ["public-finance"] = ("Ministère des Finances", "Direction générale des impôts", "DG Affaires économiques et financières (ECFIN)"),
        ["anti-money-laundering"] = ("Cellule de renseignement financier", "Banque centrale – direction de la supervision", "DG Stabilité financière (FISMA)"),
        ["decentralisation"] = ("Ministère de l'Administration territoriale", "Agence nationale d'appui aux collectivités", "DG Politique régionale (REGIO)"),
        ["justice"] = ("Ministère de la Justice", "École nationale de la magistrature", "DG Justice et consommateurs (JUST)"),
        ["education"] = ("Ministère de l'Éducation nationale", "Institut national de formation des enseignants", "DG Éducation et culture (EAC)"),
        ["french-language"] = ("École normale supérieure – département de français", "Ministère de l'Éducation nationale", "DG Éducation et culture (EAC)"),
        ["culture"] = ("Ministère de la Culture", "Direction nationale du patrimoine", "DG Éducation et culture (EAC)"),
        ["creative-cities"] = ("Ville de {0} – direction de la culture", "Ministère de la Culture", "DG Éducation et culture (EAC)"),
        ["sport"] = ("Ministère des Sports", "Comité national olympique et sportif", "DG Éducation et culture (EAC)"),
        ["health"] = ("Ministère de la Santé", "Institut national de santé publique", "DG Santé et sécurité alimentaire (SANTE)"),
        ["climate"] = ("Ministère de l'Environnement", "Autorité nationale désignée auprès du Fonds vert pour le climat", "DG Action pour le climat (CLIMA)"),
        ["carbon-market"] = ("Agence nationale du climat", "Ministère de l'Environnement – registre carbone", "DG Action pour le climat (CLIMA)"),
        ["new-energies"] = ("Ministère de l'Énergie", "Agence des énergies renouvelables", "DG Énergie (ENER)"),
        ["oceans"] = ("Ministère de la Pêche et de l'Économie maritime", "Agence nationale des aires marines protégées", "DG Affaires maritimes et pêche (MARE)"),
        ["agriculture"] = ("Ministère de l'Agriculture", "Institut national de recherche agronomique", "DG Agriculture et développement rural (AGRI)"),
        ["digital-ai"] = ("Ministère du Numérique", "Agence nationale des systèmes d'information de l'État", "DG Réseaux de communication (CNECT)"),
        ["cybersecurity"] = ("Agence nationale de cybersécurité", "Centre national de réponse aux incidents informatiques", "DG Réseaux de communication (CNECT)"),
        ["space"] = ("Agence spatiale nationale", "Centre national de télédétection", "DG Industrie de la défense et espace (DEFIS)"),
        ["crisis-resilience"] = ("Direction générale de la protection civile", "Agence nationale de gestion des catastrophes", "DG Protection civile et aide humanitaire (ECHO)"),
        ["gender-equality"] = ("Ministère de la Femme et de la Famille", "Observatoire national du genre", "DG Justice et consommateurs (JUST)"),
        ["water"] = ("Ministère de l'Eau et de l'Assainissement", "Office national de l'eau potable", "DG Environnement (ENV)"),
    };

    /// <summary>The overseas territories' own governments, where AT serve.</summary>
    private static readonly Dictionary<string, string> Territories = new()
    {
        ["RE"] = "Région Réunion", ["GP"] = "Région Guadeloupe", ["MQ"] = "Collectivité territoriale de Martinique",
        ["GF"] = "Collectivité territoriale de Guyane", ["YT"] = "Conseil départemental de Mayotte", ["NC"] = "Gouvernement de la Nouvelle-Calédonie",
        ["PF"] = "Gouvernement de la Polynésie française", ["PM"] = "Collectivité territoriale de Saint-Pierre-et-Miquelon",
        ["WF"] = "Assemblée territoriale des îles Wallis et Futuna",
    };

    /// <summary>Per theme, three angles of a post: its title's end in French and English, and the work it leads.</summary>
    private static readonly Dictionary<string, (string Fr, string En, string Work)[]> Angles = new()
    {
        ["economic-diplomacy"] = [("attraction des investissements", "investment attraction", "la refonte du guichet unique des investisseurs et le suivi des projets étrangers"),
            ("partenariats industriels", "industrial partnerships", "l'identification de partenariats entre entreprises locales et françaises"),
            ("climat des affaires", "business climate", "la réforme des procédures de création d'entreprise")],
        ["public-finance"] = [("budget programme", "programme budgeting", "le passage au budget de programmes et la mesure de la performance"),
            ("mobilisation des recettes", "revenue mobilisation", "la modernisation de l'administration fiscale et l'élargissement de l'assiette"),
            ("dette publique", "public debt", "la stratégie d'endettement et la transparence de la dette")],
        ["anti-money-laundering"] = [("renseignement financier", "financial intelligence", "l'analyse des déclarations de soupçon et la coopération internationale"),
            ("évaluation du GAFI", "FATF evaluation", "la préparation de l'évaluation mutuelle et le plan d'action qui la suit"),
            ("supervision bancaire", "bank supervision", "le contrôle des obligations de vigilance des établissements financiers")],
        ["decentralisation"] = [("finances locales", "local finance", "les transferts financiers de l'État et la fiscalité locale"),
            ("transfert de compétences", "devolution of powers", "le calendrier et l'accompagnement des compétences transférées"),
            ("formation des élus", "training of elected officials", "un programme de formation des élues, des élus et des agents territoriaux")],
        ["justice"] = [("organisation judiciaire", "court organisation", "la carte judiciaire et la gestion des juridictions"),
            ("formation des magistrats", "judicial training", "les programmes de formation initiale et continue des magistrates et des magistrats"),
            ("justice numérique", "digital justice", "la dématérialisation des procédures et le suivi des affaires")],
        ["education"] = [("pilotage par les données", "data-driven management", "le système d'information de l'éducation et les évaluations des acquis"),
            ("formation des enseignants", "teacher training", "la réforme de la formation initiale des enseignantes et des enseignants"),
            ("enseignement technique", "vocational education", "la rénovation des filières techniques avec les entreprises")],
        ["french-language"] = [("formation des professeurs", "teacher training", "la formation continue des professeures et des professeurs de français"),
            ("enseignement bilingue", "bilingual education", "les sections bilingues et leurs programmes"),
            ("certifications", "certifications", "le déploiement des certifications de français et la formation des examinateurs")],
        ["culture"] = [("industries culturelles", "cultural industries", "le soutien aux filières de l'audiovisuel, de la musique et de l'édition"),
            ("patrimoine", "heritage", "l'inventaire et la valorisation du patrimoine bâti et immatériel"),
            ("musées", "museums", "la gestion des collections et la médiation dans les musées nationaux")],
        ["creative-cities"] = [("réseau des villes créatives", "creative cities network", "les échanges avec les villes françaises du réseau de l'UNESCO"),
            ("résidences d'artistes", "artists' residencies", "un programme de résidences croisées d'artistes et d'artisans"),
            ("tourisme culturel", "cultural tourism", "les parcours culturels et leur promotion")],
        ["sport"] = [("grands événements", "major events", "la préparation et l'héritage de grands événements sportifs"),
            ("sport pour toutes et tous", "sport for all", "l'accès au sport des femmes, des jeunes et des personnes handicapées"),
            ("formation des cadres", "coaching staff training", "la formation des entraîneuses, des entraîneurs et des cadres techniques")],
        ["health"] = [("surveillance épidémiologique", "disease surveillance", "le réseau de surveillance et l'alerte précoce"),
            ("organisation des soins", "healthcare organisation", "la carte sanitaire et l'organisation des hôpitaux de référence"),
            ("protection sociale en santé", "health coverage", "la mise en place de l'assurance maladie universelle")],
        ["climate"] = [("financements climat", "climate finance", "l'accès aux fonds climatiques et le montage des dossiers"),
            ("contribution nationale", "nationally determined contribution", "la révision de la contribution déterminée au niveau national"),
            ("adaptation", "adaptation", "le plan national d'adaptation et sa déclinaison locale")],
        ["carbon-market"] = [("registre carbone", "carbon registry", "la mise en place du registre national des réductions d'émissions"),
            ("marché carbone", "carbon market", "la conception d'un marché domestique du carbone"),
            ("mesure des émissions", "emissions measurement", "les méthodes de mesure, de déclaration et de vérification")],
        ["new-energies"] = [("hydrogène", "hydrogen", "la feuille de route de l'hydrogène bas carbone"),
            ("planification énergétique", "energy planning", "le plan de développement du système électrique"),
            ("électrification rurale", "rural electrification", "les mini-réseaux solaires et leur modèle économique")],
        ["oceans"] = [("gestion des pêches", "fisheries management", "les plans de gestion des pêcheries et le contrôle en mer"),
            ("aires marines protégées", "marine protected areas", "la création et la gestion des aires marines protégées"),
            ("économie bleue", "blue economy", "la stratégie nationale de l'économie bleue")],
        ["agriculture"] = [("sécurité alimentaire", "food security", "le système d'information sur la sécurité alimentaire"),
            ("filières agricoles", "agricultural value chains", "la structuration des filières et des interprofessions"),
            ("recherche agronomique", "agricultural research", "les partenariats de recherche avec les instituts français")],
        ["digital-ai"] = [("services publics numériques", "digital public services", "la dématérialisation des démarches et l'identité numérique"),
            ("régulation de l'intelligence artificielle", "AI regulation", "le cadre juridique de l'intelligence artificielle"),
            ("données publiques", "open data", "la politique d'ouverture et de partage des données publiques")],
        ["cybersecurity"] = [("gestion de crise cyber", "cyber crisis management", "la doctrine de crise et les exercices nationaux"),
            ("infrastructures critiques", "critical infrastructure", "la protection des opérateurs d'importance vitale"),
            ("réponse aux incidents", "incident response", "la montée en puissance de l'équipe nationale de réponse aux incidents")],
        ["space"] = [("observation de la Terre", "Earth observation", "les usages des images satellitaires pour les politiques publiques"),
            ("formation spatiale", "space training", "la formation d'ingénieures et d'ingénieurs en applications spatiales"),
            ("politique spatiale", "space policy", "la stratégie spatiale nationale et ses partenariats")],
        ["crisis-resilience"] = [("réduction des risques", "disaster risk reduction", "la cartographie des risques et l'alerte précoce"),
            ("stabilisation", "stabilisation", "les programmes de stabilisation des zones fragiles"),
            ("protection civile", "civil protection", "l'organisation des secours et la planification d'urgence")],
        ["gender-equality"] = [("budgets sensibles au genre", "gender budgeting", "l'analyse de genre des budgets publics"),
            ("violences faites aux femmes", "violence against women", "la prise en charge des victimes et la formation des professionnels"),
            ("égalité professionnelle", "workplace equality", "l'égalité dans la fonction publique et les entreprises")],
        ["water"] = [("assainissement", "sanitation", "le plan national d'assainissement et son financement"),
            ("gestion des ressources en eau", "water resources management", "la gestion intégrée des bassins et le partage de l'eau"),
            ("eau potable", "drinking water", "la performance des services d'eau potable en ville")],
    };

    /// <summary>The city and host of a post: abroad, the capital and an institution of the theme; in Brussels or Luxembourg, the directorate-general; overseas, the territory's government.</summary>
    public static (string City, string Host) Place(ExpertKind kind, string theme, string country, string? city, int rank)
    {
        var hosts = Hosts[theme];
        return kind switch
        {
            ExpertKind.END => (city!, $"Commission européenne – {hosts.Commission}"),
            ExpertKind.AT => (city!, Territories[country]),
            _ => (Capitals[country], string.Format(CultureInfo.InvariantCulture, rank % 2 == 0 ? hosts.First : hosts.Second, Capitals[country])),
        };
    }

    /// <summary>The post's angle for this rank: titles differ by theme, angle and place.</summary>
    public static (string Fr, string En, string Work) Angle(string theme, int rank) => Angles[theme][rank % 3];

    public static string Description(string countryName, string city, string host, string themeWork, string angleWork, ExpertKind kind) =>
        $"""
        {(kind == ExpertKind.END ? "Détachée ou détaché auprès de la Commission européenne à " + city : "Placée ou placé auprès de l'institution d'accueil, " + host + ", à " + city)}, l'experte ou l'expert appuie {themeWork}. La mission porte en priorité sur {angleWork}.

        **Vos missions**

        - conseiller la direction de l'institution et préparer ses décisions sur le sujet ;
        - concevoir et conduire, avec les équipes, un plan de travail à deux ans ;
        - former les cadres et transmettre des méthodes qui restent après la mission ;
        - mobiliser l'expertise française et européenne (administrations, opérateurs, entreprises) et aider au montage de projets ;
        - rendre compte régulièrement à l'ambassade et aux ministères qui financent le poste.

        **Résultats attendus** : une feuille de route adoptée par l'institution, des équipes formées, des projets de coopération identifiés avec les partenaires français.

        **Environnement** : vous travaillez au sein de l'institution, avec l'appui du service de coopération de l'ambassade{(kind == ExpertKind.ETI ? " et du réseau des expertes et experts techniques internationaux en " + countryName : "")}.
        """;

    public static string Profile(int years, string angleFr) =>
        $"""
        - Au moins {years} ans d'expérience professionnelle, dont une part significative en {angleFr} ;
        - expérience de la conduite du changement dans une administration ou une organisation publique ;
        - pratique de la coopération internationale, idéalement dans la région ;
        - sens du dialogue, de la diplomatie et du travail en équipe.
        """;
}
