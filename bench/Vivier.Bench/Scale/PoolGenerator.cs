using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Candidates;
using Vivier.Core.Identity;
using Vivier.Core.Missions;

namespace Vivier.Bench;

/// <summary>
/// Fills a database with a talent pool of N people who consented to be suggested: profiles as
/// candidates fill them (skills from a programme's vocabulary, three to five languages at some level,
/// themes and their sectors, countries and years, availability), in batches.
/// </summary>
public static class PoolGenerator
{
    public const string EmailPrefix = "bench-pool-";

    /// <summary>The skills profiles draw from and missions seek, so that some fit and most do not.</summary>
    public static readonly string[] Skills =
    [
        "cybersécurité", "gestion de crise cyber", "finances publiques", "budget de programmes", "mobilisation des recettes", "gestion de la dette",
        "marchés du carbone", "finance climat", "adaptation au changement climatique", "observation de la terre", "gestion de projets spatiaux",
        "santé publique", "systèmes d'information sanitaire", "éducation de base", "formation professionnelle", "statistique", "état civil",
        "décentralisation", "finances locales", "industries culturelles et créatives", "patrimoine", "sport pour tous", "justice numérique",
        "lutte contre le blanchiment", "supervision bancaire", "énergies renouvelables", "gestion de l'eau", "agriculture durable",
        "commande publique", "contrôle de gestion", "dialogue institutionnel", "gestion de projet", "ingénierie de formation", "audit interne",
    ];

    private static readonly string[] Languages = ["en", "es", "ar", "pt", "de", "ru", "zh", "vi"];

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5394", Justification = "Bench data from a fixed seed.")]
    public static async Task FillAsync(VivierDb db, int count, DateTime now, Random random)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(random);
        var themes = await db.Themes.AsNoTracking().Include(t => t.Sectors).OrderBy(t => t.Code).ToListAsync();
        var countries = await db.Countries.AsNoTracking().Where(c => c.Code != "AQ").Select(c => c.Code).OrderBy(c => c).ToListAsync();
        var levels = Enum.GetValues<CefrLevel>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        const int batch = 5000;
        for (var done = 0; done < count; done += batch)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                var email = $"{EmailPrefix}{i:D7}@vivier.test";
                var person = new Person
                {
                    UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
                    SecurityStamp = Guid.NewGuid().ToString("N"), GivenName = $"Prénom{i % 89}", FamilyName = $"Vivier{i:D7}", CreatedAt = now,
                };
                db.Users.Add(person);
                var chosen = Enumerable.Range(0, 1 + random.Next(2)).Select(_ => themes[random.Next(themes.Count)]).DistinctBy(t => t.Code).ToList();
                var draw = random.Next(100);
                LanguageSkill Speaks(string code)
                {
                    var level = levels[random.Next(levels.Length)];
                    return new LanguageSkill { Code = code, Listening = level, Reading = level, SpokenInteraction = level, SpokenProduction = level, Writing = level };
                }
                db.CandidateProfiles.Add(new CandidateProfile
                {
                    PersonId = person.Id, UpdatedAt = now, TalentPoolConsentAt = now,
                    Gender = draw < 48 ? SelfDeclaredGender.Woman : draw < 94 ? SelfDeclaredGender.Man : draw < 96 ? SelfDeclaredGender.Other : null,
                    Nationalities = [random.Next(5) == 0 ? countries[random.Next(countries.Count)] : "FR"],
                    Languages = [new LanguageSkill { Code = "fr", MotherTongue = true }, Speaks("en"), .. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Languages[random.Next(Languages.Length)]).Distinct().Where(c => c != "en").Select(Speaks)],
                    ThemeCodes = chosen.ConvertAll(t => t.Code),
                    SectorCodes = chosen.SelectMany(t => t.Sectors.Take(2)).Select(s => s.Code).Distinct().ToList(),
                    Skills = Enumerable.Range(0, 2 + random.Next(5)).Select(_ => Skills[random.Next(Skills.Length)]).Distinct().ToList(),
                    CountriesWorked = Enumerable.Range(0, random.Next(4)).Select(_ => countries[random.Next(countries.Count)]).Distinct()
                        .Select(code => new CountryExperience { CountryCode = code, Years = 1 + random.Next(8) }).ToList(),
                    YearsOfExperience = 2 + random.Next(30),
                    AvailableFrom = DateOnly.FromDateTime(now).AddDays(random.Next(365)),
                });
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            db.ChangeTracker.Clear();
        }
    }
}
