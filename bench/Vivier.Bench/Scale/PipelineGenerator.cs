using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Identity;
using Vivier.Core.Missions;
using Vivier.Core.Recruitment;

namespace Vivier.Bench;

/// <summary>
/// A mission with N applications spread over the stages (a third reviewed, a tenth with a note, by
/// one reviewer), and a mission with one application, for the pipeline board's benchmarks.
/// </summary>
public static class PipelineGenerator
{
    public const string BigMission = "ETI-2001-000001";
    public const string SmallMission = "ETI-2001-000002";
    public static async Task FillAsync(VivierDb db, int applications, DateTime now, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var reviewer = new Person
        {
            UserName = "bench-reviewer@vivier.test", Email = "bench-reviewer@vivier.test", NormalizedEmail = "BENCH-REVIEWER@VIVIER.TEST",
            NormalizedUserName = "BENCH-REVIEWER@VIVIER.TEST", GivenName = "Bench", FamilyName = "Reviewer", CreatedAt = now, SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(reviewer);
        var recruiterId = reviewer.Id;
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
