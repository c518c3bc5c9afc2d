using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Vivier.Web.Infrastructure;

/// <summary>
/// Limits on the doors that attackers knock on: sign-up, sign-in, password reset (and later apply,
/// enrol), per client address (policies below) and per account (<see cref="AccountAttempts"/>).
/// Configuration under RateLimiting:; RateLimiting:Enabled=false turns every limit off.
/// </summary>
public static class RateLimiting
{
    public const string SignIn = "sign-in";
    public const string SignUp = "sign-up";
    public const string PasswordReset = "password-reset";
    /// <summary>A new confirmation mail: per account (<see cref="AccountAttempts"/>); per address, the sign-up policy.</summary>
    public const string ConfirmationResend = "confirmation-resend";
    /// <summary>Asking for seats: per account, so a script cannot hog a session's waitlist.</summary>
    public const string Enrol = "enrol";

    public static WebApplicationBuilder AddVivierRateLimiting(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("RateLimiting");
        var enabled = section.GetValue("Enabled", true);
        builder.Services.AddSingleton(services => new AccountAttempts(enabled, Limit(section, "PerAccount", 5, TimeSpan.FromMinutes(15)),
            services.GetRequiredService<TimeProvider>()));
        builder.Services.AddRateLimiter(options =>
        {
            options.OnRejected = RejectAsync;
            var enrol = Limit(section, "Enrol", 60, TimeSpan.FromMinutes(1));
            options.AddPolicy(Enrol, context => enabled && context.User.Identity?.Name is { } name
                ? RateLimitPartition.GetFixedWindowLimiter($"account:{name}", _ => enrol)
                : RateLimitPartition.GetNoLimiter("unlimited"));
            foreach (var (policy, permits, window) in new[]
                     {
                         (SignIn, 20, TimeSpan.FromMinutes(1)),
                         (SignUp, 10, TimeSpan.FromMinutes(10)),
                         (PasswordReset, 10, TimeSpan.FromMinutes(10)),
                     })
            {
                var limit = Limit(section, Capitalised(policy), permits, window);
                // Partitions are cached by key, so the unlimited one must not share a key with an address's.
                options.AddPolicy(policy, context => !enabled || HttpMethods.IsGet(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter($"address:{context.Connection.RemoteIpAddress}", _ => limit));
            }
        });
        return builder;
    }

    /// <summary>
    /// 429 with Retry-After: problem details in the visitor's language for the API; for pages, the
    /// bare status, which the error page then explains.
    /// </summary>
    public static IResult TooMany(HttpContext context, TimeSpan? retryAfter)
    {
        var seconds = (int)Math.Ceiling((retryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!ErrorHandling.IsApi(context))
        {
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: l["Error.TooMany.Title"],
            detail: l["Error.TooMany.Retry", seconds]);
    }

    private static ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : (TimeSpan?)null;
        return new ValueTask(TooMany(rejected.HttpContext, retryAfter).ExecuteAsync(rejected.HttpContext));
    }

    private static FixedWindowRateLimiterOptions Limit(IConfiguration section, string name, int permits, TimeSpan window) => new()
    {
        PermitLimit = section.GetValue($"{name}:PermitLimit", permits),
        Window = section.GetValue($"{name}:Window", window),
        QueueLimit = 0,
    };

    private static string Capitalised(string policy) =>
        string.Concat(policy.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}

/// <summary>
/// Attempts on one account from one client address, in fixed windows (RateLimiting:PerAccount):
/// sign-ups and reset requests count each attempt (each sends a mail); sign-ins count failures
/// only, so signing in often never locks anyone, and a stranger's failures lock the stranger's
/// address out of the account, not its owner. Unknown addresses are counted like real ones, so
/// the answers say nothing about who has an account. At most <see cref="MaxTracked"/> windows are
/// kept: past that, the oldest make room.
/// </summary>
public sealed class AccountAttempts(bool enabled, FixedWindowRateLimiterOptions limit, TimeProvider clock)
{
    public const int MaxTracked = 100_000;

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;
        public int Count { get; set; }
    }

    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);

    /// <summary>Counts one attempt; false, with the wait, when this client is over its limit on this account.</summary>
    public bool TryAttempt(string action, string account, HttpContext context, out TimeSpan? retryAfter) =>
        TryAttemptFrom(action, account, context, out retryAfter);

    /// <summary>
    /// Counts one attempt on the account whoever makes it: for what mails the account's owner (a new
    /// confirmation link), whose inbox the limit protects from many addresses at once.
    /// </summary>
    public bool TryAttemptFromAnyone(string action, string account, out TimeSpan? retryAfter) =>
        TryAttemptFrom(action, account, null, out retryAfter);

    private bool TryAttemptFrom(string action, string account, HttpContext? context, out TimeSpan? retryAfter)
    {
        if (IsLockedOut(action, account, context, out retryAfter))
        {
            return false;
        }
        Count(action, account, context);
        return true;
    }

    /// <summary>Whether this client has spent its attempts on this account, and for how long.</summary>
    public bool IsLockedOut(string action, string account, HttpContext? context, out TimeSpan? retryAfter)
    {
        retryAfter = null;
        if (!enabled || !windows.TryGetValue(Key(action, account, context), out var window))
        {
            return false;
        }
        lock (window)
        {
            var left = window.Start + limit.Window - clock.GetUtcNow();
            if (left <= TimeSpan.Zero || window.Count < limit.PermitLimit)
            {
                return false;
            }
            retryAfter = left;
            return true;
        }
    }

    /// <summary>Counts a failure (or an attempt); true when it is the one that reaches the limit.</summary>
    public bool Count(string action, string account, HttpContext? context)
    {
        if (!enabled)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        if (windows.Count >= MaxTracked)
        {
            MakeRoom(now);
        }
        var window = windows.AddOrUpdate(Key(action, account, context), _ => new Window(now),
            (_, current) => current.Start + limit.Window <= now ? new Window(now) : current);
        lock (window)
        {
            window.Count++;
            return window.Count == limit.PermitLimit;
        }
    }

    private void MakeRoom(DateTimeOffset now)
    {
        foreach (var (key, window) in windows)
        {
            if (window.Start + limit.Window <= now)
            {
                windows.TryRemove(key, out _);
            }
        }
        foreach (var key in windows.OrderBy(w => w.Value.Start).Take(Math.Max(0, windows.Count - MaxTracked / 2)).Select(w => w.Key).ToList())
        {
            windows.TryRemove(key, out _);
        }
    }

    private static string Key(string action, string account, HttpContext? context) =>
        $"{action}:{account.Trim().ToUpperInvariant()}:{(context is null ? "anyone" : context.Connection.RemoteIpAddress)}";
}
