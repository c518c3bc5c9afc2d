using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Vivier.Web.Features.Account;

/// <summary>
/// Sign-up, shared by the page and the API: the account (role Expert, consent recorded) and its
/// confirmation mail are committed together or not at all.
/// </summary>
public sealed class AccountRegistration(VivierDb db, UserManager<Person> users, Mailer mailer, AuditTrail audit, TimeProvider clock)
{
    /// <summary>
    /// Creates the account, or, when the address is taken, tells its owner by mail: either way the
    /// answer is the same — the password rules are checked first, and the password is hashed in
    /// both cases — so sign-up reveals neither by its answer nor by its time who has an account.
    /// </summary>
    /// <param name="returnPath">A local path the confirmation and sign-in bring the person back to (the mission they came for), or null.</param>
    public async Task<IdentityResult> RegisterAsync(string givenName, string familyName, string email, string password, Locale language,
        string? returnPath = null)
    {
        if (await PasswordProblemsAsync(password) is { Succeeded: false } weak)
        {
            return weak;
        }
        var existing = await users.FindByEmailAsync(email);
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (existing is not null)
        {
            // The work a new account costs (its checks, which read the database, and its hash), so that the answer takes as long.
            foreach (var validator in users.UserValidators)
            {
                await validator.ValidateAsync(users, existing);
            }
            _ = users.PasswordHasher.HashPassword(existing, password);
            mailer.Queue(existing.Email!, existing.PreferredLanguage, "AlreadyRegistered", existing.GivenName, "/connexion" + ReturnPath.Query(returnPath));
            audit.Record(AuditActions.SignUpForTakenAddress, actorEmail: existing.Email, personId: existing.Id);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return IdentityResult.Success;
        }
        var person = new Person
        {
            UserName = email,
            Email = email,
            GivenName = givenName.Trim(),
            FamilyName = familyName.Trim(),
            PreferredLanguage = language,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            PrivacyConsentAt = clock.GetUtcNow().UtcDateTime,
            PrivacyConsentVersion = PrivacyNotice.Version,
        };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(person, password);
        }
        catch (DbUpdateException)
        {
            // The same address signed up a moment ago: the unique user name index kept one account.
            return IdentityResult.Success;
        }
        if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)))
        {
            // Taken between the look-up above and now: answered like any taken address.
            return IdentityResult.Success;
        }
        if (!created.Succeeded)
        {
            return created;
        }
        // Saved with the mail below, rather than by AddToRoleAsync's own look-ups and save.
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = person.Id, RoleId = await db.Roles.Where(r => r.Name == Roles.Expert).Select(r => r.Id).SingleAsync() });
        await QueueConfirmationAsync(person, returnPath);
        db.ConsentRecords.Add(new ConsentRecord
        {
            PersonId = person.Id, Kind = ConsentKind.PrivacyNotice, Wording = PrivacyNotice.Version, GivenAt = person.PrivacyConsentAt!.Value, GivenThrough = ConsentChannel.SignUp,
        });
        audit.Record(AuditActions.SignedUp, actorId: person.Id, actorEmail: person.Email, personId: person.Id);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return IdentityResult.Success;
    }

    /// <summary>Every password rule the password breaks, whoever signs up with it.</summary>
    public async Task<IdentityResult> PasswordProblemsAsync(string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, null!, password)).Errors);
        }
        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    /// <summary>Queues the mail whose link confirms the address (and then leads back to <paramref name="returnPath"/>); the caller saves.</summary>
    public async Task QueueConfirmationAsync(Person person, string? returnPath = null)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(person);
        mailer.Queue(person.Email!, person.PreferredLanguage, "ConfirmEmail", person.GivenName,
            $"/compte/confirmer?personne={person.Id}&code={Encode(token)}{ReturnPath.Query(returnPath, '&')}");
    }

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        try
        {
            return code is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
