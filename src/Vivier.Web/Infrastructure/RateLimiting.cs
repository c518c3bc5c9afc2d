using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

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
    /// <summary>Asking for seats: per account, so a script cannot hog a session's waitlist.</summary>
    public const string Enrol = "enrol";

    public static WebApplicationBuilder AddVivierRateLimiting(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("RateLimiting");
        var enabled = section.GetValue("Enabled", true);
        builder.Services.AddSingleton(new AccountAttempts(enabled, Limit(section, "PerAccount", 10, TimeSpan.FromMinutes(15))));
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

/// <summary>Attempts per account (sign-in, sign-up, reset), whatever address they come from.</summary>
public sealed class AccountAttempts(bool enabled, FixedWindowRateLimiterOptions limit) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(
        account => RateLimitPartition.GetFixedWindowLimiter(account, _ => limit));

    /// <summary>Counts one attempt on the account; false, with the wait, when it is over its limit.</summary>
    public bool TryAttempt(string action, string account, out TimeSpan? retryAfter)
    {
        retryAfter = null;
        if (!enabled)
        {
            return true;
        }
        using var lease = limiter.AttemptAcquire($"{action}:{account.Trim().ToUpperInvariant()}");
        if (lease.IsAcquired)
        {
            return true;
        }
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null;
        return false;
    }

    public void Dispose() => limiter.Dispose();
}
