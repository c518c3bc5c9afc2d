using System.Text.Json;
using Vivier.Web.Features.Profile;

namespace Vivier.Web.Features.Applications;

/// <summary>What a candidate sends: a cover letter, answers to the mission's screening questions (in their order), and whether to send now or keep a draft.</summary>
public sealed record ApplyInput(string? CoverLetter, bool Submit = true, IReadOnlyList<string?>? Answers = null)
{
    /// <summary>The field a missing CV is reported on: the profile's CV, which the application sends with it.</summary>
    public const string CvField = "Cv";
}

/// <summary>One step of an application as its candidate sees it.</summary>
public sealed record ApplicationStep(DateTime At, string Stage, string Label);

/// <summary>An application as its candidate sees it: the stage in words they understand, and its visible history.</summary>
public sealed record ApplicationDto(Guid Id, string Reference, string MissionTitle, DateOnly Deadline, bool Draft, string? Stage, string? StageLabel,
    string CoverLetter, IReadOnlyList<ScreeningAnswer> Answers, DateTime CreatedAt, DateTime? SubmittedAt, IReadOnlyList<ApplicationStep> History);

/// <summary>The outcome of an attempt to apply: the application (and whether this request created it), or why not.</summary>
public sealed record ApplyOutcome(ApplicationDto? Application, bool Created, Refusal? Refusal = null)
{
    public static ApplyOutcome Refused(Refusal refusal) => new(null, false, refusal);
}

