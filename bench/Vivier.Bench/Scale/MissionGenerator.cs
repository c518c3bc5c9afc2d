using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Missions;

namespace Vivier.Bench;

/// <summary>Fills a database with N published missions, written like real ones, in batches.</summary>
public static class MissionGenerator
{
    private static readonly string[] Words =
    [
        "appui", "conseil", "renforcement", "modernisation", "pilotage", "formation", "stratégie", "réforme", "coopération", "gouvernance",
        "ministère", "agence", "institution", "collectivités", "partenaires", "données", "projets", "équipes", "filières", "régulation",
    ];

    public static async Task<TimeSpan> FillAsync(VivierDb db, int count, DateTime now, Random random)
    {
        var clock = Stopwatch.StartNew();
        var countries = await db.Countries.AsNoTracking().Where(c => !c.IsFrenchOverseas && c.Code != "AQ").ToListAsync();
        var themes = await db.Themes.Include(t => t.Sectors).ToListAsync();
        // Filler text from the DAC sector names: a real corpus's vocabulary, where a word is in some missions, not all.
        var sectors = await db.Sectors.AsNoTracking().Where(x => x.IsActive).Select(x => x.NameFr).ToListAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        const int batch = 2000;
        for (var done = 0; done < count; done += batch)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                var country = countries[random.Next(countries.Count)];
                var theme = themes[random.Next(themes.Count)];
                var words = string.Join(" ; ", Enumerable.Range(0, 3).Select(_ => sectors[random.Next(sectors.Count)].ToLowerInvariant()));
                var published = now.AddMinutes(-random.Next(60 * 24 * 60));
                var mission = new Mission
                {
                    Reference = $"ETI-2000-{i + 1:D6}",
                    Title = $"{theme.NameFr} – {Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}",
                    Kind = (ExpertKind)random.Next(3),
                    CountryCode = country.Code,
                    City = country.NameFr,
                    HostInstitution = $"Ministère partenaire ({country.NameFr})",
                    Description = $"{Words[random.Next(Words.Length)]} en {theme.NameFr.ToLowerInvariant()} auprès du ministère partenaire. Domaines : {words}.",
                    Profile = "Au moins huit ans d'expérience ; pratique de la coopération internationale.",
                    StartDate = DateOnly.FromDateTime(now).AddMonths(4),
                    DurationMonths = 24,
                    Deadline = DateOnly.FromDateTime(now).AddDays(1 + random.Next(90)),
                    CreatedAt = published,
                };
                mission.Themes.Add(theme);
                mission.RefreshSearchText(country, mission.Themes, []);
                mission.Publish(published);
                db.Missions.Add(mission);
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            db.ChangeTracker.Clear();
            themes = await db.Themes.Include(t => t.Sectors).ToListAsync();
        }
        return clock.Elapsed;
    }
}
