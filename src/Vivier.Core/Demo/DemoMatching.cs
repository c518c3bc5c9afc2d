using Vivier.Core.Candidates;
using Vivier.Core.Matching;

namespace Vivier.Core.Demo;

/// <summary>A specialist of the demo's pool, written for one of the seed article's calls.</summary>
public sealed record DemoSpecialist(string Email, string GivenName, string FamilyName, SelfDeclaredGender Gender, string Nationality, string Theme,
    string[] Sectors, string[] Skills, (string Code, CefrLevel Level)[] Languages, (string Country, int Years)[] Countries, int Years,
    string Position, string Employer, int AvailableInDays);

/// <summary>
/// What the demo gives matching: the requirements of the seed article's main calls (skills sought,
/// DAC sectors, years, where experience counts) and, in the pool, a few specialists of each, so
/// that a recruiter opening the suggestions of the Taiwan cybersecurity, Egypt space, Angola carbon
/// market or Chad reform calls finds a credible top five, each explained. Seeded last, so every
/// other figure of the demo stays as it was.
/// </summary>
public static class DemoMatching
{
    private sealed record Need(string[] Required, string[] Desirable, string[] Sectors, int Years, string[] Countries, Continent[] Regions);

    /// <summary>The requirements per call, by its English title (DemoCalls).</summary>
    private static readonly Dictionary<string, Need> Needs = new(StringComparer.Ordinal)
    {
        ["Cybersecurity adviser"] = new(["Cybersécurité", "Gestion de crise cyber"], ["Certification de produits de sécurité", "Protection des infrastructures critiques"],
            ["22040", "15210"], 8, ["TW", "JP", "KR", "SG"], [Continent.Asia]),
        ["Space cooperation"] = new(["Observation de la Terre", "Gestion de projets spatiaux"], ["Télédétection appliquée à l'agriculture", "Formation d'ingénieurs"],
            ["32182", "43082"], 10, ["EG", "MA", "TN"], [Continent.Africa]),
        ["Carbon market development"] = new(["Marchés du carbone", "Article 6 de l'Accord de Paris"], ["Finance climat", "Registre carbone"],
            ["41010", "24010"], 6, ["AO", "MZ", "BR", "PT"], [Continent.Africa]),
        ["Support to economic and financial reform"] = new(["Finances publiques", "Budget de programmes"], ["Mobilisation des recettes", "Gestion de la dette"],
            ["15111", "15117", "15114"], 10, ["TD", "CM", "CF", "GA", "CG"], [Continent.Africa]),
        ["Support to cultural and creative industries"] = new(["Industries culturelles et créatives"], ["Ingénierie culturelle", "Fonds de soutien"],
            [], 10, ["VN", "KH", "LA"], [Continent.Asia]),
        ["Climate change adaptation adviser"] = new(["Adaptation au changement climatique"], ["Réduction des risques de catastrophe", "Finance climat"],
            ["41010"], 8, ["BD", "IN", "NP"], [Continent.Asia]),
    };

