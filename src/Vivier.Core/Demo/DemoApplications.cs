using Vivier.Core.Candidates;
using Vivier.Core.Deployments;
using Vivier.Core.Files;
using Vivier.Core.Recruitment;

namespace Vivier.Core.Demo;

/// <summary>
/// The demo's recruitment: applications from the talent pool on the first open missions at every
/// stage of the pipeline, with their history, reviews and internal notes; the demo expert's own
/// application; and on each filled past mission the hire that filled it (its deployment, the others
/// declined). No mail is queued: the demo's people have .test addresses.
/// </summary>
public static class DemoApplications
{
    /// <summary>How many open missions receive applications.</summary>
    public const int OpenMissions = 12;

    /// <summary>The stages an application on an open mission can be found at, each at least once per mission.</summary>
    public static readonly string[] OpenStages = [PipelineStage.Received, "screening", "shortlisted", "interview", "offer", PipelineStage.Rejected, PipelineStage.Withdrawn];

    /// <summary>The road to each stage, from received.</summary>
    private static readonly Dictionary<string, string[]> Roads = new()
    {
        [PipelineStage.Received] = [],
        ["screening"] = ["screening"],
        ["shortlisted"] = ["screening", "shortlisted"],
        ["interview"] = ["screening", "shortlisted", "interview"],
        ["offer"] = ["screening", "shortlisted", "interview", "offer"],
        [PipelineStage.Rejected] = ["screening", PipelineStage.Rejected],
        [PipelineStage.Withdrawn] = [PipelineStage.Withdrawn],
        [PipelineStage.Hired] = ["screening", "shortlisted", "interview", "offer", PipelineStage.Hired],
    };

    private static readonly string[] Notes =
    [
        "Références vérifiées auprès de deux anciens employeurs : très positives.",
        "Disponibilité à confirmer avec l'employeur actuel (préavis de trois mois).",
        "Très bonne connaissance du contexte régional ; à approfondir en entretien : pilotage d'équipe.",
        "L'ambassade souhaite un profil ayant déjà travaillé avec l'Union européenne.",
    ];

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5394", Justification = "Demo data: a fixed seed makes it the same every time; nothing secret depends on it.")]
    public static async Task SeedAsync(VivierDb db, DateTime now, Func<Person, CandidateProfile, StoredFile?, string> snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var random = new Random(2026);
        var staff = await db.Users.Where(p => p.Email == "recruteur@vivier.test" || p.Email == "admin@vivier.test").ToDictionaryAsync(p => p.Email!, p => p.Id, cancellationToken);
        var (recruiter, admin) = (staff["recruteur@vivier.test"], staff["admin@vivier.test"]);
        var pool = await db.Users.Where(p => p.Email!.EndsWith("@candidats.vivier.test"))
            .Join(db.CandidateProfiles, p => p.Id, c => c.PersonId, (p, c) => new { Person = p, Profile = c })
            .OrderBy(x => x.Person.Email).ToListAsync(cancellationToken);
        var files = await db.StoredFiles.Where(f => pool.Select(x => x.Profile.CvFileId).Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        var candidates = pool.ConvertAll(x => (x.Person, x.Profile, Snapshot: snapshot(x.Person, x.Profile, files[x.Profile.CvFileId!.Value])));
        var today = ParisTime.Today(now);
        var open = await db.Missions.Where(m => m.Status == MissionStatus.Published && m.Deadline >= today).OrderBy(m => m.Reference).Take(OpenMissions).ToListAsync(cancellationToken);
        var filled = await db.Missions.AsSplitQuery().Include(m => m.Sponsors).Include(m => m.Themes).Where(m => m.Status == MissionStatus.Filled).OrderBy(m => m.Reference).ToListAsync(cancellationToken);

        // A hire happens when the mission is filled and its deployment created: hiredAt, for the filled missions.
        JobApplication Apply(Mission mission, (Person Person, CandidateProfile Profile, string Snapshot) candidate, DateTime at, string target, DateTime? hiredAt = null)
        {
            var application = new JobApplication
            {
                MissionId = mission.Id, PersonId = candidate.Person.Id, CreatedAt = at, UpdatedAt = at, SubmittedAt = at,
                CoverLetter = $"Madame, Monsieur,\n\nForte d'une expérience de {candidate.Profile.YearsOfExperience} ans, je souhaite mettre mon expertise au service de la mission « {mission.Title} ».\n\nJe me tiens à votre disposition pour un entretien.",
                ProfileSnapshot = candidate.Snapshot, CvFileId = candidate.Profile.CvFileId, ApplicantGender = candidate.Profile.Gender,
                Answers = mission.ScreeningQuestions.Select(q => new ScreeningAnswer { Question = q, Answer = "Oui." }).ToList(),
            };
            application.Enter(DefaultPipeline.ByKey[PipelineStage.Received], DefaultPipeline.ByKey);
            db.Applications.Add(application);
            db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = application.Id, At = at, ActorId = candidate.Person.Id, ToStage = PipelineStage.Received, VisibleToCandidate = true });
            var step = at;
            foreach (var stage in Roads[target])
            {
                step = step.AddDays(1 + random.Next(4));
                step = step > now ? now : step;
                step = stage == PipelineStage.Hired && hiredAt is { } hire ? hire : step;
                var withdrawn = stage == PipelineStage.Withdrawn;
                db.ApplicationEvents.Add(new ApplicationEvent
                {
                    ApplicationId = application.Id, At = step, ActorId = withdrawn ? candidate.Person.Id : recruiter, FromStage = application.StageKey, ToStage = stage,
                    Reason = stage == PipelineStage.Rejected ? "Expérience insuffisante dans le secteur" : null, VisibleToCandidate = true,
                });
                application.Enter(DefaultPipeline.ByKey[stage], DefaultPipeline.ByKey);
                application.UpdatedAt = step;
            }
            if (target is "shortlisted" or "interview" or "offer" or PipelineStage.Hired)
            {
                Review(application, mission, recruiter, step);
                // The admin knows one interviewee personally: declared, and no score.
                if (target == "interview" && random.Next(3) == 0)
                {
                    db.ApplicationReviews.Add(new ApplicationReview { ApplicationId = application.Id, ReviewerId = admin, DeclaredAt = step, HasConflict = true });
                }
                else
                {
                    Review(application, mission, admin, step);
                }
            }
            if (target is "interview" or "offer")
            {
                db.ApplicationNotes.Add(new ApplicationNote { ApplicationId = application.Id, AuthorId = recruiter, At = step, Text = Notes[random.Next(Notes.Length)] });
            }
            return application;
        }