/// <summary>
/// Candidates' side of recruitment: apply (a draft first if they wish), one application per person
/// and mission whatever the clicks and retries, withdraw, and read their applications.
/// </summary>
public sealed class Applying(VivierDb db, TimeProvider clock, CandidateProfiles profiles, StageMails mails, AuditTrail audit)
{
    public async Task<ApplyOutcome> ApplyAsync(Guid personId, string reference, ApplyInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = clock.GetUtcNow().UtcDateTime;
        var mission = await db.Missions.AsNoTracking().SingleOrDefaultAsync(m => m.Reference == reference, cancellationToken);
        if (mission is null || mission.Status == MissionStatus.Draft)
        {
            return ApplyOutcome.Refused(Refusal.NotFound("Application.UnknownMission"));
        }
        var existing = await db.Applications.SingleOrDefaultAsync(a => a.MissionId == mission.Id && a.PersonId == personId, cancellationToken);
        if (existing is { IsDraft: false })
        {
            // Sent already: a second click or a retried request answers the same application.
            return new ApplyOutcome(await ReadAsync(personId, existing.Id, cancellationToken), false);
        }
        if (!mission.IsOpen(now))
        {
            return ApplyOutcome.Refused(Refusal.Conflict("Application.Closed"));
        }
        var letter = (input.CoverLetter ?? "").Trim();
        if (letter.Length > JobApplication.MaxCoverLetter)
        {
            return ApplyOutcome.Refused(Refusal.Invalid("CoverLetter", "Application.CoverLetterTooLong"));
        }
        var answers = mission.ScreeningQuestions.Select((question, i) => new ScreeningAnswer
        {
            Question = question, Answer = (input.Answers is { } given && i < given.Count ? given[i] : null)?.Trim() ?? "",
        }).ToList();
        if (answers.FindIndex(a => a.Answer.Length > ScreeningAnswer.MaxAnswer) is var tooLong and >= 0)
        {
            return ApplyOutcome.Refused(Refusal.Invalid($"Answers[{tooLong}]", "Application.AnswerTooLong"));
        }
        ProfileDocument? profile = null;
        if (input.Submit)
        {
            if (letter.Length == 0)
            {
                return ApplyOutcome.Refused(Refusal.Invalid("CoverLetter", "Application.CoverLetterRequired"));
            }
            if (answers.FindIndex(a => a.Answer.Length == 0) is var missing and >= 0)
            {
                return ApplyOutcome.Refused(Refusal.Invalid($"Answers[{missing}]", "Application.AnswerRequired"));
            }
            profile = await profiles.ReadAsync(personId, withGender: true, cancellationToken);
            if (profile?.Cv is null)
            {
                return ApplyOutcome.Refused(Refusal.Invalid(ApplyInput.CvField, "Application.CvRequired"));
            }
        }
        var application = existing ?? new JobApplication { MissionId = mission.Id, PersonId = personId, CreatedAt = now };
        application.Write(letter, answers, now);
        if (profile is not null)
        {
            // What recruiters read is what the candidate sent: the profile and CV as they are now,
            // without the self-declared gender, which staff never read.
            var stages = await StageMove.StagesAsync(db, cancellationToken);
            db.ApplicationEvents.Add(application.Submit(JsonSerializer.Serialize(profile with { Version = null, Gender = null }, JsonSerializerOptions.Web),
                profile.Gender, profile.Cv!.FileId, stages[PipelineStage.Received], stages, now));
            await mails.QueueAsync(PipelineStage.Received, [await RecipientAsync(personId, mission, cancellationToken)], cancellationToken);
        }
        if (existing is null)
        {
            db.Applications.Add(application);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (existing is null)
        {
            // Two requests at once: the unique (mission, person) index let one in; answer that one.
            db.ChangeTracker.Clear();
            var winner = await db.Applications.AsNoTracking().SingleAsync(a => a.MissionId == mission.Id && a.PersonId == personId, cancellationToken);
            return new ApplyOutcome(await ReadAsync(personId, winner.Id, cancellationToken), false);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ApplyOutcome(await ReadAsync(personId, application.Id, cancellationToken), false);
        }
        return new ApplyOutcome(await ReadAsync(personId, application.Id, cancellationToken), existing is null);
    }

    /// <summary>Withdraws a sent application (a draft is simply deleted); false when it is not the person's or is over.</summary>
    public async Task<bool> WithdrawAsync(Guid personId, Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId && a.PersonId == personId, cancellationToken);
        if (application is null)
        {
            return false;
        }
        if (application.IsDraft)
        {
            db.Applications.Remove(application);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        var stage = await db.PipelineStages.SingleAsync(s => s.Key == application.StageKey, cancellationToken);
        if (stage.IsFinal)
        {
            return false;
        }
        await StageMove.RecordAsync(db, audit, [application], PipelineStage.Withdrawn, null, personId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await mails.QueueAsync(PipelineStage.Withdrawn, (await mails.RecipientsAsync([application.Id], cancellationToken)).Select(r => r.Recipient), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public Task<List<ApplicationDto>> MineAsync(Guid personId, CancellationToken cancellationToken) =>
        ReadManyAsync(db.Applications.Where(a => a.PersonId == personId), cancellationToken);

    /// <summary>One of the person's applications, or null (another person's answers as missing).</summary>
    public async Task<ApplicationDto?> ReadAsync(Guid personId, Guid applicationId, CancellationToken cancellationToken) =>
        (await ReadManyAsync(db.Applications.Where(a => a.Id == applicationId && a.PersonId == personId), cancellationToken)).SingleOrDefault();

    /// <summary>Applications with their mission and visible history: three queries whatever their number.</summary>
    private async Task<List<ApplicationDto>> ReadManyAsync(IQueryable<JobApplication> applications, CancellationToken cancellationToken)
    {
        var rows = await applications.AsNoTracking()
            .Join(db.Missions, a => a.MissionId, m => m.Id, (a, m) => new { Application = a, m.Reference, m.Title, m.Deadline })
            .OrderByDescending(x => x.Application.UpdatedAt).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }
        var ids = rows.ConvertAll(r => r.Application.Id);
        var stages = await db.PipelineStages.AsNoTracking().ToDictionaryAsync(s => s.Key, cancellationToken);
        var history = (await db.ApplicationEvents.AsNoTracking().Where(e => ids.Contains(e.ApplicationId) && e.VisibleToCandidate)
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken)).ToLookup(e => e.ApplicationId);
        var language = Locale.Current;
        return rows.ConvertAll(row =>
        {
            var a = row.Application;
            return new ApplicationDto(a.Id, row.Reference, row.Title, row.Deadline, a.IsDraft, a.StageKey,
                a.StageKey is { } key ? stages[key].CandidateLabel(language) : null, a.CoverLetter, a.Answers, a.CreatedAt, a.SubmittedAt,
                history[a.Id].Select(e => new ApplicationStep(e.At, e.ToStage, stages[e.ToStage].CandidateLabel(language))).ToList());
        });
    }

    private async Task<StageMailRecipient> RecipientAsync(Guid personId, Mission mission, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking().SingleAsync(p => p.Id == personId, cancellationToken);
        return new StageMailRecipient(person.Email!, person.PreferredLanguage, person.GivenName, person.FamilyName, mission.Reference, mission.Title, mission.TitleEn);
    }

    /// <summary>The person's application to a mission, if any.</summary>
    public async Task<ApplicationDto?> ForMissionAsync(Guid personId, string reference, CancellationToken cancellationToken) =>
        (await ReadManyAsync(db.Applications.Where(a => a.PersonId == personId
            && db.Missions.Any(m => m.Id == a.MissionId && m.Reference == reference)), cancellationToken)).SingleOrDefault();
}
