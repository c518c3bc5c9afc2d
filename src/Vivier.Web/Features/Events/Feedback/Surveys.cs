namespace Vivier.Web.Features.Events.Feedback;

/// <summary>A survey as a participant sees it: the event's or a session's, open once it has ended.</summary>
public sealed record Survey(Guid Subject, string Title, string? TitleEn, bool IsEvent, DateTime OpensAt, bool Open, bool Answered)
{
    public string TitleIn(Locale language) => language.Pick(Title, TitleEn);
}

/// <summary>A survey's answers for the organiser: count, average, how many gave each rating, and the comments, without names.</summary>
public sealed record SurveyResult(Guid Subject, string Title, string? TitleEn, bool IsEvent, int Answers, double? Average, IReadOnlyList<int> Ratings, IReadOnlyList<string> Comments)
{
    public string TitleIn(Locale language) => language.Pick(Title, TitleEn);
}

/// <summary>
/// Surveys after each session and after the event. An answer is stored without its author; a
/// receipt, stored apart and without time, says only that the person answered, so they answer
/// once. Both are written in one transaction, the receipt first: its key refuses a second answer.
/// </summary>
public sealed class Surveys(VivierDb db, TimeProvider clock)
{
    public const int MinRating = 1;
    public const int MaxRating = 5;

    public async Task<IReadOnlyList<Survey>> SurveysAsync(Guid eventId, Guid personId, CancellationToken cancellationToken)
    {
        var subjects = await SubjectsAsync(eventId, cancellationToken);
        var answered = await db.FeedbackReceipts.Where(r => r.EventId == eventId && r.PersonId == personId).Select(r => r.Subject).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return subjects.Select(s => new Survey(s.Id, s.Title, s.TitleEn, s.IsEvent, s.OpensAt, s.OpensAt <= now, answered.Contains(s.Id))).ToList();
    }

    /// <summary>Records an answer. Null when saved; otherwise why not, said of the rating (nothing is saved).</summary>
    public async Task<Refusal?> AnswerAsync(Guid eventId, Guid subject, Guid personId, int? rating, string? comment, CancellationToken cancellationToken)
    {
        var text = comment?.Trim();
        if (rating is not (>= MinRating and <= MaxRating))
        {
            return Refusal.Invalid("Rating", "Feedback.Rating.Required");
        }
        if (text?.Length > FeedbackAnswer.MaxComment)
        {
            return Refusal.Invalid("Rating", "Feedback.Comment.TooLong");
        }
        if (!await db.Registrations.AnyAsync(r => r.EventId == eventId && r.PersonId == personId && r.Status == RegistrationStatus.Confirmed, cancellationToken))
        {
            return Refusal.Invalid("Rating", "Feedback.NotRegistered");
        }
        var survey = (await SubjectsAsync(eventId, cancellationToken)).SingleOrDefault(s => s.Id == subject);
        var now = clock.GetUtcNow().UtcDateTime;
        if (survey is null)
        {
            return Refusal.Invalid("Rating", "Feedback.NotFound");
        }
        if (survey.OpensAt > now)
        {
            return Refusal.Invalid("Rating", "Feedback.NotOpen");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await InsertOnce.FeedbackReceiptAsync(db, eventId, subject, personId, cancellationToken))
        {
            return Refusal.Invalid("Rating", "Feedback.Already");
        }
        db.FeedbackAnswers.Add(new FeedbackAnswer
        {
            EventId = eventId, Subject = subject, Rating = rating.Value, Comment = string.IsNullOrEmpty(text) ? null : text,
            SubmittedOn = Core.Missions.ParisTime.Today(now),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    public async Task<IReadOnlyList<SurveyResult>> ResultsAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var subjects = await SubjectsAsync(eventId, cancellationToken);
        var answers = await db.FeedbackAnswers.AsNoTracking().Where(a => a.EventId == eventId).Select(a => new { a.Subject, a.Rating, a.Comment })
            .ToListAsync(cancellationToken);
        var bySubject = answers.ToLookup(a => a.Subject);
        return subjects.Select(s =>
        {
            var mine = bySubject[s.Id].ToList();
            return new SurveyResult(s.Id, s.Title, s.TitleEn, s.IsEvent, mine.Count, mine.Count == 0 ? null : mine.Average(a => a.Rating),
                Enumerable.Range(MinRating, MaxRating).Select(r => mine.Count(a => a.Rating == r)).ToList(),
                // Shuffled into a fixed order that is not the order of answering.
                mine.Where(a => a.Comment is not null).Select(a => a.Comment!).Order(StringComparer.Ordinal).ToList());
        }).ToList();
    }

    private sealed record Subject(Guid Id, string Title, string? TitleEn, bool IsEvent, DateTime OpensAt);

    /// <summary>The event's survey first (open when its last session ends, or when its last day does), then each session's, in programme order.</summary>
    private async Task<List<Subject>> SubjectsAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().Where(x => x.Id == eventId).Select(x => new { x.Title, x.TitleEn, x.EndDate }).SingleOrDefaultAsync(cancellationToken);
        if (e is null)
        {
            return [];
        }
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.Start).ThenBy(s => s.Room)
            .Select(s => new Subject(s.Id, s.Title, s.TitleEn, false, s.End)).ToListAsync(cancellationToken);
        var eventEnds = Event.EndsAt(e.EndDate, sessions.Count > 0 ? sessions.Max(s => s.OpensAt) : null);
        return [new Subject(eventId, e.Title, e.TitleEn, true, eventEnds), .. sessions];
    }
}
