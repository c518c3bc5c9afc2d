using Vivier.Core.Recruitment;

namespace Vivier.Core.Privacy;

/// <summary>
/// What each row of the retention table finds due at one instant, counted (a dry run) or deleted.
/// Every rule is one query over the database, so a dry run and the run that follows it agree, and
/// deleting is a bulk statement: applications go without moving the funnel counts or a mission's
/// number of applications (the dashboards' figures are frozen before anything is purged), each
/// leaving its recruitment evidence first.
/// </summary>
public sealed class Retention(VivierDb db, DateTime now, IReadOnlyDictionary<string, RetentionPeriod> periods)
{
    private const int ApplicationsPerBatch = 500;

    private DateTime Cutoff(string rule) => periods[rule].Before(now);

    /// <summary>People under a legal hold: nothing of theirs is due while it stands.</summary>
    private IQueryable<Guid> Held => LegalHold.Held(db);

    /// <summary>Events whose last day is past the rule's period (counted from the end of that day, Paris time).</summary>
    private IQueryable<Guid> EndedEvents(string rule)
    {
        var lastDay = periods[rule].Before(ParisTime.Today(now));
        return db.Events.Where(e => e.EndDate < lastDay).Select(e => e.Id);
    }

    /// <summary>Runs every rule in the table's order: what each deleted, or (a dry run) would delete, and nothing changed.</summary>
    public async Task<List<RetentionCount>> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var counts = new List<RetentionCount>();
        foreach (var rule in RetentionRules.All)
        {
            var count = dryRun ? await CountAsync(rule.Key, cancellationToken) : await ApplyAsync(rule.Key, cancellationToken);
            counts.Add(new RetentionCount { RuleKey = rule.Key, Count = count });
        }
        return counts;
    }

    private Task<int> CountAsync(string rule, CancellationToken cancellationToken) => rule switch
    {
        RetentionRules.UnsuccessfulApplications => DueApplications().CountAsync(cancellationToken),
        RetentionRules.UnusedAccounts => UnusedAccounts().CountAsync(cancellationToken),
        // The CV files the applications due in this run leave behind are counted with them.
        RetentionRules.CvFiles => UnusedCvFiles(db.Applications.Where(a => !DueApplications().Any(d => d.Id == a.Id))).CountAsync(cancellationToken),
        RetentionRules.TalentPool => TalentPool.SilentSince(db, Cutoff(RetentionRules.TalentPool)).CountAsync(cancellationToken),
        RetentionRules.VisaLetterData => VisaLetterData().CountAsync(cancellationToken),
        RetentionRules.CheckIns => CheckIns().CountAsync(cancellationToken),
        RetentionRules.MeetingRequests => MeetingRequests().CountAsync(cancellationToken),
        RetentionRules.AuditLog => CountAuditEntriesAsync(cancellationToken),
        RetentionRules.OutboxMails => OutboxMails().CountAsync(cancellationToken),
        RetentionRules.IdempotencyRecords => IdempotencyRecords().CountAsync(cancellationToken),
        RetentionRules.RecruitmentEvidence => Evidence().CountAsync(cancellationToken),
        RetentionRules.PseudonymisedDeployments => PseudonymisedDeployments().CountAsync(cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a row of the retention table."),
    };

    private Task<int> ApplyAsync(string rule, CancellationToken cancellationToken) => rule switch
    {
        RetentionRules.UnsuccessfulApplications => PurgeApplicationsAsync(cancellationToken),
        RetentionRules.UnusedAccounts => UnusedAccounts().ExecuteDeleteAsync(cancellationToken),
        RetentionRules.CvFiles => UnusedCvFiles(db.Applications).ExecuteDeleteAsync(cancellationToken),
        RetentionRules.TalentPool => EraseSilentCandidatesAsync(cancellationToken),
        RetentionRules.VisaLetterData => VisaLetterData().ExecuteUpdateAsync(
            r => r.SetProperty(x => x.PassportNumber, (string?)null).SetProperty(x => x.BirthDate, (DateOnly?)null).SetProperty(x => x.Nationality, (string?)null),
            cancellationToken),
        RetentionRules.CheckIns => CheckIns().ExecuteDeleteAsync(cancellationToken),
        RetentionRules.MeetingRequests => MeetingRequests().ExecuteDeleteAsync(cancellationToken),
        RetentionRules.AuditLog => Audit.AuditChain.PurgeAsync(db, Cutoff(RetentionRules.AuditLog), Held, now, cancellationToken),
        RetentionRules.OutboxMails => OutboxMails().ExecuteDeleteAsync(cancellationToken),
        RetentionRules.IdempotencyRecords => IdempotencyRecords().ExecuteDeleteAsync(cancellationToken),
        RetentionRules.RecruitmentEvidence => Evidence().ExecuteDeleteAsync(cancellationToken),
        RetentionRules.PseudonymisedDeployments => PurgePseudonymisedDeploymentsAsync(cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a row of the retention table."),
    };

    /// <summary>
    /// Applications whose process ended more than the period ago, of people who did not agree to
    /// stay in the talent pool: declined or withdrawn (from that move), or on a mission filled or
    /// cancelled (from then); a draft also when its mission closed. An application still under
    /// review on a closed mission is still in the process. A hire is never due.
    /// </summary>
    private IQueryable<JobApplication> DueApplications()
    {
        var cutoff = Cutoff(RetentionRules.UnsuccessfulApplications);
        var exits = db.PipelineStages.Where(s => s.IsFinal && s.Key != PipelineStage.Hired).Select(s => s.Key);
        return db.Applications.Where(a => a.StageKey != PipelineStage.Hired
            && ((a.StageKey != null && exits.Contains(a.StageKey) && a.UpdatedAt <= cutoff)
                || db.Missions.Any(m => m.Id == a.MissionId && (((m.Status == MissionStatus.Filled || m.Status == MissionStatus.Cancelled) && m.OutcomeAt <= cutoff)
                    || (a.StageKey == null && m.Status == MissionStatus.Closed && m.ClosedAt <= cutoff))))
            && !db.CandidateProfiles.Any(p => p.PersonId == a.PersonId && p.TalentPoolConsentAt != null)
            && !db.Deployments.Any(d => d.ApplicationId == a.Id) && !Held.Contains(a.PersonId));
    }

    /// <summary>Archives the evidence of each due application and deletes it (its history, reviews and notes go with it), a batch per transaction.</summary>
    private async Task<int> PurgeApplicationsAsync(CancellationToken cancellationToken)
    {
        var purged = 0;
        while (true)
        {
            db.ChangeTracker.Clear();
            var ids = await DueApplications().OrderBy(a => a.Id).Take(ApplicationsPerBatch).Select(a => a.Id).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return purged;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.RecruitmentEvidence.AddRange(await Erasure.EvidenceOfAsync(db, db.Applications.Where(a => ids.Contains(a.Id)), now, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            // A bulk delete, not tracked: the funnel counts keep the figures these applications made.
            var deleted = await DueApplications().Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
            if (deleted != ids.Count)
            {
                // One of them moved meanwhile (a recruiter reopened it): leave the whole batch to the next run.
                await transaction.RollbackAsync(cancellationToken);
                return purged;
            }
            await transaction.CommitAsync(cancellationToken);
            purged += deleted;
        }
    }

    /// <summary>Erases each candidate silent for the period, one transaction each (<see cref="Erasure"/>).</summary>
    private async Task<int> EraseSilentCandidatesAsync(CancellationToken cancellationToken)
    {
        var ids = await TalentPool.SilentSince(db, Cutoff(RetentionRules.TalentPool)).Select(p => p.Id).ToListAsync(cancellationToken);
        var erased = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            erased += await new Erasure(db, now).EraseAsync(id, cancellationToken) ? 1 : 0;
        }
        return erased;
    }

    /// <summary>Accounts never signed in to, created more than the period ago, that nothing else refers to (demo accounts excepted).</summary>
    private IQueryable<Person> UnusedAccounts()
    {
        var cutoff = Cutoff(RetentionRules.UnusedAccounts);
        return db.Users.Where(p => p.LastSignInAt == null && !p.IsDemo && p.CreatedAt <= cutoff
            && !db.Applications.Any(a => a.PersonId == p.Id) && !db.Registrations.Any(r => r.PersonId == p.Id)
            && !db.Deployments.Any(d => d.PersonId == p.Id) && !db.ApplicationReviews.Any(r => r.ReviewerId == p.Id)
            && !db.ApplicationNotes.Any(n => n.AuthorId == p.Id) && !db.ChecklistItems.Any(i => i.DoneBy == p.Id) && !Held.Contains(p.Id));
    }

    /// <summary>CV files neither the profile nor one of <paramref name="kept"/> uses, stored more than the period ago (so one being attached is left alone).</summary>
    private IQueryable<Files.StoredFile> UnusedCvFiles(IQueryable<JobApplication> kept)
    {
        var cutoff = Cutoff(RetentionRules.CvFiles);
        return db.StoredFiles.Where(f => f.CreatedAt <= cutoff && !db.CandidateProfiles.Any(p => p.CvFileId == f.Id) && !kept.Any(a => a.CvFileId == f.Id)
            && !Held.Contains(f.OwnerId));
    }

    private IQueryable<Events.Registration> VisaLetterData()
    {
        var ended = EndedEvents(RetentionRules.VisaLetterData);
        return db.Registrations.Where(r => (r.PassportNumber != null || r.BirthDate != null || r.Nationality != null) && ended.Contains(r.EventId)
            && !Held.Contains(r.PersonId));
    }

    private IQueryable<Events.CheckIn> CheckIns()
    {
        var ended = EndedEvents(RetentionRules.CheckIns);
        return db.CheckIns.Where(c => ended.Contains(c.EventId) && !Held.Contains(c.PersonId));
    }

    private IQueryable<Events.Networking.Meeting> MeetingRequests()
    {
        var ended = EndedEvents(RetentionRules.MeetingRequests);
        return db.Meetings.Where(m => ended.Contains(m.EventId) && !Held.Contains(m.FromId) && !Held.Contains(m.ToId));
    }

    /// <summary>Deployments of erased people that ended (as they ended, or were planned to) more than the period ago.</summary>
    private IQueryable<Deployments.Deployment> PseudonymisedDeployments()
    {
        var lastDay = periods[RetentionRules.PseudonymisedDeployments].Before(ParisTime.Today(now));
        var erased = db.Users.Where(p => p.ErasedAt != null).Select(p => p.Id);
        return db.Deployments.Where(d => erased.Contains(d.PersonId) && (d.ActualEnd ?? d.PlannedEnd) < lastDay && !Held.Contains(d.PersonId));
    }

    /// <summary>Deletes those deployments (their steps and checklists go with them) and the hires kept for them, together.</summary>
    private async Task<int> PurgePseudonymisedDeploymentsAsync(CancellationToken cancellationToken)
    {
        var due = await PseudonymisedDeployments().Select(d => new { d.Id, d.ApplicationId }).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        var ids = due.ConvertAll(d => d.Id);
        var hires = due.Where(d => d.ApplicationId != null).Select(d => d.ApplicationId!.Value).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Deployments.Where(d => ids.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.Applications.Where(a => hires.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ids.Count;
    }

    /// <summary>The log goes by its sealed prefix, leaving a checkpoint the chain goes on from (<see cref="Audit.AuditChain"/>).</summary>
    private async Task<int> CountAuditEntriesAsync(CancellationToken cancellationToken) =>
        await (await Audit.AuditChain.PurgeableAsync(db, Cutoff(RetentionRules.AuditLog), Held, cancellationToken)).CountAsync(cancellationToken);

    private IQueryable<Mail.OutboxMail> OutboxMails()
    {
        var cutoff = Cutoff(RetentionRules.OutboxMails);
        var heldAddresses = db.Users.Where(p => Held.Contains(p.Id)).Select(p => p.Email);
        return db.OutboxMails.Where(m => m.CreatedAt <= cutoff && !heldAddresses.Contains(m.To));
    }

    private IQueryable<Api.IdempotentRequest> IdempotencyRecords()
    {
        var cutoff = Cutoff(RetentionRules.IdempotencyRecords);
        return db.IdempotentRequests.Where(r => r.CreatedAt <= cutoff);
    }

    private IQueryable<RecruitmentEvidence> Evidence()
    {
        var cutoff = Cutoff(RetentionRules.RecruitmentEvidence);
        return db.RecruitmentEvidence.Where(e => e.EndedAt <= cutoff && !Held.Contains(e.PersonId));
    }
}
