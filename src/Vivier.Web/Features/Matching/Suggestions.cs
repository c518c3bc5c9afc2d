using Vivier.Web.Infrastructure.Mail;

namespace Vivier.Web.Features.Matching;

/// <summary>
/// What a recruiter does with suggestions: invite a person to apply (a mail through the outbox,
/// recorded and audited, once per person and mission), mark a suggestion not relevant with a reason,
/// and weigh one mission otherwise. Each is refused with a message key when it cannot be done.
/// </summary>
public sealed class Suggestions(VivierDb db, Matches matches, OpenMissionTargets open, Mailer mailer, AuditTrail audit, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Invites the person; refused unless they are a current, eligible suggestion not yet invited.</summary>
    public async Task<Refusal?> InviteAsync(Mission mission, Guid personId, Guid actorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mission);
        if (!mission.IsOpen(Now))
        {
            return Refusal.Conflict("Match.Invite.MissionClosed");
        }
        if (await db.MatchInvitations.AnyAsync(i => i.MissionId == mission.Id && i.PersonId == personId, cancellationToken))
        {
            return Refusal.Conflict("Match.Invite.Already");
        }
        if (await SuggestionProblemAsync(mission, personId, cancellationToken) is { } problem)
        {
            return problem;
        }
        var fit = await matches.ExplainOneAsync(mission, personId, cancellationToken);
        if (fit.Excluded)
        {
            return Refusal.Conflict("Match.Invite.Excluded");
        }
        var person = await db.Users.AsNoTracking().SingleAsync(u => u.Id == personId, cancellationToken);
        db.MatchInvitations.Add(new MatchInvitation { MissionId = mission.Id, PersonId = personId, At = Now, ByPersonId = actorId, Score = fit.RoundedScore });
        mailer.Queue(person.Email!, person.PreferredLanguage, "MatchInvitation", person.GivenName, $"/missions/{mission.Reference}",
            [person.PreferredLanguage.Pick(mission.Title, mission.TitleEn), mission.Reference]);
        audit.Record(AuditActions.InvitedToApply, mission.Reference, $"{fit.RoundedScore}", actorId, personId: personId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another recruiter invited the same person a moment ago: their invitation stands, and the one mail with it.
            db.ChangeTracker.Clear();
            return Refusal.Conflict("Match.Invite.Already");
        }
        return null;
    }

    /// <summary>Marks the suggestion not relevant: it leaves this mission's suggestions, with the reason recorded.</summary>
    public async Task<Refusal?> DismissAsync(Mission mission, Guid personId, string? reason, Guid actorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mission);
        var why = reason?.Trim() ?? "";
        if (why.Length == 0)
        {
            return Refusal.Invalid("reason", "Match.Dismiss.ReasonRequired");
        }
        if (why.Length > MatchDismissal.MaxReason)
        {
            return Refusal.Invalid("reason", "Validation.TooLong");
        }
        if (await db.MatchDismissals.AnyAsync(d => d.MissionId == mission.Id && d.PersonId == personId, cancellationToken))
        {
            return Refusal.Conflict("Match.Dismiss.Already");
        }
        if (!await db.Users.AnyAsync(u => u.Id == personId, cancellationToken))
        {
            return Refusal.NotFound("Match.NotASuggestion");
        }
        var fit = await matches.ExplainOneAsync(mission, personId, cancellationToken);
        db.MatchDismissals.Add(new MatchDismissal { MissionId = mission.Id, PersonId = personId, At = Now, ByPersonId = actorId, Reason = why, Score = fit.RoundedScore });
        audit.Record(AuditActions.SuggestionDismissed, mission.Reference, why, actorId, personId: personId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Conflict("Match.Dismiss.Already");
        }
        return null;
    }

    /// <summary>Sets the mission's own weights (null: back to the programme's), in its history and the audit log.</summary>
    public async Task<Refusal?> SetWeightsAsync(string reference, MatchWeights? weights, Guid actorId, string? actorName, CancellationToken cancellationToken)
    {
        if (weights is not null && !weights.IsValid())
        {
            return Refusal.Invalid("weights", "Match.Weights.Invalid");
        }
        var mission = await db.Missions.SingleOrDefaultAsync(m => m.Reference == reference, cancellationToken);
        if (mission is null)
        {
            return Refusal.NotFound("Match.MissionNotFound");
        }
        mission.Weights = weights?.Copy();
        mission.Revised();
        db.MissionChanges.Add(new MissionChange
        {
            MissionId = mission.Id, At = Now, ActorId = actorId, ActorName = actorName, Action = "weights",
            Detail = weights?.ToString() ?? "programme",
        });
        audit.Record(AuditActions.MatchWeightsChanged, mission.Reference, weights?.ToString() ?? "programme", actorId);
        await db.SaveChangesAsync(cancellationToken);
        open.Expire();
        return null;
    }

    /// <summary>The programme's default weights (Admin).</summary>
    public async Task<Refusal?> SetProgrammeWeightsAsync(MatchWeights weights, Guid actorId, CancellationToken cancellationToken, bool again = false)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (!weights.IsValid())
        {
            return Refusal.Invalid("weights", "Match.Weights.Invalid");
        }
        var settings = await SettingsRowAsync(cancellationToken);
        (settings.Weights, settings.ChangedAt, settings.ChangedBy) = (weights.Copy(), Now, actorId);
        audit.Record(AuditActions.MatchWeightsChanged, "programme", weights.ToString(), actorId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!again)
        {
            // Two admins created the settings row at once: the other's save stands; this one is written once more, over it.
            db.ChangeTracker.Clear();
            return await SetProgrammeWeightsAsync(weights, actorId, cancellationToken, again: true);
        }
        return null;
    }

    /// <summary>The programme's one settings row, tracked, added (unsaved) when there is none yet.</summary>
    public async Task<MatchingSettings> SettingsRowAsync(CancellationToken cancellationToken)
    {
        if (await db.MatchingSettings.SingleOrDefaultAsync(cancellationToken) is { } settings)
        {
            return settings;
        }
        var created = new MatchingSettings();
        db.MatchingSettings.Add(created);
        return created;
    }

    /// <summary>Why the person is not a suggestion for the mission now, or null: in the pool, not objecting, not applied, not dismissed.</summary>
    private async Task<Refusal?> SuggestionProblemAsync(Mission mission, Guid personId, CancellationToken cancellationToken)
    {
        if (!await Matches.InPool(db).AnyAsync(p => p.PersonId == personId, cancellationToken))
        {
            return Refusal.NotFound("Match.NotASuggestion");
        }
        if (await db.Applications.AnyAsync(a => a.MissionId == mission.Id && a.PersonId == personId, cancellationToken))
        {
            return Refusal.Conflict("Match.Invite.Applied");
        }
        if (await db.MatchDismissals.AnyAsync(d => d.MissionId == mission.Id && d.PersonId == personId, cancellationToken))
        {
            return Refusal.Conflict("Match.Invite.Dismissed");
        }
        return null;
    }
}