    public static readonly DemoSpecialist[] Specialists =
    [
        // Taiwan, cybersecurity: fr C1, en C1, zh A2.
        new("specialiste01@candidats.vivier.test", "Mei", "Chen-Lambert", SelfDeclaredGender.Woman, "FR", "cybersecurity", ["22040", "15210"],
            ["Cybersécurité", "Gestion de crise cyber", "Certification de produits de sécurité", "Protection des infrastructures critiques"],
            [("en", CefrLevel.C1), ("zh", CefrLevel.B2)], [("TW", 3), ("SG", 2)], 14, "Cheffe de division gestion de crise", "Agence nationale de la sécurité des systèmes d'information", 60),
        new("specialiste02@candidats.vivier.test", "Thomas", "Marchand", SelfDeclaredGender.Man, "FR", "cybersecurity", ["22040"],
            ["Cybersécurité", "Gestion de crise cyber", "Protection des infrastructures critiques"],
            [("en", CefrLevel.C1), ("zh", CefrLevel.A2)], [("JP", 4)], 11, "Responsable de la réponse à incident", "Opérateur d'importance vitale (énergie)", 45),
        new("specialiste03@candidats.vivier.test", "Sarah", "Benali", SelfDeclaredGender.Woman, "FR", "cybersecurity", ["15210", "22040"],
            ["Sécurité des systèmes d'information", "Certification de produits de sécurité", "Gestion de crise cyber"],
            [("en", CefrLevel.C2)], [("KR", 2)], 9, "Évaluatrice Critères communs", "Centre d'évaluation de la sécurité des technologies de l'information", 30),
        new("specialiste04@candidats.vivier.test", "Antoine", "Roche", SelfDeclaredGender.Man, "FR", "cybersecurity", ["22040"],
            ["Cybersécurité", "Protection des infrastructures critiques"],
            [("en", CefrLevel.B2), ("zh", CefrLevel.A2)], [("VN", 3)], 8, "Architecte sécurité", "Ministère des Armées", 90),
        new("specialiste05@candidats.vivier.test", "Linh", "Tran", SelfDeclaredGender.Woman, "FR", "digital-ai", ["22040"],
            ["Cybersécurité", "Gouvernance des données"],
            [("en", CefrLevel.C1), ("vi", CefrLevel.C2)], [("TW", 1)], 7, "Consultante cybersécurité", "Cabinet de conseil international", 20),
        // Egypt, space: fr C1, en C1, ar A2.
        new("specialiste06@candidats.vivier.test", "Nadia", "Fahmy", SelfDeclaredGender.Woman, "FR", "space", ["32182", "43082"],
            ["Observation de la Terre", "Gestion de projets spatiaux", "Télédétection appliquée à l'agriculture"],
            [("en", CefrLevel.C1), ("ar", CefrLevel.C2)], [("EG", 2), ("MA", 3)], 16, "Cheffe de projet applications spatiales", "Centre national d'études spatiales", 60),
        new("specialiste07@candidats.vivier.test", "Julien", "Mercier-Aubry", SelfDeclaredGender.Man, "FR", "space", ["32182"],
            ["Observation de la Terre", "Gestion de projets spatiaux", "Formation d'ingénieurs"],
            [("en", CefrLevel.C1), ("ar", CefrLevel.A2)], [("TN", 2)], 12, "Ingénieur système satellites", "Industriel spatial français", 75),
        new("specialiste08@candidats.vivier.test", "Claire", "Vasseur", SelfDeclaredGender.Woman, "FR", "space", ["43082"],
            ["Télédétection", "Observation de la Terre"],
            [("en", CefrLevel.C2)], [("SN", 2)], 10, "Chercheuse en télédétection", "Institut de recherche pour le développement", 40),
        new("specialiste09@candidats.vivier.test", "Karim", "Saïdi", SelfDeclaredGender.Man, "FR", "space", ["32182"],
            ["Gestion de projets spatiaux", "Formation d'ingénieurs"],
            [("en", CefrLevel.B2), ("ar", CefrLevel.C1)], [("EG", 1)], 9, "Chef de projet coopération", "Centre national d'études spatiales", 120),
        new("specialiste10@candidats.vivier.test", "Hélène", "Garnier", SelfDeclaredGender.Woman, "BE", "space", ["32182", "43082"],
            ["Observation de la Terre", "Hydrologie spatiale"],
            [("en", CefrLevel.C1)], [("MA", 2)], 13, "Ingénieure d'application", "Agence spatiale européenne", 50),
        // Angola, carbon market: fr C1, pt B2, en B2.
        new("specialiste11@candidats.vivier.test", "Inês", "Carvalho", SelfDeclaredGender.Woman, "PT", "carbon-market", ["41010", "24010"],
            ["Marchés du carbone", "Article 6 de l'Accord de Paris", "Registre carbone"],
            [("pt", CefrLevel.C2), ("en", CefrLevel.C1)], [("MZ", 3), ("AO", 1)], 10, "Conseillère marchés du carbone", "Caisse des dépôts", 30),
        new("specialiste12@candidats.vivier.test", "Mathieu", "Delorme", SelfDeclaredGender.Man, "FR", "carbon-market", ["41010"],
            ["Marchés du carbone", "Article 6 de l'Accord de Paris", "Finance climat"],
            [("pt", CefrLevel.B2), ("en", CefrLevel.C1)], [("BR", 4)], 9, "Négociateur climat", "Ministère de la Transition écologique", 60),
        new("specialiste13@candidats.vivier.test", "Awa", "Ndiaye", SelfDeclaredGender.Woman, "SN", "climate", ["41010"],
            ["Finance climat", "Marchés du carbone"],
            [("en", CefrLevel.C1), ("pt", CefrLevel.B1)], [("SN", 5), ("CI", 2)], 12, "Spécialiste finance climat", "Banque africaine de développement", 45),
        new("specialiste14@candidats.vivier.test", "Paulo", "Mendes", SelfDeclaredGender.Man, "PT", "carbon-market", ["24010", "41010"],
            ["Registre carbone", "Article 6 de l'Accord de Paris"],
            [("pt", CefrLevel.C2), ("en", CefrLevel.B2)], [("PT", 6)], 7, "Responsable de registre", "Agence portugaise de l'environnement", 90),
        new("specialiste15@candidats.vivier.test", "Élise", "Fournier", SelfDeclaredGender.Woman, "FR", "climate", ["41010"],
            ["Marchés du carbone", "Mesure, notification et vérification"],
            [("en", CefrLevel.C1), ("es", CefrLevel.B2)], [("MA", 2)], 8, "Chargée de mission carbone", "Agence française de développement", 30),
        // Chad, economic and financial reform: fr C2.
        new("specialiste16@candidats.vivier.test", "Mamadou", "Kaboré", SelfDeclaredGender.Man, "FR", "public-finance", ["15111", "15117"],
            ["Finances publiques", "Budget de programmes", "Gestion de la dette"],
            [("en", CefrLevel.B2)], [("TD", 3), ("CM", 4)], 18, "Inspecteur des finances publiques", "Direction générale des Finances publiques", 45),
        new("specialiste17@candidats.vivier.test", "Sophie", "Lemaire", SelfDeclaredGender.Woman, "FR", "public-finance", ["15111", "15114"],
            ["Gestion des finances publiques", "Mobilisation des recettes", "Budget de programmes"],
            [("en", CefrLevel.C1)], [("GA", 3), ("CG", 2)], 15, "Conseillère budgétaire", "Direction du Budget", 60),
        new("specialiste18@candidats.vivier.test", "Ibrahim", "Mahamat", SelfDeclaredGender.Man, "FR", "public-finance", ["15111"],
            ["Finances publiques", "Gestion de la dette"],
            [("ar", CefrLevel.C2), ("en", CefrLevel.B2)], [("TD", 6)], 12, "Économiste principal", "Banque mondiale", 90),
        new("specialiste19@candidats.vivier.test", "Anne", "Cordier", SelfDeclaredGender.Woman, "FR", "public-finance", ["15117"],
            ["Budget de programmes", "Contrôle de gestion"],
            [("en", CefrLevel.B2)], [("SN", 4)], 11, "Cheffe de bureau de la performance", "Ministère de l'Économie et des Finances", 30),
        new("specialiste20@candidats.vivier.test", "Olivier", "Ngassa", SelfDeclaredGender.Man, "CM", "public-finance", ["15114", "15111"],
            ["Mobilisation des recettes", "Finances publiques"],
            [("en", CefrLevel.C1)], [("CM", 8), ("CF", 2)], 14, "Conseiller fiscal", "Fonds monétaire international", 120),
    ];

