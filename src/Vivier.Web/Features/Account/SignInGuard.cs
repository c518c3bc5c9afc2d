using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Vivier.Web.Features.Account;

/// <summary>
/// What every sign-in door (the page, its code step, the API) does around the password check: a
/// client that failed too often on an account waits, whether or not the account exists; each
/// failure is audited and counted; the failure that locks tells the owner by mail, with the way to
/// a new password.
/// </summary>
public sealed class SignInGuard(AccountAttempts attempts, UserManager<Person> users, Mailer mailer, VivierDb db, AuditTrail audit, IHttpContextAccessor http)
{
    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("Sign-in happens in a request.");

    /// <summary>Whether this client must wait before trying this account again, and how long.</summary>
    public bool MustWait(string email, out TimeSpan? retryAfter) =>
        attempts.IsLockedOut(RateLimiting.SignIn, email, Context, out retryAfter);

    /// <summary>
    /// Records a refused sign-in. A wrong password or code counts toward the lock; the right password
    /// of an account that is unconfirmed, locked, or waiting for its code does not.
    /// </summary>
    public async Task RefusedAsync(string email, SignInResult result, string? detail = null, Guid? personId = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var locks = !result.IsNotAllowed && !result.IsLockedOut && !result.RequiresTwoFactor && attempts.Count(RateLimiting.SignIn, email, Context);
        audit.Record(locks || result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed, detail: detail, actorId: personId, actorEmail: email);
        if (locks && await users.FindByEmailAsync(email) is { } owner)
        {
            mailer.Queue(owner.Email!, owner.PreferredLanguage, "SignInLocked", owner.GivenName, "/mot-de-passe-oublie");
        }
        await db.SaveChangesAsync();
    }
}
