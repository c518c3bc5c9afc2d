using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Core.Missions;

namespace Vivier.Testing;

/// <summary>Domain helpers for missions: made straight in the database, as staff would have them.</summary>
public static class Missions
{
    public static async Task<Mission> CreateMissionAsync(this VivierApp app, string title, string country = "FR", ExpertKind kind = ExpertKind.ETI,
        string[]? themes = null, string[]? sponsors = null, string description = "Appui au ministère partenaire.",
        DateOnly? deadline = null, bool publish = true, string? titleEn = null, int daysAgoPublished = 0)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var db = app.NewDb();
        var now = app.Clock.GetUtcNow().UtcDateTime.AddDays(-daysAgoPublished);
        var themeRows = await db.Themes.Include(t => t.Sectors).Where(t => (themes ?? Array.Empty<string>()).Contains(t.Code)).ToListAsync();
        var sponsorRows = new List<Organisation>();
        foreach (var name in sponsors ?? [])
        {
            sponsorRows.Add(await db.Organisations.SingleOrDefaultAsync(o => o.ShortName == name)
                ?? db.Organisations.Add(new Organisation { Name = name, ShortName = name, Kind = OrganisationKind.Sponsor, CountryCode = "FR" }).Entity);
        }
        var mission = new Mission
        {
            Reference = await MissionReferences.NextAsync(db, kind, now.Year),
            Title = title,
            TitleEn = titleEn,
            Kind = kind,
            CountryCode = country,
            City = "Capitale",
            HostInstitution = "Ministère partenaire",
            Description = description,
            Profile = "Dix ans d'expérience.",
            StartDate = DateOnly.FromDateTime(now).AddMonths(3),
            DurationMonths = 24,
            Deadline = deadline ?? ParisTime.Today(now).AddDays(30),
            CreatedAt = now,
        };
        mission.Themes.AddRange(themeRows);
        mission.Sponsors.AddRange(sponsorRows);
        mission.RefreshSearchText(await db.Countries.SingleAsync(c => c.Code == country), themeRows, sponsorRows);
        if (publish)
        {
            mission.Publish(now);
        }
        db.Missions.Add(mission);
        await db.SaveChangesAsync();
        return mission;
    }
}
