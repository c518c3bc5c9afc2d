using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Core.Recruitment;

namespace Vivier.Testing;

/// <summary>Many sent applications at once, written straight to the database, for tests and benchmarks of the pipeline's scale.</summary>
public static class Applications
{
    /// <summary>Adds <paramref name="count"/> candidates (no password) with an application at <paramref name="stage"/>; their ids.</summary>
    public static async Task<List<Guid>> SeedApplicationsAsync(this VivierApp app, Mission mission, int count, string stage = PipelineStage.Received, string language = "fr")
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(mission);
        await using var db = app.NewDb();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var email = $"pool-{Guid.NewGuid():N}@vivier.test";
            var person = new Person
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
                SecurityStamp = Guid.NewGuid().ToString("N"), GivenName = $"Candidate{i:D4}", FamilyName = $"Pool{count - i:D4}", CreatedAt = now, PreferredLanguage = Vivier.Core.Locale.Of(language),
            };
            db.Users.Add(person);
            var application = new JobApplication
            {
                MissionId = mission.Id, PersonId = person.Id, CreatedAt = now.AddMinutes(-count + i), UpdatedAt = now, SubmittedAt = now.AddMinutes(-count + i),
                CoverLetter = "Motivé.", ProfileSnapshot = "{}",
            };
            application.Enter(DefaultPipeline.ByKey[stage], DefaultPipeline.ByKey);
            db.Applications.Add(application);
            db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = application.Id, At = application.CreatedAt, ActorId = person.Id, ToStage = stage, VisibleToCandidate = true });
            ids.Add(application.Id);
        }
        await db.SaveChangesAsync();
        return ids;
    }
}
