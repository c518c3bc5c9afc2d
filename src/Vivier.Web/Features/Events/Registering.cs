namespace Vivier.Web.Features.Events;

/// <summary>A registration as the person fills it: their participant type and the organiser's questions.</summary>
public sealed record RegistrationInput(string? ParticipantType, DateOnly? ArrivalDate = null, string? DietaryNeeds = null, string? AccessibilityNeeds = null,
    bool ImageRightsConsent = false, IReadOnlyList<string?>? Answers = null);

/// <summary>
/// Registering, cancelling, and the organiser's decision. The window and the audience are checked
/// at the instant of the request; an invited person may register whatever the audience, and is
/// confirmed at once even where approval is required (the invitation was the approval).
/// </summary>
public sealed class Registering(VivierDb db, EventTransactions transactions, Enrolling enrolments, Mailer mailer, TimeProvider clock,
    Networking.MeetingPlanning planning)
{
    public const string NotFound = "Events.NotFound";

    public async Task<(Registration? Registration, IReadOnlyCollection<Refusal> Refusals)> RegisterAsync(Guid eventId, ClaimsPrincipal user, RegistrationInput input,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var personId = user.PersonId();
        var refusals = new FieldRefusals();
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == eventId, cancellationToken);
        if (e is null)
        {
            refusals.Add(Refusal.NotFound(NotFound));
            return (null, refusals);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var invited = await db.Invitations.AnyAsync(i => i.EventId == eventId && i.PersonId == personId, cancellationToken);
        if (now < e.RegistrationOpensAt)
        {
            refusals.Add("", "Events.Register.NotYetOpen");
        }
        else if (now >= e.RegistrationClosesAt)
        {
            refusals.Add("", "Events.Register.Closed");
        }
        else if (e.Audience == EventAudience.Invitation && !invited)
        {
            refusals.Add("", "Events.Register.InvitationOnly");
        }
        if (!EventNames.TryRead(EventNames.ParticipantTypes, input.ParticipantType, out var type))
        {
            refusals.Add("ParticipantType", "Events.ParticipantType.Unknown");
        }
        else if (!MayRegisterAs(user, type))
        {
            refusals.Add("ParticipantType", "Events.ParticipantType.NotYours");
        }
        if (input.ArrivalDate is { } arrival && (arrival < e.StartDate.AddDays(-14) || arrival > e.EndDate))
        {
            refusals.Add("ArrivalDate", "Events.Register.ArrivalDate");
        }
        if (input.DietaryNeeds?.Trim().Length > Registration.MaxNeeds)
        {
            refusals.Add("DietaryNeeds", "Events.Field.TooLong");
        }
        if (input.AccessibilityNeeds?.Trim().Length > Registration.MaxNeeds)
        {
            refusals.Add("AccessibilityNeeds", "Events.Field.TooLong");
        }
        var answers = e.Questions.Select((question, i) => new Vivier.Core.Recruitment.ScreeningAnswer
        {
            Question = question, Answer = input.Answers?.ElementAtOrDefault(i)?.Trim() ?? "",
        }).ToList();
        if ((input.Answers?.Count ?? 0) > e.Questions.Count || answers.Any(a => a.Answer.Length > Vivier.Core.Recruitment.ScreeningAnswer.MaxAnswer))
        {
            refusals.Add("Answers", "Events.Answers.Invalid");
        }
        if (refusals.Count > 0)
        {
            return (null, refusals);
        }
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.EventId == eventId && r.PersonId == personId, cancellationToken);
        var fresh = registration is null || registration.Status is RegistrationStatus.Cancelled or RegistrationStatus.Declined;
        if (registration is null)
        {
            registration = new Registration { EventId = eventId, PersonId = personId, RegisteredAt = now };
            db.Registrations.Add(registration);
        }
        registration.ParticipantType = type;
        registration.ArrivalDate = input.ArrivalDate;
        registration.DietaryNeeds = string.IsNullOrWhiteSpace(input.DietaryNeeds) ? null : input.DietaryNeeds.Trim();
        registration.AccessibilityNeeds = string.IsNullOrWhiteSpace(input.AccessibilityNeeds) ? null : input.AccessibilityNeeds.Trim();
        registration.ImageRightsConsent = input.ImageRightsConsent;
        await Consents.SetAsync(db, personId, ConsentKind.ImageRights, input.ImageRightsConsent, ConsentChannel.EventRegistration, now, eventId.ToString(), cancellationToken);
        registration.Answers = answers;
        if (fresh)
        {
            registration.RegisteredAt = now;
            registration.CancelledAt = null;
            registration.DecidedAt = null;
            registration.Status = e.Audience == EventAudience.Approval && !invited ? RegistrationStatus.Pending : RegistrationStatus.Confirmed;
            await TellAsync(personId, registration.Status == RegistrationStatus.Pending ? "RegistrationPending" : "RegistrationConfirmed", e, cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (fresh)
        {
            // The same person registered twice at once: the first one stands.
            db.ChangeTracker.Clear();
            registration = await db.Registrations.AsNoTracking().SingleAsync(r => r.EventId == eventId && r.PersonId == personId, cancellationToken);
        }
        return (registration, refusals);
    }

    /// <summary>Who may say they come as what: staff, sponsors and partners by their role; experts, first-time departees and guests anyone.</summary>
    public static bool MayRegisterAs(ClaimsPrincipal user, ParticipantType type)
    {
        ArgumentNullException.ThrowIfNull(user);
        return type switch
        {
            ParticipantType.Staff => user.IsInRole(Roles.Recruiter) || user.IsInRole(Roles.ProgrammeManager) || user.IsInRole(Roles.Admin),
            ParticipantType.Sponsor => user.IsInRole(Roles.Sponsor),
            ParticipantType.Partner => user.IsInRole(Roles.Partner),
            _ => true,
        };
    }

    /// <summary>Cancels a registration and gives up its sessions, whose seats go to the people waiting. False when there was nothing to cancel.</summary>
    public async Task<bool> CancelAsync(Guid eventId, Guid personId, CancellationToken cancellationToken)
    {
        var cancelled = await transactions.RunAsync(async () =>
        {
            var registration = await db.Registrations.SingleOrDefaultAsync(r => r.EventId == eventId && r.PersonId == personId
                && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Pending), cancellationToken);
            if (registration is null)
            {
                return false;
            }
            registration.Status = RegistrationStatus.Cancelled;
            registration.CancelledAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            await enrolments.LeaveEventInTransactionAsync(eventId, personId, cancellationToken);
            await Networking.MeetingRequests.CancelAllInTransactionAsync(db, eventId, personId, cancellationToken);
            return true;
        }, cancellationToken);
        if (cancelled)
        {
            await planning.ReplanIfMeetingsAsync(eventId, cancellationToken);
        }
        return cancelled;
    }

    /// <summary>The organiser confirms or declines a pending registration; the person is told.</summary>
    public async Task<Refusal?> DecideAsync(Guid registrationId, bool approve, Guid by, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
        if (registration is null)
        {
            return Refusal.NotFound(NotFound);
        }
        var status = approve ? RegistrationStatus.Confirmed : RegistrationStatus.Declined;
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync(async () =>
        {
            // Conditional, so that two organisers deciding at once do not both tell the person.
            var decided = await db.Registrations.Where(r => r.Id == registrationId && r.Status == RegistrationStatus.Pending)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, status).SetProperty(x => x.DecidedAt, now).SetProperty(x => x.DecidedBy, by), cancellationToken);
            if (decided == 0)
            {
                return Refusal.Conflict("Events.Decide.NotPending");
            }
            var e = await db.Events.AsNoTracking().SingleAsync(x => x.Id == registration.EventId, cancellationToken);
            await TellAsync(registration.PersonId, approve ? "RegistrationConfirmed" : "RegistrationDeclined", e, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return (Refusal?)null;
        }, cancellationToken);
    }

    private async Task TellAsync(Guid personId, string template, Event e, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Email, p.GivenName, p.PreferredLanguage }).SingleAsync(cancellationToken);
        if (person.Email is not null)
        {
            mailer.Queue(person.Email, person.PreferredLanguage, template, person.GivenName, $"/evenements/{e.Id}", [e.TitleIn(person.PreferredLanguage)]);
        }
    }
}
