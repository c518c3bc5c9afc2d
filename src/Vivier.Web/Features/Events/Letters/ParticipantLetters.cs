namespace Vivier.Web.Features.Events.Letters;

/// <summary>What a visa invitation letter says: who is invited, to what, where and when, and who signs.</summary>
public sealed record VisaLetter(string Name, string Nationality, string PassportNumber, DateOnly BirthDate, string EventTitle, DateOnly StartDate,
    DateOnly EndDate, string Venue, string? SignatoryName, string? SignatoryTitle, DateOnly Written);

/// <summary>What an attendance certificate says: who took part, in which event, and the sessions they were seen at.</summary>
public sealed record AttendanceCertificate(string Name, string EventTitle, DateOnly StartDate, DateOnly EndDate, string Venue,
    IReadOnlyList<string> Sessions, string? SignatoryName, string? SignatoryTitle, DateOnly Written);

public sealed record VisaLetterInput(string? Nationality, string? PassportNumber, DateOnly? BirthDate);

/// <summary>
/// Letters for participants: a visa invitation letter for a confirmed participant who asks for one
/// (their nationality, passport and birth date are what a consulate reads), and, once the event is
/// over, an attendance certificate for those checked in at it.
/// </summary>
public sealed class ParticipantLetters(VivierDb db, TimeProvider clock, AuditTrail audit)
{
    public async Task<IReadOnlyCollection<Refusal>> RequestVisaLetterAsync(Guid eventId, Guid personId, VisaLetterInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var refusals = new FieldRefusals();
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.EventId == eventId && r.PersonId == personId
            && r.Status == RegistrationStatus.Confirmed, cancellationToken);
        if (registration is null)
        {
            refusals.Add("", "Letters.NotRegistered");
            return refusals;
        }
        var nationality = input.Nationality?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(nationality) || !await db.Countries.AnyAsync(c => c.Code == nationality, cancellationToken))
        {
            refusals.Add("Nationality", "Letters.Nationality.Required");
        }
        var passport = input.PassportNumber?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(passport) || passport.Length > Registration.MaxPassport || !passport.All(char.IsAsciiLetterOrDigit))
        {
            refusals.Add("PassportNumber", "Letters.Passport.Invalid");
        }
        var today = Core.Missions.ParisTime.Today(clock.GetUtcNow().UtcDateTime);
        if (input.BirthDate is not { } birth || birth > today.AddYears(-16) || birth < today.AddYears(-110))
        {
            refusals.Add("BirthDate", "Letters.BirthDate.Invalid");
        }
        if (refusals.Count > 0)
        {
            return refusals;
        }
        registration.VisaLetterRequested = true;
        (registration.Nationality, registration.PassportNumber, registration.BirthDate) = (nationality, passport, input.BirthDate);
        await db.SaveChangesAsync(cancellationToken);
        return refusals;
    }

    /// <summary>The letter, once asked for by a confirmed participant; null otherwise.</summary>
    public async Task<VisaLetter?> VisaLetterAsync(Guid eventId, Guid personId, Locale language, CancellationToken cancellationToken)
    {
        var row = await db.Registrations.Where(r => r.EventId == eventId && r.PersonId == personId && r.Status == RegistrationStatus.Confirmed && r.VisaLetterRequested)
            .Join(db.Users, r => r.PersonId, p => p.Id, (r, p) => new { r, p.GivenName, p.FamilyName })
            .Join(db.Events, x => x.r.EventId, e => e.Id, (x, e) => new { x.r, x.GivenName, x.FamilyName, e })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }
        var country = await db.Countries.AsNoTracking().SingleAsync(c => c.Code == row.r.Nationality, cancellationToken);
        // The letter shows the passport: its every opening is in the log.
        await audit.RecordNowAsync(AuditActions.VisaLetterRead, eventId.ToString(), personId: personId);
        return new VisaLetter($"{row.GivenName} {row.FamilyName.ToUpperInvariant()}", country.NameIn(language),
            row.r.PassportNumber!, row.r.BirthDate!.Value, row.e.TitleIn(language), row.e.StartDate, row.e.EndDate, row.e.Venue,
            row.e.SignatoryName, row.e.SignatoryTitle, Core.Missions.ParisTime.Today(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>The certificate, once the event is over, for a participant checked in at it; null otherwise (with why).</summary>
    public async Task<(AttendanceCertificate? Certificate, string? Why)> CertificateAsync(Guid eventId, Guid personId, Locale language, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == eventId, cancellationToken);
        if (e is null)
        {
            return (null, "Letters.NotFound");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var lastEnd = await db.Sessions.Where(s => s.EventId == eventId).MaxAsync(s => (DateTime?)s.End, cancellationToken);
        if (Event.EndsAt(e.EndDate, lastEnd) > now)
        {
            return (null, "Letters.Certificate.NotOver");
        }
        var places = await db.CheckIns.Where(c => c.EventId == eventId && c.PersonId == personId).Select(c => c.Place).ToListAsync(cancellationToken);
        if (places.Count == 0)
        {
            return (null, "Letters.Certificate.NotCheckedIn");
        }
        var person = await db.Users.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.GivenName, p.FamilyName }).SingleAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId && places.Contains(s.Id)).OrderBy(s => s.Start)
            .Select(s => new { s.Title, s.TitleEn }).ToListAsync(cancellationToken);
        return (new AttendanceCertificate($"{person.GivenName} {person.FamilyName.ToUpperInvariant()}", e.TitleIn(language), e.StartDate, e.EndDate, e.Venue,
            sessions.Select(s => language.Pick(s.Title, s.TitleEn)).ToList(), e.SignatoryName, e.SignatoryTitle, Core.Missions.ParisTime.Today(now)), null);
    }
}
