namespace Vivier.Web.Infrastructure;

/// <summary>
/// Removes Idempotency-Key records older than Idempotency:KeyLifetime (default 24 hours), every
/// Idempotency:CleanupInterval (default one hour). A retry after that is a new request. Deleting
/// by age is the same work on any instance, so two instances running it at once do no harm and
/// no lease is taken.
/// </summary>
public sealed class IdempotencyCleanup(JobServices jobs) : PeriodicJob(jobs)
{
    protected override TimeSpan Interval => Configuration.GetValue("Idempotency:CleanupInterval", TimeSpan.FromHours(1));

    public TimeSpan KeyLifetime => Configuration.GetValue("Idempotency:KeyLifetime", TimeSpan.FromHours(24));

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RemoveExpiredAsync(cancellationToken);

    /// <summary>One run: how many records were removed.</summary>
    public async Task<int> RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VivierDb>();
        var expired = Clock.GetUtcNow().UtcDateTime - KeyLifetime;
        return await db.IdempotentRequests.Where(r => r.CreatedAt < expired).ExecuteDeleteAsync(cancellationToken);
    }
}
