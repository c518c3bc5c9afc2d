using System.Security.Cryptography;
using System.Text;

namespace Vivier.Web.Infrastructure.Identity;

/// <summary>What spending a refresh token gave.</summary>
public enum RefreshOutcome
{
    Spent,
    /// <summary>Already spent: someone else holds a copy. Every bearer session of its owner has ended.</summary>
    Reused,
    Unknown,
}

/// <summary>
/// The account's sessions: opened at each sign-in (the id travels as a claim in the cookie or the
/// tokens), checked on each request, listed to their owner, who can end any of them. A sign-in from
/// a device the account has not used before is told to its owner by mail. Refresh tokens rotate:
/// each is spent once; a spent one coming back ends every bearer session of the person (OAuth 2.1).
/// </summary>
public sealed class Sessions(VivierDb db, TimeProvider clock, IHttpContextAccessor http, Mailer mailer)
{
    public const string SessionClaim = "vivier:session";
    public const string GrantClaim = "vivier:grant";
    /// <summary>A random id kept by the browser, so that a new device can be told from a known one.</summary>
    public const string DeviceCookie = "Vivier.Device";

    /// <summary>How often a session's last activity is written: not on every request.</summary>
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Opens a session for the person signing in on this request; mails the owner when the device is new.</summary>
    public async Task<AccountSession> OpenAsync(Person person, SessionKind kind)
    {
        ArgumentNullException.ThrowIfNull(person);
        var context = http.HttpContext ?? throw new InvalidOperationException("Sessions open in a request.");
        var device = context.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : "?";
        var deviceKey = Hash(kind == SessionKind.Cookie ? DeviceId(context) : device);
        var known = await db.AccountSessions.Where(s => s.PersonId == person.Id).Select(s => s.DeviceKey).Distinct().ToListAsync();
        var session = new AccountSession
        {
            PersonId = person.Id, Kind = kind, Device = device.Length > AccountSession.MaxDevice ? device[..AccountSession.MaxDevice] : device,
            DeviceKey = deviceKey, IpAddress = context.Connection.RemoteIpAddress?.ToString(), CreatedAt = Now, LastSeenAt = Now,
        };
        db.AccountSessions.Add(session);
        if (known.Count > 0 && !known.Contains(deviceKey))
        {
            mailer.Queue(person.Email!, person.PreferredLanguage, "NewDevice", person.GivenName, "/compte",
                [session.Device, session.CreatedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture), session.IpAddress ?? "?"]);
        }
        await db.SaveChangesAsync();
        // Written apart from the tracked account: a sign-in never conflicts with a change to it.
        await db.Users.Where(p => p.Id == person.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.LastSignInAt, Now));
        return session;
    }

    /// <summary>The session a principal belongs to, or null.</summary>
    public static Guid? IdOf(ClaimsPrincipal? principal) => Guid.TryParse(principal?.FindFirstValue(SessionClaim), out var id) ? id : null;

    /// <summary>Whether the principal's session is still open (principals without one hold none).</summary>
    public Task<bool> HoldsAsync(ClaimsPrincipal principal) => HoldsAsync(principal, stampClaim: null);

    /// <summary>
    /// Whether the principal's session is still open and it carries its account's current security
    /// stamp (in the claim <paramref name="stampClaim"/>): signing out everywhere, a new password or a
    /// role change moves the stamp. One query on every request, the session and its account together.
    /// </summary>
    public async Task<bool> HoldsAsync(ClaimsPrincipal principal, string? stampClaim)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (IdOf(principal) is not { } id)
        {
            return false;
        }
        var session = await db.AccountSessions.AsNoTracking().Where(s => s.Id == id)
            .Join(db.Users, s => s.PersonId, p => p.Id, (s, p) => new { s.EndedAt, s.LastSeenAt, p.SecurityStamp }).SingleOrDefaultAsync();
        if (session is not { EndedAt: null }
            || (stampClaim is not null && !string.Equals(principal.FindFirstValue(stampClaim), session.SecurityStamp, StringComparison.Ordinal)))
        {
            return false;
        }
        if (Now - session.LastSeenAt >= TouchEvery)
        {
            await db.AccountSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, Now));
        }
        return true;
    }

    public async Task<List<AccountSession>> OpenSessionsAsync(Guid personId) =>
        (await db.AccountSessions.AsNoTracking().Where(s => s.PersonId == personId && s.EndedAt == null).ToListAsync())
            .OrderByDescending(s => s.LastSeenAt).ToList();

    /// <summary>Ends one of the person's sessions; false when it is not theirs or already ended.</summary>
    public async Task<bool> EndAsync(Guid personId, Guid sessionId, string reason) =>
        await db.AccountSessions.Where(s => s.Id == sessionId && s.PersonId == personId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, Now).SetProperty(x => x.EndReason, reason)) == 1;

    /// <summary>Ends the person's sessions (of one kind, or all), except <paramref name="keep"/>.</summary>
    public Task<int> EndAllAsync(Guid personId, string reason, SessionKind? kind = null, Guid? keep = null) =>
        db.AccountSessions.Where(s => s.PersonId == personId && s.EndedAt == null && (kind == null || s.Kind == kind) && s.Id != keep)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, Now).SetProperty(x => x.EndReason, reason));

    /// <summary>A new refresh token's id for the bearer session.</summary>
    public async Task<Guid> IssueGrantAsync(Guid sessionId)
    {
        var grant = new RefreshGrant { SessionId = sessionId, CreatedAt = Now };
        db.RefreshGrants.Add(grant);
        await db.SaveChangesAsync();
        return grant.Id;
    }

    /// <summary>Spends the refresh token the principal names, once; a second time ends its owner's bearer sessions.</summary>
    public async Task<RefreshOutcome> SpendAsync(ClaimsPrincipal refreshed)
    {
        if (!Guid.TryParse(refreshed?.FindFirstValue(GrantClaim), out var grantId) || !await HoldsAsync(refreshed))
        {
            return RefreshOutcome.Unknown;
        }
        if (await db.RefreshGrants.Where(g => g.Id == grantId && g.UsedAt == null).ExecuteUpdateAsync(g => g.SetProperty(x => x.UsedAt, Now)) == 1)
        {
            return RefreshOutcome.Spent;
        }
        var personId = await db.RefreshGrants.Where(g => g.Id == grantId)
            .Join(db.AccountSessions, g => g.SessionId, s => s.Id, (g, s) => (Guid?)s.PersonId).SingleOrDefaultAsync();
        if (personId is null)
        {
            return RefreshOutcome.Unknown;
        }
        await EndAllAsync(personId.Value, "refresh-token-reused", SessionKind.Bearer);
        return RefreshOutcome.Reused;
    }

    /// <summary>The browser's device id, given one (for two years) if it has none yet.</summary>
    private static string DeviceId(HttpContext context)
    {
        if (context.Request.Cookies[DeviceCookie] is { Length: 32 } id && id.All(char.IsAsciiHexDigit))
        {
            return id;
        }
        var fresh = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Response.Cookies.Append(DeviceCookie, fresh, new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(730),
        });
        return fresh;
    }

    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