    public static async Task SeedAsync(VivierDb db, DateTime now, CancellationToken cancellationToken = default)
    {
        var missions = await db.Missions.Where(m => m.TitleEn != null && Needs.Keys.Contains(m.TitleEn)).ToListAsync(cancellationToken);
        foreach (var mission in missions)
        {
            var need = Needs[mission.TitleEn!];
            mission.Skills = [.. need.Required.Select(s => new SoughtSkill { Name = s, Required = true }), .. need.Desirable.Select(s => new SoughtSkill { Name = s, Required = false })];
            (mission.SectorCodes, mission.MinYearsOfExperience, mission.ValuedCountryCodes, mission.ValuedRegions) =
                ([.. need.Sectors], need.Years, [.. need.Countries], [.. need.Regions]);
            mission.Revised();
        }
        var today = DateOnly.FromDateTime(now);
        foreach (var specialist in Specialists)
        {
            var person = new Person
            {
                UserName = specialist.Email, NormalizedUserName = specialist.Email.ToUpperInvariant(), Email = specialist.Email,
                NormalizedEmail = specialist.Email.ToUpperInvariant(), EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true, GivenName = specialist.GivenName, FamilyName = specialist.FamilyName,
                CreatedAt = now.AddDays(-200),
            };
            db.Users.Add(person);
            var started = now.Year - specialist.Years;
            var profile = new CandidateProfile
            {
                PersonId = person.Id,
                Nationalities = [specialist.Nationality],
                ResidenceCountryCode = "FR",
                Gender = specialist.Gender,
                Languages = [new LanguageSkill { Code = "fr", MotherTongue = true }, .. specialist.Languages.Select(l => new LanguageSkill
                {
                    Code = l.Code, Listening = l.Level, Reading = l.Level, SpokenInteraction = l.Level, SpokenProduction = l.Level, Writing = l.Level,
                })],
                ThemeCodes = [specialist.Theme],
                SectorCodes = [.. specialist.Sectors],
                Skills = [.. specialist.Skills],
                CountriesWorked = [.. specialist.Countries.Select(c => new CountryExperience { CountryCode = c.Country, Years = c.Years })],
                YearsOfExperience = specialist.Years,
                Education = [new EducationEntry { Title = "Master", Organisation = "Université Paris-Saclay", EqfLevel = 7, From = (started - 2).ToString(CultureInfo.InvariantCulture), To = started.ToString(CultureInfo.InvariantCulture), CountryCode = "FR" }],
                Employment =
                [
                    new EmploymentEntry { Position = specialist.Position, Employer = specialist.Employer, From = started.ToString(CultureInfo.InvariantCulture), Current = true, CountryCode = "FR", City = "Paris" },
                ],
                AvailableFrom = today.AddDays(specialist.AvailableInDays),
                Pitch = $"{specialist.Position}, {specialist.Years} ans d'expérience : {string.Join(", ", specialist.Skills).ToLowerInvariant()}.",
                TalentPoolConsentAt = now.AddDays(-90),
                UpdatedAt = now,
            };
            DemoCandidates.AttachCv(db, person, profile, now);
            db.CandidateProfiles.Add(profile);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
