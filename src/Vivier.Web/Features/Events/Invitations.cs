namespace Vivier.Web.Features.Events;

/// <summary>Where invitations go: everyone in post on a day, the first-time departees leaving in a period, the partners' or the sponsors' accounts.</summary>
public enum InvitationSource { InPost, FirstTimeDepartees, Partners, Sponsors }

/// <summary>
/// Invites a list drawn from the roster or the accounts, once per person and event (an invitation
/// already sent is not sent again), each mail through the outbox in the same transaction.
/// </summary>
public sealed class Invitations(VivierDb db, Mailer mailer, TimeProvider clock)
{
    /// <summary>The people a source names, before anyone is invited (the organiser sees the count first).</summary>
    public IQueryable<Guid> People(InvitationSource source, DateOnly from, DateOnly until) => source switch
    {
        InvitationSource.InPost => db.Deployments.InPostOn(from).Select(d => d.PersonId).Distinct(),
        InvitationSource.FirstTimeDepartees => db.Deployments.Where(d => d.IsFirstDeployment && d.Status != DeploymentStatus.Cancelled
            && d.PlannedStart >= from && d.PlannedStart <= until).Select(d => d.PersonId).Distinct(),
        InvitationSource.Partners => InRole(Roles.Partner),
        InvitationSource.Sponsors => InRole(Roles.Sponsor),
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    private IQueryable<Guid> InRole(string role) =>
        db.UserRoles.Join(db.Roles.Where(r => r.Name == role), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId).Distinct();

    private static ParticipantType TypeFor(InvitationSource source) => source switch
    {
        InvitationSource.FirstTimeDepartees => ParticipantType.FirstTimeDeparting,
        InvitationSource.Partners => ParticipantType.Partner,
        InvitationSource.Sponsors => ParticipantType.Sponsor,
        _ => ParticipantType.Expert,
    };

    /// <summary>Invites the people of the source not invited yet; returns how many were.</summary>
    public async Task<int> InviteAsync(Event e, InvitationSource source, DateOnly from, DateOnly until, Guid by, CancellationToken cancellationToken)
    {
        try
        {
            return await InviteOnceAsync(e, source, from, until, by, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another organiser invited some of them meanwhile: nothing of this attempt was saved; those left are invited now.
            db.ChangeTracker.Clear();
            return await InviteOnceAsync(e, source, from, until, by, cancellationToken);
        }
    }

    private async Task<int> InviteOnceAsync(Event e, InvitationSource source, DateOnly from, DateOnly until, Guid by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        var eventId = e.Id;
        var people = await People(source, from, until).Where(p => !db.Invitations.Any(i => i.EventId == eventId && i.PersonId == p))
            .Join(db.Users, p => p, u => u.Id, (_, u) => new { u.Id, u.Email, u.GivenName, u.PreferredLanguage }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var person in people)
        {
            db.Invitations.Add(new Invitation { EventId = eventId, PersonId = person.Id, ParticipantType = TypeFor(source), InvitedAt = now, InvitedBy = by });
            if (person.Email is not null)
            {
                mailer.Queue(person.Email, person.PreferredLanguage, "EventInvitation", person.GivenName, $"/evenements/{eventId}/inscription",
                    [e.TitleIn(person.PreferredLanguage), e.Venue]);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return people.Count;
    }
}