        void Review(JobApplication application, Mission mission, Guid reviewer, DateTime at) => db.ApplicationReviews.Add(new ApplicationReview
        {
            ApplicationId = application.Id, ReviewerId = reviewer, DeclaredAt = at, ScoredAt = at,
            Scores = mission.CriteriaForReview.Select(c => new CriterionScore { Criterion = c, Score = 2 + random.Next(4) }).ToList(),
            Comment = "Profil solide.",
        });

        // Open missions: every stage on each, and a draft someone has not finished.
        var order = Enumerable.Range(0, candidates.Count).OrderBy(_ => random.Next()).ToList();
        var next = 0;
        foreach (var mission in open)
        {
            var count = OpenStages.Length + random.Next(9);
            var days = Math.Max(1, (int)(now - mission.PublishedAt!.Value).TotalDays);
            for (var j = 0; j < count; j++)
            {
                var candidate = candidates[order[next++ % order.Count]];
                var target = OpenStages[j % OpenStages.Length];
                // Roads end before today: a submission early enough for every step it took.
                var submitted = mission.PublishedAt.Value.AddHours(random.Next(Math.Max(1, days * 24 / 4)));
                Apply(mission, candidate, submitted, target);
            }
            var drafter = candidates[order[next++ % order.Count]];
            db.Applications.Add(new JobApplication
            {
                MissionId = mission.Id, PersonId = drafter.Person.Id, CreatedAt = now.AddDays(-1), UpdatedAt = now.AddDays(-1),
                CoverLetter = "Brouillon : à terminer.",
            });
        }

        // The demo expert follows one application of her own.
        var expert = await db.Users.SingleAsync(p => p.Email == "expert@vivier.test", cancellationToken);
        var expertProfile = await db.CandidateProfiles.SingleAsync(p => p.PersonId == expert.Id, cancellationToken);
        var expertCv = await db.StoredFiles.SingleAsync(f => f.Id == expertProfile.CvFileId, cancellationToken);
        Apply(open[0], (expert, expertProfile, snapshot(expert, expertProfile, expertCv)), open[0].PublishedAt!.Value.AddHours(2), "shortlisted");

        // Filled past missions: the hire that filled each, its deployment, the others declined.
        foreach (var mission in filled)
        {
            var submitted = mission.PublishedAt!.Value.AddDays(3 + random.Next(10));
            var hired = candidates[order[next++ % order.Count]];
            var application = Apply(mission, hired, submitted, PipelineStage.Hired, mission.ClosedAt!.Value);
            var deployment = Deployment.FromHire(mission, hired.Person.Id, application.Id, isFirst: true, mission.ClosedAt!.Value);
            if (today >= deployment.PlannedStart)
            {
                deployment.Depart();
                if (today > deployment.PlannedEnd)
                {
                    deployment.Finish();
                }
            }
            var post = new Post { Code = mission.Reference, Title = mission.Title, Kind = mission.Kind, CountryCode = mission.CountryCode, HostInstitution = mission.HostInstitution };
            db.Posts.Add(post);
            deployment.PostId = post.Id;
            db.Deployments.Add(deployment);
            for (var j = 0; j < 3; j++)
            {
                var other = Apply(mission, candidates[order[next++ % order.Count]], submitted.AddDays(j + 1), "screening");
                db.ApplicationEvents.Add(new ApplicationEvent
                {
                    ApplicationId = other.Id, At = mission.ClosedAt!.Value, ActorId = recruiter, FromStage = other.StageKey, ToStage = PipelineStage.Rejected,
                    Reason = "Poste pourvu", VisibleToCandidate = true,
                });
                other.Enter(DefaultPipeline.ByKey[PipelineStage.Rejected], DefaultPipeline.ByKey);
                other.UpdatedAt = mission.ClosedAt.Value;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
