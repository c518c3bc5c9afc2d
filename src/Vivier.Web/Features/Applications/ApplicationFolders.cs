using System.Text.Json;
using Vivier.Core.Candidates;
using Vivier.Web.Features.Profile;

namespace Vivier.Web.Features.Applications;

/// <summary>
/// Staff's reading of one application (audited, as any reading of a profile is), the reviewers'
/// declarations and scores, and internal notes. Candidates never reach any of it.
/// </summary>
public sealed class ApplicationFolders(VivierDb db, TimeProvider clock, AuditTrail audit)
{
    /// <summary>The application's folder as <paramref name="viewerId"/> may see it, or null when there is no sent application with this id.</summary>
    public async Task<ApplicationFolderDto?> ReadAsync(Guid id, Guid viewerId, CancellationToken cancellationToken)
    {
        var row = await db.Applications.AsNoTracking().Where(a => a.Id == id && a.StageKey != null)
            .Join(db.Missions, a => a.MissionId, m => m.Id, (a, m) => new { Application = a, Mission = m })
            .Join(db.Users, x => x.Application.PersonId, p => p.Id, (x, p) => new { x.Application, x.Mission, p.GivenName, p.FamilyName })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }
        var application = row.Application;
        var english = Locale.Current.IsEnglish;
        var stages = await db.PipelineStages.AsNoTracking().ToDictionaryAsync(s => s.Key, s => english ? s.NameEn : s.NameFr, cancellationToken);
        var events = await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var reviews = await db.ApplicationReviews.AsNoTracking().Where(r => r.ApplicationId == id).OrderBy(r => r.DeclaredAt).ToListAsync(cancellationToken);
        var notes = await db.ApplicationNotes.AsNoTracking().Where(n => n.ApplicationId == id).OrderBy(n => n.At).ThenBy(n => n.Id).ToListAsync(cancellationToken);
        var people = events.Select(e => e.ActorId).OfType<Guid>().Concat(reviews.Select(r => r.ReviewerId)).Concat(notes.Select(n => n.AuthorId)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName, cancellationToken);
        // The CV's text is shown when the candidate's current CV is still the one sent.
        var cvText = await db.CandidateProfiles.AsNoTracking()
            .Where(p => p.PersonId == application.PersonId && p.CvFileId == application.CvFileId && p.CvTextStatus == CvTextStatus.Extracted)
            .Select(p => p.CvText).SingleOrDefaultAsync(cancellationToken);
        var deployment = await db.Deployments.AsNoTracking().Where(d => d.ApplicationId == id).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(cancellationToken);
        await audit.RecordNowAsync(AuditActions.FolderRead, id.ToString(), row.Mission.Reference, personId: application.PersonId);
        return new ApplicationFolderDto(application.Id, row.Mission.Reference, row.Mission.Title, application.StageKey!, stages[application.StageKey!],
            application.PersonId, row.GivenName + " " + row.FamilyName, application.SubmittedAt, application.CoverLetter, application.Answers,
            application.ProfileSnapshot is { } snapshot ? JsonSerializer.Deserialize<ProfileDocument>(snapshot, JsonSerializerOptions.Web) : null,
            application.CvFileId, cvText,
            events.ConvertAll(e => new FolderStep(e.At, e.FromStage is { } from ? stages.GetValueOrDefault(from, from) : null, stages.GetValueOrDefault(e.ToStage, e.ToStage),
                e.ActorId is { } actor ? names.GetValueOrDefault(actor) : null, e.Reason)),
            View(row.Mission.CriteriaForReview, reviews, viewerId, names),
            notes.ConvertAll(n => new NoteDto(n.At, names.GetValueOrDefault(n.AuthorId, "?"), n.Text)),
            application.Version, deployment);
    }

    private static ReviewsView View(IReadOnlyList<string> criteria, List<ApplicationReview> reviews, Guid viewerId, Dictionary<Guid, string> names)
    {
        ReviewDto Dto(ApplicationReview r) => new(r.ReviewerId, names.GetValueOrDefault(r.ReviewerId, "?"), r.HasConflict, r.DeclaredAt, r.ScoredAt,
            r.Scores, r.Comment, r.Average);
        var mine = reviews.Find(r => r.ReviewerId == viewerId);
        var others = reviews.Where(r => r.ReviewerId != viewerId && r.ScoredAt is not null).ToList();
        // Nobody is swayed by the others: their scores appear once one's own are given.
        var visible = mine is { HasConflict: false, ScoredAt: not null };
        var scored = reviews.Where(r => r.ScoredAt is not null && !r.HasConflict).ToList();
        return new ReviewsView(criteria, mine is null ? null : Dto(mine), visible, others.Count, visible ? others.ConvertAll(Dto) : [],
            visible && scored.Count > 0 ? scored.Average(r => r.Average ?? 0) : null);
    }

    /// <summary>Records the reviewer's conflict-of-interest declaration; why not otherwise.</summary>
    public async Task<Refusal?> DeclareAsync(Guid id, Guid reviewerId, DeclarationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.ConflictOfInterest is not { } conflict)
        {
            return Refusal.Invalid(nameof(DeclarationInput.ConflictOfInterest), "Review.DeclarationRequired");
        }
        if (!await db.Applications.AnyAsync(a => a.Id == id && a.StageKey != null, cancellationToken))
        {
            return Refusal.NotFound("Pipeline.NotFound");
        }
        var review = await db.ApplicationReviews.SingleOrDefaultAsync(r => r.ApplicationId == id && r.ReviewerId == reviewerId, cancellationToken);
        if (review is { ScoredAt: not null })
        {
            return Refusal.Conflict("Review.AlreadyScored");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (review is null)
        {
            db.ApplicationReviews.Add(new ApplicationReview { ApplicationId = id, ReviewerId = reviewerId, DeclaredAt = now, HasConflict = conflict });
        }
        else
        {
            (review.DeclaredAt, review.HasConflict) = (now, conflict);
        }
        return await SaveOnceAsync(cancellationToken);
    }

    /// <summary>Records (or corrects) the reviewer's scores, once they declared no conflict; why not otherwise.</summary>
    public async Task<Refusal?> ScoreAsync(Guid id, Guid reviewerId, ScoreInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var mission = await db.Applications.Where(a => a.Id == id && a.StageKey != null)
            .Join(db.Missions, a => a.MissionId, m => m.Id, (a, m) => m).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (mission is null)
        {
            return Refusal.NotFound("Pipeline.NotFound");
        }
        var review = await db.ApplicationReviews.SingleOrDefaultAsync(r => r.ApplicationId == id && r.ReviewerId == reviewerId, cancellationToken);
        if (review is null)
        {
            return Refusal.Conflict("Review.DeclareFirst");
        }
        if (review.HasConflict)
        {
            return Refusal.Conflict("Review.Conflicted");
        }
        var lines = input.Scores ?? [];
        var criteria = mission.CriteriaForReview;
        if (lines.Count != criteria.Count || criteria.Any(c => lines.Count(l => l.Criterion == c) != 1) || lines.Any(l => l.Score is null))
        {
            return Refusal.Invalid(nameof(ScoreInput.Scores), "Review.EveryCriterion");
        }
        if (lines.Any(l => l.Score is not (>= CriterionScore.Lowest and <= CriterionScore.Highest)))
        {
            return Refusal.Invalid(nameof(ScoreInput.Scores), "Review.ScoreRange");
        }
        if (lines.Any(l => l.Comment is { Length: > CriterionScore.MaxComment }) || input.Comment is { Length: > CriterionScore.MaxComment })
        {
            return Refusal.Invalid(nameof(ScoreInput.Comment), "Review.CommentTooLong");
        }
        review.Scores = criteria.Select(c => lines.Single(l => l.Criterion == c))
            .Select(l => new CriterionScore { Criterion = l.Criterion!, Score = l.Score!.Value, Comment = Blank(l.Comment) }).ToList();
        review.Comment = Blank(input.Comment);
        review.ScoredAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Adds an internal note; why not otherwise.</summary>
    public async Task<Refusal?> AddNoteAsync(Guid id, Guid authorId, NoteInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Refusal.Invalid(nameof(NoteInput.Text), "Note.Required");
        }
        if (text.Length > ApplicationNote.MaxText)
        {
            return Refusal.Invalid(nameof(NoteInput.Text), "Note.TooLong");
        }
        if (!await db.Applications.AnyAsync(a => a.Id == id && a.StageKey != null, cancellationToken))
        {
            return Refusal.NotFound("Pipeline.NotFound");
        }
        db.ApplicationNotes.Add(new ApplicationNote { ApplicationId = id, AuthorId = authorId, At = clock.GetUtcNow().UtcDateTime, Text = text });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A first declaration made twice at once: the unique (application, reviewer) index keeps one.</summary>
    private async Task<Refusal?> SaveOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Conflict("Review.TryAgain");
        }
        return null;
    }
}
