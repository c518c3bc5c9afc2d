namespace Vivier.Web.Infrastructure;

/// <summary>Writes the audit log: who (from the request, unless given), did what, to what, from where.</summary>
public sealed class AuditTrail(VivierDb db, IHttpContextAccessor http, TimeProvider clock, IServiceScopeFactory scopes)
{
    /// <summary>Adds an entry to the caller's unit of work: it is saved, or not, with the change it records.</summary>
    public void Record(string action, string? subject = null, string? detail = null, Guid? actorId = null, string? actorEmail = null, Guid? personId = null) =>
        db.AuditEntries.Add(Entry(action, subject, detail, actorId, actorEmail, personId));

    /// <summary>Saves an entry at once, on its own: refusals and failures are kept even when nothing else is.</summary>
    public async Task RecordNowAsync(string action, string? subject = null, string? detail = null, Guid? actorId = null, string? actorEmail = null, Guid? personId = null)
    {
        var entry = Entry(action, subject, detail, actorId, actorEmail, personId);
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<VivierDb>();
        own.AuditEntries.Add(entry);
        await own.SaveChangesAsync();
    }

    private AuditEntry Entry(string action, string? subject, string? detail, Guid? actorId, string? actorEmail, Guid? personId)
    {
        var context = http.HttpContext;
        var user = context?.User;
        if (actorId is null && user.FindPersonId() is { } signedIn)
        {
            actorId = signedIn;
            actorEmail ??= user?.FindFirstValue(ClaimTypes.Email) ?? user?.Identity?.Name;
        }
        return new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = actorId,
            ActorEmail = Truncate(actorEmail, 320),
            Action = action,
            PersonId = personId,
            Subject = Truncate(subject, 500),
            Detail = Truncate(detail, 2000),
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
        };
    }

    private static string? Truncate(string? text, int length) => text is { } t && t.Length > length ? t[..length] : text;
}
