namespace Vivier.Core.Privacy;

/// <summary>A candidate's last contact with the programme, and the day their data is erased unless they come back.</summary>
public sealed record LastContact(Guid PersonId, string Email, string GivenName, Locale Language, DateTime At);

/// <summary>
/// Candidates' accounts and the talent pool under the CNIL's clock: erased 2 years (the period in
/// force) after the last contact — the latest sign-in, profile change or application. Staff and
/// partners' accounts are not candidates'; deployed experts are kept with their deployments.
/// </summary>
public static class TalentPool
{
    /// <summary>Candidates (only the Expert role, never deployed, not demo accounts, not under a legal hold) with no contact after <paramref name="cutoff"/>.</summary>
    public static IQueryable<Person> SilentSince(VivierDb db, DateTime cutoff)
    {
        ArgumentNullException.ThrowIfNull(db);
        var experts = db.Roles.Where(r => r.Name == Roles.Expert).Select(r => r.Id);
        return db.Users.Where(p => p.ErasedAt == null && !p.IsDemo && p.CreatedAt <= cutoff && (p.LastSignInAt == null || p.LastSignInAt <= cutoff)
            && db.UserRoles.Any(r => r.UserId == p.Id && experts.Contains(r.RoleId))
            && !db.UserRoles.Any(r => r.UserId == p.Id && !experts.Contains(r.RoleId))
            && !db.CandidateProfiles.Any(c => c.PersonId == p.Id && c.UpdatedAt > cutoff)
            && !db.Applications.Any(a => a.PersonId == p.Id && (a.CreatedAt > cutoff || a.SubmittedAt > cutoff))
            && !db.Deployments.Any(d => d.PersonId == p.Id) && !LegalHold.Held(db).Contains(p.Id));
    }

    /// <summary>The last contact of each of these people.</summary>
    public static async Task<List<LastContact>> LastContactsAsync(VivierDb db, IQueryable<Person> people, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await people.Select(p => new
        {
            p.Id, p.Email, p.GivenName, p.PreferredLanguage, p.CreatedAt, p.LastSignInAt,
            Profile = db.CandidateProfiles.Where(c => c.PersonId == p.Id).Select(c => (DateTime?)c.UpdatedAt).Max(),
            Created = db.Applications.Where(a => a.PersonId == p.Id).Select(a => (DateTime?)a.CreatedAt).Max(),
            Submitted = db.Applications.Where(a => a.PersonId == p.Id).Select(a => a.SubmittedAt).Max(),
        }).ToListAsync(cancellationToken);
        return rows.Where(r => r.Email is not null).Select(r => new LastContact(r.Id, r.Email!, r.GivenName, r.PreferredLanguage,
            new[] { r.CreatedAt, r.LastSignInAt, r.Profile, r.Created, r.Submitted }.Max(d => d ?? DateTime.MinValue))).ToList();
    }
}
