using Microsoft.AspNetCore.Identity;
using Vivier.Core.Candidates;
using Vivier.Core.Files;
using Vivier.Core.Files.Pdf;

namespace Vivier.Core.Demo;

/// <summary>
/// The demo's talent pool: a few hundred candidates with complete profiles and a PDF CV each (its
/// text already read), varied in languages, sectors, countries and careers; and the demo expert's
/// own complete profile. Candidates have no password: they are data, not accounts to sign in with.
/// </summary>
public static class DemoCandidates
{
    public const int Count = 300;

    private static readonly string[] WomenNames = ["Aminata", "Claire", "Fatou", "Hélène", "Inès", "Julie", "Karima", "Laure", "Mariam", "Nadia", "Odile", "Pauline", "Rokia", "Sophie", "Yasmine", "Zoé"];
    private static readonly string[] MenNames = ["Amadou", "Bruno", "Cheikh", "David", "Étienne", "François", "Guillaume", "Hugo", "Ibrahima", "Julien", "Karim", "Luc", "Moussa", "Nicolas", "Olivier", "Pierre"];
    private static readonly string[] FamilyNames = ["Bernard", "Camara", "Diallo", "Dubois", "Fofana", "Girard", "Haddad", "Keïta", "Lambert", "Lefèvre", "Mercier", "Nguyen", "Ouédraogo", "Petit", "Rousseau", "Sow", "Traoré", "Vincent"];
    private static readonly string[] Nationalities = ["FR", "FR", "FR", "FR", "SN", "CI", "BE", "CA", "MA", "TN", "CM", "VN", "LB", "DE", "IT", "ES"];
    private static readonly string[] Languages = ["en", "es", "ar", "pt", "de", "ru", "zh", "vi", "it", "sw", "ja", "th"];
    private static readonly string[] Employers = ["Ministère de l'Économie et des Finances", "Banque de France", "Agence française de développement", "Cour des comptes", "Direction générale du Trésor", "Ministère de l'Europe et des Affaires étrangères", "Conseil régional", "Cabinet de conseil international", "Banque mondiale", "Commission européenne"];
    private static readonly string[] Schools = ["Sciences Po", "Université Paris 1 Panthéon-Sorbonne", "École nationale d'administration", "Université Cheikh Anta Diop", "HEC Paris", "Université de Montréal", "École des Ponts", "Université Lyon 2"];
    private static readonly string[] Degrees = ["Master en économie du développement", "Master d'administration publique", "Diplôme d'ingénieur", "Doctorat en droit public", "Master de finance", "Master de relations internationales"];

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5394", Justification = "Demo data: a fixed seed makes it the same every time; nothing secret depends on it.")]
    public static async Task SeedAsync(VivierDb db, DateTime now, CancellationToken cancellationToken = default)
    {
        var random = new Random(2024);
        var themes = await db.Themes.Include(t => t.Sectors).OrderBy(t => t.Code).ToListAsync(cancellationToken);
        var countries = await db.Countries.AsNoTracking().Where(c => !c.IsFrenchOverseas && c.Code != "AQ").Select(c => c.Code).OrderBy(c => c).ToListAsync(cancellationToken);
        var levels = Enum.GetValues<CefrLevel>();
        CefrLevel Level(int floor) => levels[Math.Min(levels.Length - 1, floor + random.Next(levels.Length - floor))];
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        for (var i = 0; i < Count; i++)
        {
            // About half women, half men, a few neither or undeclared: what parity statistics will read.
            var draw = random.Next(100);
            var gender = draw < 47 ? SelfDeclaredGender.Woman : draw < 92 ? SelfDeclaredGender.Man : draw < 95 ? SelfDeclaredGender.Other : (SelfDeclaredGender?)null;
            var givenName = Pick(gender == SelfDeclaredGender.Woman ? WomenNames : MenNames);
            var familyName = Pick(FamilyNames);
            var email = string.Create(CultureInfo.InvariantCulture, $"candidat{i + 1:D3}@candidats.vivier.test");
            var person = new Person
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true, GivenName = givenName, FamilyName = familyName, CreatedAt = now.AddDays(-random.Next(700)),
            };
            db.Users.Add(person);
            var chosen = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Pick(themes)).DistinctBy(t => t.Code).ToList();
            var years = 5 + random.Next(25);
            var profile = new CandidateProfile
            {
                PersonId = person.Id,
                Phone = string.Create(CultureInfo.InvariantCulture, $"+33 6 {random.Next(10, 99)} {random.Next(10, 99)} {random.Next(10, 99)} {random.Next(10, 99)}"),
                Nationalities = [Pick(Nationalities)],
                ResidenceCountryCode = random.Next(3) == 0 ? Pick(countries) : "FR",
                Gender = gender,
                Languages = [new LanguageSkill { Code = "fr", MotherTongue = true }, .. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Pick(Languages)).Distinct()
                    .Select(code => { var floor = random.Next(4); return new LanguageSkill { Code = code, Listening = Level(floor), Reading = Level(floor), SpokenInteraction = Level(floor), SpokenProduction = Level(floor), Writing = Level(floor) }; })],
                ThemeCodes = chosen.Select(t => t.Code).ToList(),
                SectorCodes = chosen.SelectMany(t => t.Sectors.Take(2)).Select(s => s.Code).Distinct().ToList(),
                Skills = chosen.Select(t => t.NameFr).Append(random.Next(2) == 0 ? "Gestion de projet" : "Dialogue institutionnel").ToList(),
                CountriesWorked = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Pick(countries)).Distinct()
                    .Select(code => new CountryExperience { CountryCode = code, Years = 1 + random.Next(6) }).ToList(),
                YearsOfExperience = years,
                Education = [new EducationEntry { Title = Pick(Degrees), Organisation = Pick(Schools), EqfLevel = 7 + random.Next(2), From = (now.Year - years - 2).ToString(CultureInfo.InvariantCulture), To = (now.Year - years).ToString(CultureInfo.InvariantCulture), CountryCode = "FR" }],
                Employment =
                [
                    new EmploymentEntry { Position = $"{(gender == SelfDeclaredGender.Woman ? "Conseillère" : "Conseiller")} ({chosen[0].NameFr.ToLowerInvariant()})", Employer = Pick(Employers), From = string.Create(CultureInfo.InvariantCulture, $"{now.Year - years / 2}-{1 + random.Next(12):D2}"), Current = true, CountryCode = "FR", City = "Paris", Description = $"Pilotage de projets en {chosen[0].NameFr.ToLowerInvariant()}." },
                    new EmploymentEntry { Position = gender == SelfDeclaredGender.Woman ? "Chargée de mission" : "Chargé de mission", Employer = Pick(Employers), From = (now.Year - years).ToString(CultureInfo.InvariantCulture), To = (now.Year - years / 2).ToString(CultureInfo.InvariantCulture), CountryCode = Pick(countries) },
                ],
                AvailableFrom = DateOnly.FromDateTime(now).AddDays(random.Next(240)),
                Pitch = $"{years} ans d'expérience en {string.Join(", ", chosen.Select(t => t.NameFr.ToLowerInvariant()))}.",
                TalentPoolConsentAt = random.Next(10) < 7 ? now.AddDays(-random.Next(300)) : null,
                UpdatedAt = now,
            };
            AttachCv(db, person, profile, now);
            db.CandidateProfiles.Add(profile);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The demo expert's own profile: complete, with a CV, as a returning candidate would have it.</summary>
    public static async Task SeedExpertAsync(VivierDb db, Person expert, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expert);
        var profile = new CandidateProfile
        {
            PersonId = expert.Id,
            Phone = "+33 6 45 12 78 90",
            Nationalities = ["FR"],
            ResidenceCountryCode = "FR",
            Gender = SelfDeclaredGender.Woman,
            Languages =
            [
                new LanguageSkill { Code = "fr", MotherTongue = true },
                new LanguageSkill { Code = "en", Listening = CefrLevel.C1, Reading = CefrLevel.C1, SpokenInteraction = CefrLevel.C1, SpokenProduction = CefrLevel.B2, Writing = CefrLevel.C1 },
                new LanguageSkill { Code = "es", Listening = CefrLevel.B2, Reading = CefrLevel.B2, SpokenInteraction = CefrLevel.B1, SpokenProduction = CefrLevel.B1, Writing = CefrLevel.B1 },
            ],
            ThemeCodes = ["public-finance", "anti-money-laundering"],
            SectorCodes = ["15111", "15113"],
            Skills = ["Gestion des finances publiques", "Budget de programmes", "Lutte contre le blanchiment", "Formation de formateurs"],
            CountriesWorked = [new CountryExperience { CountryCode = "SN", Years = 3 }, new CountryExperience { CountryCode = "CO", Years = 2 }],
            YearsOfExperience = 15,
            Education = [new EducationEntry { Title = "Master de finances publiques", Organisation = "Université Paris 1 Panthéon-Sorbonne", EqfLevel = 7, From = "2006-09", To = "2008-06", CountryCode = "FR" }],
            Employment =
            [
                new EmploymentEntry { Position = "Conseillère technique", Employer = "Direction générale des Finances publiques", From = "2019-01", Current = true, City = "Paris", CountryCode = "FR", Description = "Appui aux administrations fiscales partenaires." },
                new EmploymentEntry { Position = "Experte technique internationale", Employer = "Ministère des Finances du Sénégal", From = "2015-09", To = "2018-08", City = "Dakar", CountryCode = "SN", Description = "Réforme du budget-programme." },
            ],
            AvailableFrom = DateOnly.FromDateTime(now).AddMonths(2),
            Pitch = "Quinze ans de finances publiques, dont trois en poste à Dakar : prête pour une nouvelle mission.",
            TalentPoolConsentAt = now.AddDays(-30),
            UpdatedAt = now,
        };
        AttachCv(db, expert, profile, now);
        db.CandidateProfiles.Add(profile);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A one-page PDF CV written from the profile, stored, with its text already read.</summary>
    internal static void AttachCv(VivierDb db, Person person, CandidateProfile profile, DateTime now)
    {
        var lines = new List<string> { $"{person.GivenName} {person.FamilyName}", "Curriculum vitae", "", profile.Pitch ?? "" };
        lines.AddRange(profile.Employment.Select(e => $"{e.From}-{e.To ?? "..."} : {e.Position}, {e.Employer}"));
        lines.AddRange(profile.Education.Select(e => $"{e.To} : {e.Title}, {e.Organisation}"));
        lines.Add("Langues : " + string.Join(", ", profile.Languages.Select(l => l.Code)));
        lines.Add("Compétences : " + string.Join(", ", profile.Skills));
        var pdf = SimplePdf.Text([string.Join('\n', lines)]);
        var file = db.Store(pdf, $"CV {person.GivenName} {person.FamilyName}.pdf", "application/pdf", person.Id, now);
        profile.CvFileId = file.Id;
        profile.CvText = string.Join('\n', lines);
        profile.CvTextStatus = CvTextStatus.Extracted;
    }
}
