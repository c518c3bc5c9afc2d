using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Core.Recruitment;

namespace Vivier.Bench;

/// <summary>
/// A recruiter with a second factor, a mission with N applications spread over the stages (a third
/// reviewed, a tenth with a note), and a mission with one application, for the board benchmark.
/// </summary>
public static class PipelineGenerator
{
    public const string BigMission = "ETI-2001-000001";
    public const string SmallMission = "ETI-2001-000002";
    public const string RecruiterEmail = "bench-recruiter@vivier.test";

    /// <summary>Fills the database once; the recruiter's authenticator key.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5394", Justification = "Benchmark data: a fixed seed makes runs comparable.")]
    public static async Task<string> FillAsync(VivierDb db, int applications, string password)
    {
        if (await BenchStaff.KeyOfAsync(db, RecruiterEmail) is { } existing)
        {
            return existing;
        }
        var now = DateTime.UtcNow;
        var random = new Random(7);
        var (recruiterId, key) = await BenchStaff.CreateAsync(db, RecruiterEmail, password, now);
        var big = Mission(BigMission, now);
        var small = Mission(SmallMission, now);
        db.Missions.AddRange(big, small);
        await db.SaveChangesAsync();

        var stages = new[] { PipelineStage.Received, "screening", "shortlisted", "interview", "offer", PipelineStage.Rejected, PipelineStage.Withdrawn };
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < applications + 1; i++)
        {
            var email = $"bench-candidate-{i:D5}@vivier.test";
            var person = new Person
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
                SecurityStamp = Guid.NewGuid().ToString("N"), GivenName = $"Prénom{i % 97}", FamilyName = $"Nom{random.Next(10_000):D4}", CreatedAt = now,
            };
            db.Users.Add(person);
            var mission = i < applications ? big : small;
            var at = now.AddMinutes(-random.Next(60 * 24 * 30));
            var application = new JobApplication
            {
                MissionId = mission.Id, PersonId = person.Id, CreatedAt = at, UpdatedAt = at, SubmittedAt = at, CoverLetter = "Lettre de motivation.",
                ProfileSnapshot = "{}",
            };
            application.Enter(DefaultPipeline.ByKey[stages[random.Next(stages.Length)]], DefaultPipeline.ByKey);
            db.Applications.Add(application);
            db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = application.Id, At = at, ActorId = person.Id, ToStage = PipelineStage.Received, VisibleToCandidate = true });
            if (i % 3 == 0)
            {
                db.ApplicationReviews.Add(new ApplicationReview
                {
                    ApplicationId = application.Id, ReviewerId = recruiterId, DeclaredAt = at, ScoredAt = at,
                    Scores = global::Vivier.Core.Missions.Mission.DefaultReviewCriteria.Select(c => new CriterionScore { Criterion = c, Score = 1 + random.Next(5) }).ToList(),
                });
            }
            if (i % 10 == 0)
            {
                db.ApplicationNotes.Add(new ApplicationNote { ApplicationId = application.Id, AuthorId = recruiterId, At = at, Text = "Note interne." });
            }
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        return key;
    }

    private static Mission Mission(string reference, DateTime now)
    {
        var mission = new Mission
        {
            Reference = reference, Title = "Appui à la gestion des finances publiques", Kind = ExpertKind.ETI, CountryCode = "SN", City = "Dakar",
            HostInstitution = "Ministère des Finances", Description = "Appui.", Profile = "Expérience.", StartDate = DateOnly.FromDateTime(now).AddMonths(4),
            DurationMonths = 24, Deadline = DateOnly.FromDateTime(now).AddDays(30), CreatedAt = now,
        };
        mission.Publish(now);
        return mission;
    }
}
