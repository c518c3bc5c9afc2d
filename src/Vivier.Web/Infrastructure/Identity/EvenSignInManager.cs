using Microsoft.AspNetCore.Authentication;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;
using Microsoft.Extensions.Options;

namespace Vivier.Web.Infrastructure.Identity;

/// <summary>
/// Password sign-in that tells an unknown address from a known one by nothing: the password is
/// always hashed (against a decoy when there is no account, or no password), before anything else
/// is looked at, and an unconfirmed or locked account says so only to someone who gave its
/// password. Identity's manager answers an unknown address, and an unconfirmed account, without
/// hashing: 5 ms against 80.
/// </summary>
/// <remarks>Every sign-in opens a session (<see cref="Sessions"/>), whose id (and, for API clients, the refresh token's) rides in the claims.</remarks>
public sealed class EvenSignInManager(UserManager<Person> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<Person> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<Person>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<Person> confirmation,
    Sessions sessions, DecoyPassword decoy)
    : SignInManager<Person>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            HashAgainstDecoy(password);
            return SignInResult.Failed;
        }
        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(Person user, string password, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.PasswordHash is null)
        {
            HashAgainstDecoy(password);
            return SignInResult.Failed;
        }
        if (!await UserManager.CheckPasswordAsync(user, password))
        {
            return SignInResult.Failed;
        }
        return await PreSignInCheck(user) ?? SignInResult.Success;
    }

    /// <summary>
    /// Signs in the person whose passkey was verified (<see cref="Passkeys.VerifyAsync"/>): a
    /// user-verified passkey is a second factor by itself ("mfa", and "pop", proof of possession,
    /// RFC 8176), whether it replaces the password or follows it. An unconfirmed or locked account is refused.
    /// </summary>
    public async Task<SignInResult> SignInWithPasskeyAsync(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (await PreSignInCheck(person) is { } refused)
        {
            return refused;
        }
        await ResetLockout(person);
        await Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await SignInWithClaimsAsync(person, isPersistent: false, [new Claim("amr", "mfa"), new Claim("amr", "pop")]);
        return SignInResult.Success;
    }

    public override async Task SignInWithClaimsAsync(Person user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = additionalClaims.ToList();
        var bearer = AuthenticationScheme == IdentityConstants.BearerScheme;
        // A refreshed sign-in (a new password on this browser) stays the session it was.
        if (!bearer && Context.User.FindFirstValue(Sessions.SessionClaim) is { } current && UserManager.GetUserId(Context.User) == user.Id.ToString())
        {
            claims.Add(new Claim(Sessions.SessionClaim, current));
        }
        else
        {
            var session = await sessions.OpenAsync(user, bearer ? SessionKind.Bearer : SessionKind.Cookie);
            claims.Add(new Claim(Sessions.SessionClaim, session.Id.ToString()));
            if (bearer)
            {
                claims.Add(new Claim(Sessions.GrantClaim, (await sessions.IssueGrantAsync(session.Id)).ToString()));
            }
        }
        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    /// <summary>The work of checking a password, for a request that has none to check.</summary>
    public void HashAgainstDecoy(string? password) => decoy.Check(UserManager.PasswordHasher, password);
}

/// <summary>
/// The decoy's hash, made once per host with that host's hasher settings, so that checking against
/// it costs what a real check does (a process-wide copy once took the cost of another host's hasher).
/// </summary>
public sealed class DecoyPassword
{
    private static readonly Person Decoy = new() { UserName = "decoy", GivenName = "", FamilyName = "" };
    private string? hash;

    public void Check(IPasswordHasher<Person> hasher, string? password)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        hasher.VerifyHashedPassword(Decoy, LazyInitializer.EnsureInitialized(ref hash, () => hasher.HashPassword(Decoy, Guid.NewGuid().ToString())), password ?? "");
    }
}
