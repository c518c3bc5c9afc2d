using Vivier.Core.Recruitment;

namespace Vivier.Core.Privacy;

/// <summary>
/// Erases a person, on their request or at the end of their clock, in one transaction: names,
/// contacts, sign-in, profile and CV, files, letters and answers, free text, passport data, event
/// traces, mails to them and the addresses the audit log kept go. What the figures count stays, in
/// pseudonymised form under the person's id alone (the account's row stays, emptied, only when
/// something still counts on it): their deployments (kind, country, sponsors,
/// themes, dates, the gender they had declared), the hire that led to one (its mission and stages,
/// not its letter), and the evidence of the other applications' outcome. The dashboards read
/// counts written when applications moved, so they show the same figures after as before.
/// </summary>
public sealed class Erasure(VivierDb db, DateTime now)
{
    /// <summary>Erases the person; false when there is no such person, they were already erased, or a legal hold stands.</summary>
    public async Task<bool> EraseAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.Users.SingleOrDefaultAsync(p => p.Id == personId && p.ErasedAt == null, cancellationToken);
        if (person is null || await LegalHold.Held(db).ContainsAsync(personId, cancellationToken))
        {
            return false;
        }
        var email = person.Email;
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await FreezeDeploymentsAsync(personId, cancellationToken);
            await ForgetApplicationsAsync(personId, cancellationToken);
            await ForgetTracesAsync(personId, email, cancellationToken);
            Forget(person);
            await db.SaveChangesAsync(cancellationToken);
            if (!await IsReferencedAsync(personId, cancellationToken))
            {
                // Nothing counts on the row: it goes too, and whatever still hung on it with it.
                await db.Users.Where(p => p.Id == personId).ExecuteDeleteAsync(cancellationToken);
            }
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return true;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>The deployments keep what the roster's past figures count, and the gender the parity of people in post read from the profile.</summary>
    private async Task FreezeDeploymentsAsync(Guid personId, CancellationToken cancellationToken)
    {
        var gender = await db.CandidateProfiles.Where(p => p.PersonId == personId).Select(p => p.Gender).SingleOrDefaultAsync(cancellationToken);
        var deployments = await db.Deployments.Where(d => d.PersonId == personId).ToListAsync(cancellationToken);
        foreach (var deployment in deployments)
        {
            deployment.Pseudonymise(gender);
        }
        var ids = deployments.ConvertAll(d => d.Id);
        await db.DeploymentEvents.Where(e => ids.Contains(e.DeploymentId)).ExecuteUpdateAsync(e => e.SetProperty(x => x.Detail, (string?)null), cancellationToken);
    }

