using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Candidates;
using Vivier.Core.Identity;
using Vivier.Core.Matching;
using Vivier.Core.Missions;

namespace Vivier.Testing;

/// <summary>Domain helpers for matching: pool people and mission requirements, made straight in the database.</summary>
public static class Matching
{
    /// <summary>A person (no password) with a profile shaped by <paramref name="shape"/>; in the talent pool unless told otherwise.</summary>
    public static async Task<Guid> AddPoolPersonAsync(this VivierApp app, Action<CandidateProfile> shape, bool consent = true, bool objects = false,
        string givenName = "Pool", string familyName = "Person")
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(shape);
        await using var db = app.NewDb();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var email = $"match-{Guid.NewGuid():N}@vivier.test";
        var person = new Person
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"), GivenName = givenName, FamilyName = familyName, CreatedAt = now,
            ObjectsToSuggestionsSince = objects ? now : null,
        };
        db.Users.Add(person);
        var profile = new CandidateProfile { PersonId = person.Id, Nationalities = ["FR"], TalentPoolConsentAt = consent ? now : null };
        shape(profile);
        profile.Changed(now);
        db.CandidateProfiles.Add(profile);
        await db.SaveChangesAsync();
        return person.Id;
    }

    /// <summary>Sets what matching reads of the mission beyond what <see cref="Missions.CreateMissionAsync"/> gives it.</summary>
    public static async Task SetRequirementsAsync(this VivierApp app, Mission mission, Action<Mission> requirements)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(mission);
        ArgumentNullException.ThrowIfNull(requirements);
        await using var db = app.NewDb();
        var stored = await db.Missions.SingleAsync(m => m.Id == mission.Id);
        requirements(stored);
        requirements(mission);
        stored.Revised();
        await db.SaveChangesAsync();
        // As the mission editor does: this instance's missions for a person follow at once.
        app.Services.GetRequiredService<Vivier.Web.Features.Matching.OpenMissionTargets>().Expire();
    }

    /// <summary>All five Europass skills at one level.</summary>
    public static LanguageSkill Speaks(string code, CefrLevel level) => new()
    {
        Code = code, Listening = level, Reading = level, SpokenInteraction = level, SpokenProduction = level, Writing = level,
    };

    public static SoughtSkill Required(string name) => new() { Name = name, Required = true };

    public static SoughtSkill Desirable(string name) => new() { Name = name, Required = false };
}
