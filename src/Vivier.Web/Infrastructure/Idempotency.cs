using System.Security.Cryptography;
using Vivier.Core.Api;

namespace Vivier.Web.Infrastructure;

/// <summary>Marks a creating API endpoint whose answers are replayed for a repeated Idempotency-Key.</summary>
public sealed class IdempotentAttribute : Attribute;

public static class Idempotency
{
    public const string Header = "Idempotency-Key";

    public static TBuilder Idempotent<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new IdempotentAttribute());
}

/// <summary>
/// For endpoints marked idempotent: the first request with a key is handled and its answer kept;
/// a retry with the same key from the same caller gets that answer back, a concurrent one 409, and
/// the same key with another request 422. The unique index on (caller, key) decides races. A
/// request that fails (a 5xx, an exception, the client gone) gives its key back for the retry, and
/// a key lives Idempotency:KeyLifetime (<see cref="IdempotencyCleanup"/> removes the old ones).
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IServiceScopeFactory scopes, TimeProvider clock, IdempotencyCleanup cleanup)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IdempotentAttribute>() is null
            || context.Request.Headers[Idempotency.Header].ToString() is not { Length: > 0 } key)
        {
            await next(context);
            return;
        }
        if (key.Length > 200)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "The Idempotency-Key header holds at most 200 characters.");
            return;
        }
        var caller = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? $"anonymous@{context.Connection.RemoteIpAddress}";
        var hash = await HashAsync(context.Request);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VivierDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var earlier = await db.IdempotentRequests.SingleOrDefaultAsync(r => r.Caller == caller && r.Key == key);
        if (earlier is not null && earlier.CreatedAt >= now - cleanup.KeyLifetime)
        {
            await ReplayAsync(context, earlier, hash);
            return;
        }
        if (earlier is not null)
        {
            // Expired, not yet cleaned up: the key is free again.
            await db.IdempotentRequests.Where(r => r.Id == earlier.Id).ExecuteDeleteAsync();
            db.ChangeTracker.Clear();
        }
        var record = new IdempotentRequest { Caller = caller, Key = key, RequestHash = hash, CreatedAt = now };
        db.IdempotentRequests.Add(record);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            await Problem(context, StatusCodes.Status409Conflict, "A request with this Idempotency-Key is being handled.");
            return;
        }

        var original = context.Response.Body;
        await using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        catch
        {
            // A failure is not an answer to keep, whatever it is: the retry runs again.
            await ReleaseAsync(db, record);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.StatusCode >= 500)
        {
            await ReleaseAsync(db, record);
        }
        else
        {
            record.StatusCode = context.Response.StatusCode;
            record.ContentType = context.Response.ContentType;
            record.Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null;
            record.Body = captured.ToArray();
            await db.SaveChangesAsync(CancellationToken.None);
        }
        captured.Position = 0;
        await captured.CopyToAsync(original);
    }

    /// <summary>Gives the key back; done even when the request was cancelled, so that the client's retry is served.</summary>
    private static async Task ReleaseAsync(VivierDb db, IdempotentRequest record) =>
        await db.IdempotentRequests.Where(r => r.Id == record.Id).ExecuteDeleteAsync(CancellationToken.None);

    private static async Task ReplayAsync(HttpContext context, IdempotentRequest earlier, string hash)
    {
        if (earlier.RequestHash != hash)
        {
            await Problem(context, StatusCodes.Status422UnprocessableEntity, "This Idempotency-Key was used for another request.");
            return;
        }
        if (earlier.StatusCode is not { } status)
        {
            await Problem(context, StatusCodes.Status409Conflict, "A request with this Idempotency-Key is being handled.");
            return;
        }
        context.Response.StatusCode = status;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (earlier.Location is not null)
        {
            context.Response.Headers.Location = earlier.Location;
        }
        if (earlier.ContentType is not null)
        {
            context.Response.ContentType = earlier.ContentType;
        }
        if (earlier.Body is { Length: > 0 } body)
        {
            await context.Response.Body.WriteAsync(body);
        }
    }

    private static async Task<string> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n"));
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static Task Problem(HttpContext context, int status, string detail) =>
        Results.Problem(statusCode: status, detail: detail).ExecuteAsync(context);
}
