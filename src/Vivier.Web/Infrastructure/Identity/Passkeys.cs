using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Vivier.Web.Infrastructure.Identity;

/// <summary>What adding a passkey gave: the passkey, or the resource key of why not.</summary>
public sealed record PasskeyAdded(UserPasskeyInfo? Passkey, string? Refusal);

/// <summary>
/// Passkeys (WebAuthn): a key pair held by the person's device or password manager, unlocked by a
/// fingerprint, a face or a PIN (user verification is required), bound to this site's domain so that
/// a look-alike site cannot use it. One is both factors at once: it replaces the password, or
/// follows it as the second factor, for anyone, and is what staff and sponsors are asked for.
/// Identity's handler checks each ceremony (challenge, origin, domain, flags, signature, counter);
/// the ceremony's state travels in a cookie of its own, protected and valid five minutes, rather than
/// in Identity's two-factor cookie, which holds who gave their password on the step before.
/// </summary>
public sealed class Passkeys(IPasskeyHandler<Person> handler, UserManager<Person> users, IDataProtectionProvider protection,
    IHttpContextAccessor http, Mailer mailer, AuditTrail audit, VivierDb db, TimeProvider clock)
{
    public const string StateCookie = "Vivier.Passkey";
    /// <summary>A WebAuthn response is a few kilobytes; anything much longer is not one.</summary>
    public const int MaxCredentialJson = 64 * 1024;
    public const int MaxName = 100;
    private static readonly TimeSpan CeremonyLifetime = TimeSpan.FromMinutes(5);
    private const string Creation = "create";
    private const string Request = "get";

    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("Passkey ceremonies run in a request.");

    /// <summary>The options for navigator.credentials.create(), for a new passkey of the person.</summary>
    public async Task<string> CreationOptionsAsync(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var options = await handler.MakeCreationOptionsAsync(
            new PasskeyUserEntity { Id = person.Id.ToString(), Name = person.Email!, DisplayName = person.FullName }, Context);
        Keep(Creation, person.Id, options.AttestationState);
        return options.CreationOptionsJson;
    }

    /// <summary>Checks the browser's answer to the creation options and keeps the passkey under the name given.</summary>
    public async Task<PasskeyAdded> AddAsync(Person person, string? credentialJson, string? name)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (await TakeAsync(Creation, person.Id) is not { } state)
        {
            return new(null, "Passkey.Expired");
        }
        if (credentialJson is not { Length: > 0 and <= MaxCredentialJson })
        {
            return new(null, "Passkey.Failed");
        }
        var result = await handler.PerformAttestationAsync(new PasskeyAttestationContext { CredentialJson = credentialJson, AttestationState = state, HttpContext = Context });
        if (!result.Succeeded || result.UserEntity.Id != person.Id.ToString())
        {
            await audit.RecordNowAsync(AuditActions.PasskeyRefused, detail: "add");
            return new(null, "Passkey.Failed");
        }
        if (await OneTimeCodes.InUseAsync(users, person))
        {
            // Its app stays a factor beside the passkey: say so before the passkey makes "turned on" ambiguous.
            await OneTimeCodes.ConfirmAsync(users, person);
        }
        var passkey = result.Passkey;
        var trimmed = name?.Trim();
        passkey.Name = string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > MaxName ? trimmed[..MaxName] : trimmed;
        var stored = await users.AddOrUpdatePasskeyAsync(person, passkey);
        if (!stored.Succeeded)
        {
            return new(null, "Passkey.Failed");
        }
        if (!person.TwoFactorEnabled)
        {
            // From now on a password alone no longer opens the account: the passkey follows it, or replaces it.
            // (A new security stamp: the sessions opened with the password alone end.)
            await users.SetTwoFactorEnabledAsync(person, true);
        }
        mailer.Queue(person.Email!, person.PreferredLanguage, "PasskeyAdded", person.GivenName, "/compte/cles-d-acces", [passkey.Name ?? "—"]);
        audit.Record(AuditActions.PasskeyAdded, detail: passkey.Name);
        await db.SaveChangesAsync();
        return new(passkey, null);
    }

    /// <summary>The options for navigator.credentials.get(): any passkey of this site, or only the person's.</summary>
    public async Task<string> RequestOptionsAsync(Person? person)
    {
        var options = await handler.MakeRequestOptionsAsync(person, Context);
        Keep(Request, person?.Id, options.AssertionState);
        return options.RequestOptionsJson;
    }

    /// <summary>
    /// The person whose passkey answered the request options (its counter and backup state kept), or
    /// null: a wrong, forged, replayed, expired or removed passkey, or another person's than <paramref name="expected"/>.
    /// </summary>
    public async Task<Person?> VerifyAsync(string? credentialJson, Person? expected)
    {
        if (await TakeAsync(Request, expected?.Id) is not { } state || credentialJson is not { Length: > 0 and <= MaxCredentialJson })
        {
            return null;
        }
        var result = await handler.PerformAssertionAsync(new PasskeyAssertionContext { CredentialJson = credentialJson, AssertionState = state, HttpContext = Context });
        if (!result.Succeeded || (expected is not null && result.User.Id != expected.Id))
        {
            await audit.RecordNowAsync(AuditActions.PasskeyRefused, detail: "sign-in", actorId: expected?.Id, actorEmail: expected?.Email);
            return null;
        }
        return (await users.AddOrUpdatePasskeyAsync(result.User, result.Passkey)).Succeeded ? result.User : null;
    }

    public async Task<IList<UserPasskeyInfo>> ListAsync(Person person) =>
        (await users.GetPasskeysAsync(person)).OrderBy(p => p.CreatedAt).ToList();

    /// <summary>
    /// Removes one of the person's passkeys. Without a passkey left, or an authenticator app in use, a
    /// password alone opens the account again (staff and sponsors are then asked to set a factor up).
    /// </summary>
    public async Task<bool> RemoveAsync(Person person, byte[] credentialId)
    {
        ArgumentNullException.ThrowIfNull(person);
        var codes = await OneTimeCodes.InUseAsync(users, person);
        if (await users.GetPasskeyAsync(person, credentialId) is not { } passkey || !(await users.RemovePasskeyAsync(person, credentialId)).Succeeded)
        {
            return false;
        }
        if (!codes && (await users.GetPasskeysAsync(person)).Count == 0)
        {
            await users.SetTwoFactorEnabledAsync(person, false);
        }
        mailer.Queue(person.Email!, person.PreferredLanguage, "PasskeyRemoved", person.GivenName, "/compte/cles-d-acces", [passkey.Name ?? "—"]);
        audit.Record(AuditActions.PasskeyRemoved, detail: passkey.Name);
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>Keeps a ceremony's state (its challenge, and whose it is) in the browser, protected, until it is answered.</summary>
    private void Keep(string operation, Guid? personId, string? state)
    {
        var sealedState = Protector().Protect($"{operation}\n{personId}\n{state}", CeremonyLifetime);
        Context.Response.Cookies.Append(StateCookie, sealedState, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true, Path = "/", MaxAge = CeremonyLifetime,
            Secure = Context.Request.IsHttps,
        });
    }

    /// <summary>
    /// The state of the ceremony of this kind and person, once: the cookie goes with the answer, and
    /// the ceremony is recorded as spent, so that the same request sent again is refused.
    /// </summary>
    private async Task<string?> TakeAsync(string operation, Guid? personId)
    {
        var cookie = Context.Request.Cookies[StateCookie];
        Context.Response.Cookies.Delete(StateCookie, new CookieOptions { Path = "/" });
        if (cookie is null)
        {
            return null;
        }
        string text;
        DateTimeOffset expires;
        try
        {
            text = Protector().Unprotect(cookie, out expires);
        }
        catch (CryptographicException)
        {
            // Expired, or not ours.
            return null;
        }
        var parts = text.Split('\n', 3);
        if (parts.Length != 3 || parts[0] != operation || parts[1] != (personId?.ToString() ?? ""))
        {
            return null;
        }
        return await SpendAsync(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(cookie))), expires.UtcDateTime) ? parts[2] : null;
    }

    /// <summary>Records the ceremony as answered; false when it already was (here or on another instance).</summary>
    private async Task<bool> SpendAsync(string id, DateTime expiresAt)
    {
        await db.SpentPasskeyCeremonies.Where(c => c.ExpiresAt < clock.GetUtcNow().UtcDateTime).ExecuteDeleteAsync();
        var spent = db.SpentPasskeyCeremonies.Add(new SpentPasskeyCeremony { Id = id, ExpiresAt = expiresAt });
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            spent.State = EntityState.Detached;
            return false;
        }
    }

    private ITimeLimitedDataProtector Protector() => protection.CreateProtector("Vivier.Passkey.Ceremony").ToTimeLimitedDataProtector();
}