    /// <summary>
    /// A hire stays as the record of the decision behind a deployment, without letter, answers,
    /// profile, CV, reviews or notes; every other application goes, leaving its evidence. Bulk
    /// statements: the funnel counts keep the figures these applications made.
    /// </summary>
    private async Task ForgetApplicationsAsync(Guid personId, CancellationToken cancellationToken)
    {
        var hires = db.Deployments.Where(d => d.PersonId == personId && d.ApplicationId != null).Select(d => d.ApplicationId!.Value);
        var kept = await db.Applications.Where(a => a.PersonId == personId && hires.Contains(a.Id)).ToListAsync(cancellationToken);
        foreach (var hire in kept)
        {
            hire.Forget();
        }
        var keptIds = kept.ConvertAll(a => a.Id);
        await db.ApplicationReviews.Where(r => keptIds.Contains(r.ApplicationId)).ExecuteDeleteAsync(cancellationToken);
        await db.ApplicationNotes.Where(n => keptIds.Contains(n.ApplicationId)).ExecuteDeleteAsync(cancellationToken);
        await db.ApplicationEvents.Where(e => keptIds.Contains(e.ApplicationId)).ExecuteUpdateAsync(e => e.SetProperty(x => x.Reason, (string?)null), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var others = db.Applications.Where(a => a.PersonId == personId && !keptIds.Contains(a.Id));
        db.RecruitmentEvidence.AddRange(await EvidenceOfAsync(db, others, now, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await others.ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Everything else that names or follows the person, and the files they uploaded.</summary>
    private async Task ForgetTracesAsync(Guid personId, string? email, CancellationToken cancellationToken)
    {
        await db.CandidateProfiles.Where(p => p.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.StoredFiles.Where(f => f.OwnerId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.SavedSearches.Where(s => s.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.MatchInvitations.Where(i => i.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.MatchDismissals.Where(d => d.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.DirectoryListings.Where(l => l.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.Registrations.Where(r => r.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.Invitations.Where(i => i.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.Enrolments.Where(e => e.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.AgendaFeeds.Where(f => f.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.CheckIns.Where(c => c.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.Meetings.Where(m => m.FromId == personId || m.ToId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.FeedbackReceipts.Where(r => r.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.SessionSpeakers.Where(s => s.PersonId == personId).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, (Guid?)null), cancellationToken);
        await db.AccountSessions.Where(s => s.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.UserRoles.Where(r => r.UserId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Microsoft.AspNetCore.Identity.IdentityUserPasskey<Guid>>().Where(p => p.UserId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.ErasureNotices.Where(n => n.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.ConsentRecords.Where(c => c.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        // The log keeps what happened and who did it, by id; the address and the place it came from go.
        // Attempts made with the address by anyone (a failed sign-in names it as typed) lose it too.
        await db.AuditEntries.Where(e => e.ActorId == personId || (email != null && e.ActorEmail == email))
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.ActorEmail, (string?)null).SetProperty(x => x.IpAddress, (string?)null), cancellationToken);
        // What was read of theirs stays, by id; its details (a file's name, which may be theirs) go. Neither is in the chain's hash.
        await db.AuditEntries.Where(e => e.PersonId == personId).ExecuteUpdateAsync(e => e.SetProperty(x => x.Detail, (string?)null), cancellationToken);
        if (email is not null)
        {
            await db.AuditEntries.Where(e => e.Subject == email).ExecuteUpdateAsync(e => e.SetProperty(x => x.Subject, (string?)null), cancellationToken);
            await db.OutboxMails.Where(m => m.To == email).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>Whether a deployment, a hire kept for it, or the person's work as staff (reviews, notes, checklist steps) still points to the row.</summary>
    private async Task<bool> IsReferencedAsync(Guid personId, CancellationToken cancellationToken) =>
        await db.Deployments.AnyAsync(d => d.PersonId == personId, cancellationToken)
        || await db.Applications.AnyAsync(a => a.PersonId == personId, cancellationToken)
        || await db.ApplicationReviews.AnyAsync(r => r.ReviewerId == personId, cancellationToken)
        || await db.ApplicationNotes.AnyAsync(n => n.AuthorId == personId, cancellationToken)
        || await db.ChecklistItems.AnyAsync(i => i.DoneBy == personId, cancellationToken);

    private void Forget(Person person)
    {
        var pseudonym = $"erased-{person.Id:N}";
        (person.GivenName, person.FamilyName) = ("", "");
        (person.UserName, person.NormalizedUserName, person.Email, person.NormalizedEmail, person.EmailConfirmed) = (pseudonym, pseudonym.ToUpperInvariant(), null, null, false);
        (person.PasswordHash, person.PhoneNumber, person.PhoneNumberConfirmed, person.TwoFactorEnabled) = (null, null, false, false);
        (person.LockoutEnabled, person.LockoutEnd, person.AccessFailedCount) = (true, DateTimeOffset.MaxValue, 0);
        // A new stamp ends every session and token issued before.
        person.SecurityStamp = Guid.NewGuid().ToString("N");
        (person.OrganisationId, person.PrivacyConsentAt, person.PrivacyConsentVersion, person.LastSignInAt) = (null, null, null, null);
        person.ErasedAt = now;
    }

    /// <summary>The evidence of each of these applications' outcome (the sent ones), as of <paramref name="at"/>, for the archive (<see cref="RecruitmentEvidence"/>).</summary>
    internal static async Task<List<RecruitmentEvidence>> EvidenceOfAsync(VivierDb db, IQueryable<JobApplication> applications, DateTime at, CancellationToken cancellationToken)
    {
        var exits = await db.PipelineStages.Where(s => s.IsFinal && s.Key != PipelineStage.Hired).Select(s => s.Key).ToListAsync(cancellationToken);
        // A draft was never a candidacy: nothing was decided about it.
        var rows = await applications.Where(a => a.SubmittedAt != null).Join(db.Missions, a => a.MissionId, m => m.Id, (a, m) => new
        {
            a.Id, a.MissionId, a.PersonId, a.SubmittedAt, a.StageKey, a.FurthestStage, a.UpdatedAt, m.Status, m.OutcomeAt, m.ClosedAt,
        }).ToListAsync(cancellationToken);
        var ids = rows.ConvertAll(a => a.Id);
        var moves = (await db.ApplicationEvents.Where(e => ids.Contains(e.ApplicationId)).OrderBy(e => e.Id).ToListAsync(cancellationToken)).ToLookup(e => e.ApplicationId);
        return rows.ConvertAll(a =>
        {
            DateTime?[] ends =
            [
                a.StageKey is { } stage && exits.Contains(stage) ? a.UpdatedAt : null,
                a.Status is MissionStatus.Filled or MissionStatus.Cancelled ? a.OutcomeAt : null,
                a.StageKey is null && a.Status == MissionStatus.Closed ? a.ClosedAt : null,
            ];
            return new RecruitmentEvidence
            {
                ApplicationId = a.Id, MissionId = a.MissionId, PersonId = a.PersonId, SubmittedAt = a.SubmittedAt, FinalStage = a.StageKey, FurthestStage = a.FurthestStage,
                // An application erased while its process ran ends with the erasure.
                EndedAt = ends.Where(e => e is not null).Min() ?? at, ArchivedAt = at,
                Moves = [.. moves[a.Id].Select(e => new EvidenceMove { At = e.At, FromStage = e.FromStage, ToStage = e.ToStage, ActorId = e.ActorId })],
            };
        });
    }
}
